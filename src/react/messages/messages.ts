import type { PillarId } from 'one-on-one-kit/core';
import { defaultAgendaBoardMessages, type AgendaBoardMessages } from '../agenda-board/agenda-board.messages';
import {
  defaultAntiPatternBannerMessages,
  type AntiPatternBannerMessages,
} from '../anti-pattern-banner/anti-pattern-banner.messages';
import { defaultFeedbackAskMessages, type FeedbackAskMessages } from '../feedback-ask/feedback-ask.messages';
import { defaultPillarCardMessages, type PillarCardMessages } from '../pillar-card/pillar-card.messages';
import {
  defaultCadenceTimelineMessages,
  type CadenceTimelineMessages,
} from '../cadence-timeline/cadence-timeline.messages';
import {
  defaultMeetingSignalsMessages,
  type MeetingSignalsMessages,
} from '../meeting-signals/meeting-signals.messages';
import { defaultDateMessages, type DateMessages } from './date-messages';
import { defaultPillarMessages, type PillarText } from './pillar-messages';

/**
 * Replacement strings for the whole kit, grouped by component, each group typed: a misspelt group
 * or key does not compile. Every value is data (strings, lists of strings, records of strings), so a
 * server component can build it and pass it to `OneOnOneKitProvider`. Groups and keys left out keep
 * the English defaults; `pillars` may replace one pillar's title alone.
 *
 * @example
 * const messages: OneOnOneKitMessages = {
 *   pillars: { horizon: { title: 'El horizonte' } },
 *   feedbackAsk: { trigger: 'Pedir feedback' },
 * };
 */
export interface OneOnOneKitMessages {
  /** Pillar titles and summaries, used by every component that names a pillar. */
  pillars?: { [id in PillarId]?: Partial<PillarText> };
  agendaBoard?: Partial<AgendaBoardMessages>;
  pillarCard?: Partial<PillarCardMessages>;
  feedbackAsk?: Partial<FeedbackAskMessages>;
  antiPatternBanner?: Partial<AntiPatternBannerMessages>;
  meetingSignals?: Partial<MeetingSignalsMessages>;
  cadenceTimeline?: Partial<CadenceTimelineMessages>;
  /** How dates are written in words, used by every component that shows one. */
  dates?: Partial<DateMessages>;
}

/**
 * Every English default in one object, e.g. to hand to translators or to start a translation from.
 *
 * @example
 * const keys = Object.keys(defaultMessages.agendaBoard); // every AgendaBoard string's key
 */
export const defaultMessages = {
  pillars: defaultPillarMessages,
  agendaBoard: defaultAgendaBoardMessages,
  pillarCard: defaultPillarCardMessages,
  feedbackAsk: defaultFeedbackAskMessages,
  antiPatternBanner: defaultAntiPatternBannerMessages,
  meetingSignals: defaultMeetingSignalsMessages,
  cadenceTimeline: defaultCadenceTimelineMessages,
  dates: defaultDateMessages,
} satisfies Required<OneOnOneKitMessages>;
