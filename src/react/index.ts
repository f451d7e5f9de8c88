// The React entry: components and hooks. It does not re-export the core's runtime;
// import that from 'one-on-one-kit/core'.

export { OneOnOneKitProvider } from './provider';
export type { OneOnOneKitMessages, OneOnOneKitProviderProps } from './provider';

export { AgendaBoard } from './agenda-board/agenda-board';
export type { AgendaBoardProps } from './agenda-board/agenda-board';
export { defaultAgendaBoardMessages } from './agenda-board/agenda-board.messages';
export type {
  AgendaBoardMessages,
  AgendaBoardOwnershipArgs,
  AgendaBoardViewer,
} from './agenda-board/agenda-board.messages';
export {
  agendaBoardColumnVariants,
  agendaBoardItemVariants,
  agendaBoardVariants,
} from './agenda-board/agenda-board.variants';
export { useAgenda } from './hooks/use-agenda';
export type { AgendaAddInput, UseAgendaOptions, UseAgendaResult } from './hooks/use-agenda';

export { PillarCard } from './pillar-card/pillar-card';
export type { PillarCardProps } from './pillar-card/pillar-card';
export { defaultPillarCardMessages } from './pillar-card/pillar-card.messages';
export type { PillarCardMessages } from './pillar-card/pillar-card.messages';
export { pillarCardVariants } from './pillar-card/pillar-card.variants';
export type { PillarCardVariantProps } from './pillar-card/pillar-card.variants';
export { FeedbackAsk } from './feedback-ask/feedback-ask';
export type { FeedbackAskProps, FeedbackResponse } from './feedback-ask/feedback-ask';
export { defaultFeedbackAskMessages } from './feedback-ask/feedback-ask.messages';
export type { FeedbackAskMessages } from './feedback-ask/feedback-ask.messages';
export { feedbackAskVariants } from './feedback-ask/feedback-ask.variants';
export type { FeedbackAskVariantProps } from './feedback-ask/feedback-ask.variants';
export { AntiPatternBanner } from './anti-pattern-banner/anti-pattern-banner';
export type { AntiPatternBannerProps } from './anti-pattern-banner/anti-pattern-banner';
export { defaultAntiPatternBannerMessages } from './anti-pattern-banner/anti-pattern-banner.messages';
export type { AntiPatternBannerMessages } from './anti-pattern-banner/anti-pattern-banner.messages';
export { antiPatternBannerVariants } from './anti-pattern-banner/anti-pattern-banner.variants';
export type { AntiPatternBannerVariantProps } from './anti-pattern-banner/anti-pattern-banner.variants';
export { useNextFocus } from './hooks/use-next-focus';
export { useQuestionPicker } from './hooks/use-question-picker';
export type {
  QuestionPickerBank,
  UseQuestionPickerOptions,
  UseQuestionPickerResult,
} from './hooks/use-question-picker';
