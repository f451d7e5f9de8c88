// The headless core: pure TypeScript, no React, no DOM, no clock. Explicit named exports only.

export { OneOnOneError } from './errors';
export type { OneOnOneErrorCode, OneOnOneIssue } from './errors';

export { PILLARS, PILLAR_IDS, getPillar, isPillarId } from './pillars';
export type { Pillar, PillarId } from './pillars';

export { addDays, daysBetween, isCalendarDate, isIsoDate, toCalendarDate } from './dates';
export type { CalendarDate, IsoDate } from './dates';

export type { MeetingRecord, MeetingTakeaways, RecordedItem } from './history';
export { endMeeting } from './meeting/end-meeting';
export type { EndedMeeting, EndMeetingOptions } from './meeting/end-meeting';
export { parseHistory, serializeHistory } from './meeting/history-json';
export { TAKEAWAY_LIMITS } from './meeting/record';
export { informingPillar, informingTakeaways } from './meeting/takeaways';
export type { InformingTakeaways } from './meeting/takeaways';

export {
  agendaOwnership,
  agendaReducer,
  carryOver,
  createAgenda,
  itemsByPillar,
  parseAgenda,
  serializeAgenda,
} from './agenda';
export type {
  Agenda,
  AgendaAction,
  AgendaAuthor,
  AgendaItem,
  AgendaItemDraft,
  AgendaItemKind,
  AgendaOwnership,
  ReviewOutcome,
} from './agenda';

export { DEFAULT_CADENCE, describeFocusReason, nextFocus, pillarBalance, planCadence } from './cadence';
export type {
  BalanceRange,
  CadenceOptions,
  CadencePlan,
  FocusDecision,
  FocusReason,
  PillarBalance,
  PillarStatus,
  PlannedMeeting,
} from './cadence';
export { planToICalendar } from './icalendar';
export type { ICalendarOptions } from './icalendar';
export { feedbackTrend } from './feedback';
export type { FeedbackTrend } from './feedback';

export { QUESTION_THEMES } from './questions/themes';
export type { QuestionTheme } from './questions/themes';
export { defaultQuestions } from './questions/default-questions';
export { createQuestionBank } from './questions/question-bank';
export type { PickQuestionsOptions, QuestionBank, QuestionBankOptions } from './questions/question-bank';
export type { Question, QuestionDepth, QuestionPillar } from './questions/types';

export { ANTI_PATTERNS } from './anti-patterns/catalog';
export { ANTI_PATTERN_IDS } from './anti-patterns/ids';
export { detectAntiPatterns } from './anti-patterns/detect';
export { englishRules } from './anti-patterns/rules-en';
export { detectMeetingSignals } from './anti-patterns/signals';
export type {
  AntiPattern,
  AntiPatternEvidence,
  AntiPatternFinding,
  AntiPatternId,
  AntiPatternItem,
  AntiPatternRuleSet,
  AntiPatternWeights,
  AntiPatternWords,
  DetectAntiPatternsOptions,
} from './anti-patterns/types';
export type { MeetingSignal, MeetingSignalKind, MeetingSignalsInput } from './anti-patterns/signals';
