import * as React from 'react';
import {
  PILLAR_IDS,
  daysBetween,
  pillarBalance,
  type CalendarDate,
  type MeetingRecord,
  type PillarId,
} from 'one-on-one-kit/core';
import {
  cadenceTimelineVariants,
  defaultCadenceTimelineMessages,
  defaultDateMessages,
  type CadenceTimelineMessages,
} from 'one-on-one-kit/server-safe';
import { useFormat, useMessages, usePillarMessages } from '../provider';
import { useCalendarDate } from '../hooks/use-calendar-date';

const CADENCE_TIMELINE_NAME = 'CadenceTimeline';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A planned meeting as the timeline reads it: what `planCadence` returns has this shape.
 * @example const next: CadenceTimelineMeeting = { date: '2026-11-30', focus: 'near-future' };
 */
export interface CadenceTimelineMeeting {
  readonly date: CalendarDate;
  readonly focus: PillarId;
}

/**
 * Props of {@link CadenceTimeline}.
 *
 * @example
 * const props: CadenceTimelineProps = {
 *   history,
 *   plan: planCadence(history, { from: '2026-11-30', count: 6 }),
 *   from: '2026-06-01',
 * };
 */
export interface CadenceTimelineProps extends Omit<React.ComponentPropsWithoutRef<'figure'>, 'children'> {
  /** The meetings held (records in any order). */
  history: readonly MeetingRecord[];
  /** The meetings planned, e.g. `planCadence(history, { from, count })`. */
  plan?: readonly CadenceTimelineMeeting[];
  /**
   * The first date shown, e.g. six months before the next meeting; the balance counts the meetings
   * held from it. Default: the first meeting on record.
   */
  from?: CalendarDate;
  /**
   * The title's heading level.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * Whether the table of every meeting starts open.
   * @default false
   */
  defaultTableOpen?: boolean;
  /**
   * `card` sits on a bordered surface; `plain` has no box.
   * @default 'card'
   */
  variant?: 'card' | 'plain';
  /** Replacement strings, any of `CadenceTimelineMessages`. */
  messages?: Partial<CadenceTimelineMessages>;
}

interface Row {
  date: CalendarDate;
  focus: PillarId;
  status: 'held' | 'planned';
  feedback: 'received' | 'asked' | 'not-asked' | 'planned';
  next: boolean;
}

// Top to bottom as the pillars inform each other: The Horizon, then The Near Future, then The Present Moment.
const LANES: readonly PillarId[] = ['horizon', 'near-future', 'present'];
const LANE = 40;
const AXIS = LANES.length * LANE + LANE;
const HEIGHT = AXIS + 22;
// Positions in per cent keep the chart fluid on a server-rendered page: no measuring, and text keeps its size.
const percent = (value: number) => `${(value * 100).toFixed(3)}%`;

/** The first day of each month after `from` up to `to`, as ISO dates. */
function monthStarts(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = [];
  let year = +from.slice(0, 4);
  let month = +from.slice(5, 7);
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01` as CalendarDate;
    if (date > to || out.length > 240) return out;
    out.push(date);
  }
}

/**
 * The rhythm of a report's 1:1s at a glance: every meeting held and planned on a time line, one lane
 * per pillar in its colour, feedback asked and received in a lane of its own, and the balance between
 * the pillars since `from`. An accessible SVG (`role="img"`, named by a summary) with the same facts
 * in a table under a disclosure, for screen readers and anyone who prefers numbers. Renders on the
 * server (no measuring: positions are percentages), follows the light and dark themes, and fits a
 * 320 px screen. `data-slot="cadence-timeline"`; no chart library.
 *
 * @example
 * <CadenceTimeline
 *   history={history}
 *   plan={planCadence(history, { from: '2026-11-30', count: 6 })}
 *   from="2026-06-01"
 * />
 */
export const CadenceTimeline = React.forwardRef<HTMLElement, CadenceTimelineProps>(
  function CadenceTimeline(props, forwardedRef) {
    const {
      history,
      plan,
      from: fromProp,
      headingLevel = 3,
      defaultTableOpen = false,
      variant,
      messages: messagesProp,
      className,
      ...rest
    } = props;
    const messages = useMessages('cadenceTimeline', defaultCadenceTimelineMessages, messagesProp);
    const format = useFormat();
    const pillars = usePillarMessages();
    const calendarDate = useCalendarDate();
    const { months: monthNames } = useMessages('dates', defaultDateMessages);
    const id = React.useId();

    // pillarBalance validates the history, so bad records fail here with a OneOnOneError naming them.
    const balance = pillarBalance(history, fromProp === undefined ? {} : { from: fromProp });
    const held = history
      .filter((record) => fromProp === undefined || record.date >= fromProp)
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const planned = (plan ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const rows: Row[] = [
      ...held.map((record): Row => ({
        date: record.date,
        focus: record.focus,
        status: 'held',
        feedback: record.feedbackReceived ? 'received' : record.feedbackAsked ? 'asked' : 'not-asked',
        next: false,
      })),
      ...planned.map((meeting, index): Row => ({
        date: meeting.date,
        focus: meeting.focus,
        status: 'planned',
        feedback: 'planned',
        next: index === 0,
      })),
    ];
    const from = fromProp ?? rows[0]?.date;
    const asked = held.filter((record) => record.feedbackAsked || record.feedbackReceived).length;
    const received = held.filter((record) => record.feedbackReceived).length;
    const counts = {
      held: held.length,
      planned: planned.length,
      asked,
      received,
      from: from === undefined ? '' : calendarDate(from, { year: true }),
    };

    const Heading = `h${headingLevel}` as const;
    const titleId = `${id}-title`;
    const statusText = (row: Row) =>
      row.next ? messages.next : row.status === 'held' ? messages.held : messages.planned;
    const feedbackText = (row: Row) =>
      row.feedback === 'received'
        ? messages.feedbackReceived
        : row.feedback === 'asked'
          ? messages.feedbackAsked
          : row.feedback === 'not-asked'
            ? messages.feedbackNotAsked
            : '—';

    let chart: React.ReactNode = null;
    if (rows.length > 0 && from !== undefined) {
      const last = rows.reduce((latest, row) => (row.date > latest ? row.date : latest), from);
      const span = Math.max(daysBetween(from, last), 1);
      // One meeting alone sits in the middle rather than on the edge.
      const x = (date: CalendarDate) => percent(rows.length === 1 ? 0.5 : daysBetween(from, date) / span);
      const months = monthStarts(from, last);
      const every = Math.ceil(months.length / 12);
      const boundary =
        planned.length === 0
          ? null
          : held.length === 0
            ? 0
            : (daysBetween(from, held[held.length - 1]!.date) + daysBetween(from, planned[0]!.date)) /
              2 /
              span;
      chart = (
        <div className="ook-cadence-timeline__chart" data-slot="cadence-timeline-chart">
          <svg
            className="ook-cadence-timeline__svg"
            role="img"
            aria-label={format(messages.chartLabel, { ...counts, table: messages.tableToggle })}
            width="100%"
            height={HEIGHT}
            focusable="false"
          >
            {boundary === null ? null : (
              <g className="ook-cadence-timeline__planned-area" data-slot="cadence-timeline-planned-area">
                <rect x={percent(boundary)} y="0" width={percent(1 - boundary)} height={AXIS} />
                <text x="100%" y="12" textAnchor="end">
                  {messages.plannedArea}
                </text>
              </g>
            )}
            {months.map((month, index) => (
              <g key={month} className="ook-cadence-timeline__month">
                <line x1={x(month)} x2={x(month)} y1="0" y2={AXIS} />
                {index % every === 0 ? (
                  // Every other label gives way on a narrow screen (see the container query).
                  <text
                    x={x(month)}
                    y={AXIS + 16}
                    textAnchor="middle"
                    data-minor={(index / every) % 2 === 1 ? '' : undefined}
                  >
                    {monthNames[+month.slice(5, 7) - 1]}
                  </text>
                ) : null}
              </g>
            ))}
            {LANES.map((pillar, lane) => (
              <g key={pillar} className="ook-cadence-timeline__lane" data-pillar={pillar}>
                <text x="0" y={lane * LANE + 13} className="ook-cadence-timeline__lane-label">
                  {pillars[pillar].title}
                </text>
                <line x1="0" x2="100%" y1={lane * LANE + 28} y2={lane * LANE + 28} />
              </g>
            ))}
            <g className="ook-cadence-timeline__lane" data-lane="feedback">
              <text x="0" y={LANES.length * LANE + 13} className="ook-cadence-timeline__lane-label">
                {messages.feedbackLane}
              </text>
              <line x1="0" x2="100%" y1={LANES.length * LANE + 28} y2={LANES.length * LANE + 28} />
            </g>
            {rows.map((row, index) => {
              const title = format(messages.meetingTitle, {
                date: calendarDate(row.date, { year: true }),
                pillar: pillars[row.focus]?.title ?? row.focus,
                status: statusText(row),
                feedback: feedbackText(row),
              });
              return (
                <g key={`${row.date}-${index}`} data-slot="cadence-timeline-meeting">
                  <circle
                    className="ook-cadence-timeline__meeting"
                    data-pillar={row.focus}
                    data-state={row.next ? 'next' : row.status}
                    cx={x(row.date)}
                    cy={Math.max(LANES.indexOf(row.focus), 0) * LANE + 28}
                    r={row.next ? 7 : 6}
                  >
                    <title>{title}</title>
                  </circle>
                  {row.feedback === 'received' || row.feedback === 'asked' ? (
                    <circle
                      className="ook-cadence-timeline__feedback"
                      data-state={row.feedback}
                      cx={x(row.date)}
                      cy={LANES.length * LANE + 28}
                      r="4.5"
                    >
                      <title>{title}</title>
                    </circle>
                  ) : null}
                </g>
              );
            })}
          </svg>
        </div>
      );
    }

    const total = PILLAR_IDS.reduce((sum, pillar) => sum + balance[pillar].count, 0);

    return (
      <figure
        data-slot="cadence-timeline"
        data-variant={variant ?? 'card'}
        aria-labelledby={titleId}
        className={cadenceTimelineVariants({ variant, className })}
        {...rest}
        ref={forwardedRef}
      >
        <figcaption className="ook-cadence-timeline__caption" data-slot="cadence-timeline-caption">
          <Heading id={titleId} className="ook-cadence-timeline__title">
            {messages.title}
          </Heading>
          <p className="ook-cadence-timeline__summary" data-slot="cadence-timeline-summary">
            {rows.length === 0 ? messages.empty : format(messages.summary, counts)}
          </p>
        </figcaption>
        {chart}
        {rows.length > 0 ? (
          <ul className="ook-cadence-timeline__legend" data-slot="cadence-timeline-legend" aria-hidden="true">
            <li>
              <svg width="12" height="12" focusable="false">
                <circle className="ook-cadence-timeline__legend-held" cx="6" cy="6" r="5" />
              </svg>
              {messages.held}
            </li>
            <li>
              <svg width="12" height="12" focusable="false">
                <circle className="ook-cadence-timeline__legend-planned" cx="6" cy="6" r="4.5" />
              </svg>
              {messages.planned}
            </li>
            <li>
              <svg width="12" height="12" focusable="false">
                <circle className="ook-cadence-timeline__feedback" data-state="asked" cx="6" cy="6" r="4" />
              </svg>
              {messages.legendAsked}
            </li>
            <li>
              <svg width="12" height="12" focusable="false">
                <circle
                  className="ook-cadence-timeline__feedback"
                  data-state="received"
                  cx="6"
                  cy="6"
                  r="4"
                />
              </svg>
              {messages.legendReceived}
            </li>
          </ul>
        ) : null}
        {total > 0 && from !== undefined ? (
          <div className="ook-cadence-timeline__balance" data-slot="cadence-timeline-balance">
            <p className="ook-cadence-timeline__balance-heading" id={`${id}-balance`}>
              {format(messages.balanceHeading, { from: counts.from })}
            </p>
            <ul className="ook-cadence-timeline__balance-list" aria-labelledby={`${id}-balance`}>
              {PILLAR_IDS.map((pillar) => {
                const { count, share } = balance[pillar];
                return (
                  <li key={pillar} className="ook-cadence-timeline__balance-row" data-pillar={pillar}>
                    <span className="ook-cadence-timeline__balance-title">
                      <span className="ook-pillar-glyph" data-pillar={pillar} aria-hidden="true" />
                      {pillars[pillar].title}
                    </span>
                    <span className="ook-cadence-timeline__balance-numbers">
                      {format(messages.balanceCount, { count })}
                      <span aria-hidden="true"> · </span>
                      <span className="ook-cadence-timeline__balance-share">
                        {format(messages.balanceShare, { percent: Math.round(share * 100) })}
                      </span>
                    </span>
                    <svg
                      className="ook-cadence-timeline__balance-bar"
                      aria-hidden="true"
                      focusable="false"
                      width="100%"
                      height="6"
                    >
                      <rect className="ook-cadence-timeline__balance-track" width="100%" height="6" rx="3" />
                      <rect
                        className="ook-cadence-timeline__balance-fill"
                        width={percent(share)}
                        height="6"
                        rx="3"
                      />
                    </svg>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        {rows.length > 0 ? (
          <details className="ook-cadence-timeline__details" open={defaultTableOpen || undefined}>
            <summary className="ook-cadence-timeline__toggle" data-slot="cadence-timeline-toggle">
              {messages.tableToggle}
            </summary>
            <table className="ook-cadence-timeline__table" data-slot="cadence-timeline-table">
              <caption className="ook-visually-hidden">{messages.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.columnDate}</th>
                  <th scope="col">{messages.columnFocus}</th>
                  <th scope="col">{messages.columnStatus}</th>
                  <th scope="col">{messages.columnFeedback}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.date}-${index}`} data-state={row.next ? 'next' : row.status}>
                    <th scope="row">
                      <time dateTime={row.date}>{calendarDate(row.date, { year: true })}</time>
                    </th>
                    <td data-pillar={row.focus}>{pillars[row.focus]?.title ?? row.focus}</td>
                    <td>{statusText(row)}</td>
                    <td>{feedbackText(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
      </figure>
    );
  },
);
CadenceTimeline.displayName = CADENCE_TIMELINE_NAME;
