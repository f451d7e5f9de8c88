// The server-safe entry: class helpers, messages and tokens as plain data and pure functions. No React,
// no DOM, no "use client", so React Server Components, route handlers and build scripts can import it.
// The React entry uses these very modules (and re-exports them for client code).

export { formatMessage } from '../react/messages/format-message';
export type { MessageValues } from '../react/messages/format-message';
export { defaultMessages } from '../react/messages/messages';
export type { OneOnOneKitMessages } from '../react/messages/messages';
export { defaultPillarMessages } from '../react/messages/pillar-messages';
export type { PillarMessages, PillarText } from '../react/messages/pillar-messages';
export { defaultDateMessages } from '../react/messages/date-messages';
export type { DateMessages } from '../react/messages/date-messages';
export { formatCalendarDate } from '../react/messages/format-calendar-date';

export { defaultAgendaBoardMessages } from '../react/agenda-board/agenda-board.messages';
export type { AgendaBoardMessages, AgendaBoardViewer } from '../react/agenda-board/agenda-board.messages';
export {
  agendaBoardColumnVariants,
  agendaBoardItemVariants,
  agendaBoardVariants,
} from '../react/agenda-board/agenda-board.variants';
export type {
  AgendaBoardColumnVariantProps,
  AgendaBoardItemVariantProps,
} from '../react/agenda-board/agenda-board.variants';

export { defaultPillarCardMessages } from '../react/pillar-card/pillar-card.messages';
export type { PillarCardMessages } from '../react/pillar-card/pillar-card.messages';
export { pillarCardVariants } from '../react/pillar-card/pillar-card.variants';
export type { PillarCardVariantProps } from '../react/pillar-card/pillar-card.variants';

export { defaultFeedbackAskMessages } from '../react/feedback-ask/feedback-ask.messages';
export type { FeedbackAskMessages } from '../react/feedback-ask/feedback-ask.messages';
export { feedbackAskVariants } from '../react/feedback-ask/feedback-ask.variants';
export type { FeedbackAskVariantProps } from '../react/feedback-ask/feedback-ask.variants';

export { defaultAntiPatternBannerMessages } from '../react/anti-pattern-banner/anti-pattern-banner.messages';
export type { AntiPatternBannerMessages } from '../react/anti-pattern-banner/anti-pattern-banner.messages';
export { antiPatternBannerVariants } from '../react/anti-pattern-banner/anti-pattern-banner.variants';
export type { AntiPatternBannerVariantProps } from '../react/anti-pattern-banner/anti-pattern-banner.variants';

export { defaultMeetingSignalsMessages } from '../react/meeting-signals/meeting-signals.messages';
export type { MeetingSignalsMessages } from '../react/meeting-signals/meeting-signals.messages';
export { meetingSignalsVariants } from '../react/meeting-signals/meeting-signals.variants';
export type { MeetingSignalsVariantProps } from '../react/meeting-signals/meeting-signals.variants';

export { defaultCadenceTimelineMessages } from '../react/cadence-timeline/cadence-timeline.messages';
export type { CadenceTimelineMessages } from '../react/cadence-timeline/cadence-timeline.messages';
export { cadenceTimelineVariants } from '../react/cadence-timeline/cadence-timeline.variants';
export type { CadenceTimelineVariantProps } from '../react/cadence-timeline/cadence-timeline.variants';

export { tokenNames } from '../styles/token-names';
export { tokenVar } from '../styles/tokens';
export type { TokenName } from '../styles/tokens';
