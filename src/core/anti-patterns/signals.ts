import { agendaOwnership, readAgenda, type Agenda } from '../agenda';
import { nextFocus, readCadenceOptions, type CadenceOptions } from '../cadence';
import { toDayNumber, type CalendarDate } from '../dates';
import { feedbackTrend } from '../feedback';
import type { MeetingRecord } from '../history';
import { getPillar, type PillarId } from '../pillars';
import { expectInteger, expectRecord } from '../validate';

/** The structural warning signs of a 1:1 that {@link detectMeetingSignals} looks for. */
export type MeetingSignalKind =
  'manager-owned-agenda' | 'carried-over' | 'feedback-not-asked' | 'pillar-overdue';

/** One warning sign, explained in words a manager can act on. */
export interface MeetingSignal {
  readonly kind: MeetingSignalKind;
  /** Why it matters and what to do, in English. */
  readonly message: string;
  /** The agenda item concerned (`carried-over`). */
  readonly itemId?: string;
  /** The pillar concerned (`pillar-overdue`). */
  readonly pillar?: PillarId;
  /** The number behind the signal: the report's share, times carried over, meetings without an ask, days since. */
  readonly value?: number;
}

/** What {@link detectMeetingSignals} reads. Only `agenda` is required; the rest enables more signals. */
export interface MeetingSignalsInput {
  readonly agenda: Agenda;
  /** Past meetings: enables `feedback-not-asked`, and with `on`, `pillar-overdue`. */
  readonly history?: readonly MeetingRecord[];
  /** The date of the meeting being prepared. */
  readonly on?: CalendarDate;
  readonly cadence?: CadenceOptions;
  /** Times carried over from which an item is flagged (default 3). */
  readonly carriedOverAt?: number;
  /** Recent meetings without a feedback ask before it is flagged (default 3). */
  readonly feedbackWindow?: number;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Looks at the shape of a meeting rather than its words: an agenda mostly written by the manager, an
 * item carried over again and again, feedback not asked lately, a pillar left too long. Each signal
 * says why it matters. Throws `OneOnOneError` (`invalid-options`, `invalid-agenda`, `invalid-history`,
 * `invalid-date`) naming the offending field.
 *
 * @example
 * detectMeetingSignals({ agenda, history, on: '2026-03-02' });
 * // [{ kind: 'pillar-overdue', pillar: 'horizon', value: 49, message: 'The Horizon was last the focus 49 days ago…' }]
 */
export function detectMeetingSignals(input: MeetingSignalsInput): MeetingSignal[] {
  const options = expectRecord(input, 'invalid-options', 'input');
  const carriedOverAt =
    options['carriedOverAt'] === undefined
      ? 3
      : expectInteger(options['carriedOverAt'], 'invalid-options', 'input.carriedOverAt', 1);
  const feedbackWindow =
    options['feedbackWindow'] === undefined
      ? 3
      : expectInteger(options['feedbackWindow'], 'invalid-options', 'input.feedbackWindow', 1);
  const agenda = readAgenda(options['agenda'], 'input.agenda');
  // Every field is checked before any is used, so a bad `on` or `cadence` fails without a history too.
  const history = options['history'] as readonly MeetingRecord[] | undefined;
  const on = options['on'] as CalendarDate | undefined;
  if (on !== undefined) toDayNumber(on, 'input.on');
  const cadence = options['cadence'] as CadenceOptions | undefined;
  if (cadence !== undefined) readCadenceOptions(cadence, 'input.cadence');
  const signals: MeetingSignal[] = [];

  const { report, manager, reportShare } = agendaOwnership(agenda);
  if (report + manager > 0 && reportShare < 0.5) {
    signals.push({
      kind: 'manager-owned-agenda',
      value: reportShare,
      message: `The manager wrote ${manager} of ${plural(report + manager, 'item')}. The meeting belongs to the report: invite them to set the agenda and hold the space for it.`,
    });
  }

  for (const item of agenda.items) {
    // A dropped item was let go on purpose: carrying it is no longer a sign of anything.
    if (!item.done && !item.dropped && item.carriedOver >= carriedOverAt) {
      signals.push({
        kind: 'carried-over',
        itemId: item.id,
        value: item.carriedOver,
        message: `"${item.text}" has been carried over ${plural(item.carriedOver, 'time')}. Ask what is in the way, whether it still matters to them, and what next step they want to own.`,
      });
    }
  }

  if (history === undefined) return signals;
  const trend = feedbackTrend(history);
  if (trend.meetings >= feedbackWindow && trend.meetingsSinceAsked >= feedbackWindow) {
    signals.push({
      kind: 'feedback-not-asked',
      value: trend.meetingsSinceAsked,
      message: `Feedback on the manager was not asked in the last ${plural(trend.meetingsSinceAsked, 'meeting')}. End this one by asking: even when none comes, asking keeps it a two-way street.`,
    });
  }

  if (on === undefined) return signals;
  const decision = nextFocus(history, on, cadence);
  for (const status of decision.due) {
    // The Present Moment is the default focus; it comes back on its own.
    if (!status.overdue || status.pillar === 'present') continue;
    const title = getPillar(status.pillar)?.title ?? status.pillar;
    const since = status.lastDate
      ? `was last the focus ${plural(status.daysSince, 'day')} ago`
      : `has not been the focus since the first meeting, ${plural(status.daysSince, 'day')} ago`;
    signals.push({
      kind: 'pillar-overdue',
      pillar: status.pillar,
      value: status.daysSince,
      message: `${title} ${since}, longer than its rhythm of about every ${status.everyDays} days. Consider making it the focus.`,
    });
  }
  return signals;
}
