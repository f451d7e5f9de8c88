// The React entry: components and hooks. It does not re-export the core's runtime;
// import that from 'one-on-one-kit/core'. Class helpers, messages and tokens live in
// 'one-on-one-kit/server-safe' (no "use client"); the ones re-exported here are the same objects.

export { OneOnOneKitProvider } from './provider';
export type { OneOnOneKitProviderProps } from './provider';
export {
  defaultDateMessages,
  defaultMessages,
  defaultPillarMessages,
  formatCalendarDate,
  formatMessage,
} from 'one-on-one-kit/server-safe';
export type {
  DateMessages,
  MessageValues,
  OneOnOneKitMessages,
  PillarMessages,
  PillarText,
} from 'one-on-one-kit/server-safe';

export { AgendaBoard } from './agenda-board/agenda-board';
export type { AgendaBoardProps } from './agenda-board/agenda-board';
export {
  agendaBoardColumnVariants,
  agendaBoardItemVariants,
  agendaBoardVariants,
  defaultAgendaBoardMessages,
} from 'one-on-one-kit/server-safe';
export type { AgendaBoardMessages, AgendaBoardViewer } from 'one-on-one-kit/server-safe';
export { useAgenda } from './hooks/use-agenda';
export type { AgendaAddInput, UseAgendaOptions, UseAgendaResult } from './hooks/use-agenda';

export { PillarCard } from './pillar-card/pillar-card';
export type { PillarCardProps, PillarCardQuestion } from './pillar-card/pillar-card';
export { defaultPillarCardMessages, pillarCardVariants } from 'one-on-one-kit/server-safe';
export type { PillarCardMessages, PillarCardVariantProps } from 'one-on-one-kit/server-safe';
export {
  FeedbackAsk,
  FeedbackAskContent,
  FeedbackAskRoot,
  FeedbackAskTrigger,
} from './feedback-ask/feedback-ask';
export type {
  FeedbackAskContentProps,
  FeedbackAskProps,
  FeedbackAskRootProps,
  FeedbackAskTriggerProps,
  FeedbackResponse,
} from './feedback-ask/feedback-ask';
export { defaultFeedbackAskMessages, feedbackAskVariants } from 'one-on-one-kit/server-safe';
export type { FeedbackAskMessages, FeedbackAskVariantProps } from 'one-on-one-kit/server-safe';
export { AntiPatternBanner } from './anti-pattern-banner/anti-pattern-banner';
export type { AntiPatternBannerProps } from './anti-pattern-banner/anti-pattern-banner';
export { antiPatternBannerVariants, defaultAntiPatternBannerMessages } from 'one-on-one-kit/server-safe';
export type { AntiPatternBannerMessages, AntiPatternBannerVariantProps } from 'one-on-one-kit/server-safe';
export { useNextFocus } from './hooks/use-next-focus';
export { useQuestionPicker } from './hooks/use-question-picker';
export type {
  QuestionPickerBank,
  UseQuestionPickerOptions,
  UseQuestionPickerResult,
} from './hooks/use-question-picker';

export { MeetingSignals } from './meeting-signals/meeting-signals';
export type { MeetingSignalsProps } from './meeting-signals/meeting-signals';
export { defaultMeetingSignalsMessages, meetingSignalsVariants } from 'one-on-one-kit/server-safe';
export type { MeetingSignalsMessages, MeetingSignalsVariantProps } from 'one-on-one-kit/server-safe';
export { CadenceTimeline } from './cadence-timeline/cadence-timeline';
export type { CadenceTimelineProps, CadenceTimelineMeeting } from './cadence-timeline/cadence-timeline';
export { cadenceTimelineVariants, defaultCadenceTimelineMessages } from 'one-on-one-kit/server-safe';
export type { CadenceTimelineMessages, CadenceTimelineVariantProps } from 'one-on-one-kit/server-safe';
