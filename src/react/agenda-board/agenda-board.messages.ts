import type { AntiPatternId } from 'one-on-one-kit/core';

/** Who is looking at the board: words like "you" and "they" are chosen relative to them. */
export type AgendaBoardViewer = 'report' | 'manager';

/**
 * Every string `AgendaBoard` shows or announces, as data: plain strings with `{placeholders}` and ICU
 * plural and select forms (see `formatMessage`), so a server can pass them. Pillar titles come from
 * the `pillars` messages. Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ agendaBoard: { … } }}>`.
 *
 * @example
 * const spanish: Partial<AgendaBoardMessages> = { addLabel: 'Añadir a {pillar}', focusBadge: 'Foco' };
 */
export interface AgendaBoardMessages {
  /** Accessible name of a pillar's add box. `{pillar}`: the pillar's title. */
  addLabel: string;
  addPlaceholder: string;
  /** Shown when adding fails; the typed text is kept. */
  addFailed: string;
  /** Title of the area for items without a pillar. */
  unsortedTitle: string;
  /** The badge on the focus pillar's column; the same words as `pillarCard.focusBadge`. */
  focusBadge: string;
  /**
   * The question an empty column asks, to guide a first topic. `{viewer}`: `report` or `manager`;
   * `{pillar}`: `present`, `near-future` or `horizon`.
   */
  emptyColumn: string;
  /** The line under it: where to add that first topic. `{viewer}`. */
  emptyColumnHint: string;
  /**
   * "Sam added 4 of 5 items". `{who}`: `you` (the report is looking), `named` (the manager is, and
   * `reportName` was given: `{name}`) or `unnamed`; `{count}`: the report's items; `{total}`: all items.
   */
  ownership: string;
  /** Shown for an empty agenda. `{viewer}`: `report` or `manager`. */
  ownershipEmpty: string;
  /** The gentle warning when the manager wrote more than half of the items. `{viewer}`. */
  managerHeavy: string;
  /** Accessible name of an item's actions button. `{text}`: the item's text. */
  actions: string;
  /** Read by screen readers once per board: where each item's actions button is found. */
  actionsHint: string;
  /** The heading over the pillars in an item's menu. */
  moveToHeading: string;
  /** Accessible names of the menu's buttons. `{text}`; `moveTo` also `{pillar}`. */
  moveUp: string;
  moveDown: string;
  moveTo: string;
  edit: string;
  remove: string;
  /** Visible words on the menu items; their accessible names above add the item text. */
  moveUpShort: string;
  moveDownShort: string;
  editShort: string;
  removeShort: string;
  /** Accessible name of the edit box. `{text}`: the text before editing. */
  editLabel: string;
  editHint: string;
  editEmpty: string;
  editFailed: string;
  nextStep: string;
  /** Accessible name of the box that adds a next step. */
  addNextStepLabel: string;
  /** `{viewer}`: `report` or `manager`. */
  addNextStepPlaceholder: string;
  /** Heading of the next-step box. */
  nextStepsTitle: string;
  /** Under that heading: whose step it is. `{viewer}`. */
  nextStepsDescription: string;
  /** Heading of the review of last meeting's next steps. */
  reviewTitle: string;
  reviewDescription: string;
  /** The three outcomes of a reviewed step. */
  reviewDone: string;
  reviewCarried: string;
  reviewDropped: string;
  /** Under a step marked dropped. */
  reviewDroppedNote: string;
  /** `{count}`: how many meetings the item was carried over. */
  carriedOver: string;
  /** Tag on an item the manager wrote. `{viewer}`. */
  managerAuthored: string;
  /** The label of an anti-pattern flag, by pattern. */
  flags: Record<AntiPatternId, string>;
  flagEvidence: string;
  flagSuggestion: string;
  /**
   * The reframe shown under a flag, by pattern. A pattern left out shows the detector's own
   * (English) reframe.
   */
  suggestions: Partial<Record<AntiPatternId, string>>;
  /** Announced to screen readers. `{text}`: the item; `{pillar}`: its pillar's title. */
  announceAdded: string;
  /** `{text}`, `{pillar}`, `{position}` (1-based) and `{count}` (items in that pillar). */
  announceMoved: string;
  announceRemoved: string;
  announceEdited: string;
  /** `{text}`; `{outcome}`: `done`, `carried` or `dropped`. */
  announceReviewed: string;
}

/**
 * The English strings of `AgendaBoard`.
 *
 * @example
 * <AgendaBoard viewer="report" messages={{ ...defaultAgendaBoardMessages, focusBadge: 'Today' }} />
 */
export const defaultAgendaBoardMessages: AgendaBoardMessages = {
  addLabel: 'Add to {pillar}',
  addPlaceholder: 'Add a topic, press Enter',
  addFailed: 'That could not be added. Your text is still here.',
  unsortedTitle: 'Anything else',
  focusBadge: 'Focus',
  emptyColumn:
    '{viewer, select, report {{pillar, select, present {What’s on your mind this week?} near-future {What would make the biggest difference in the coming weeks?} horizon {Where would you like to be in a year or two?} other {What would you like to talk about?}}} other {No topics here yet}}',
  emptyColumnHint:
    '{viewer, select, report {Add a first topic in the box below and press Enter.} other {Your report sets the agenda; add a topic only if it is theirs too.}}',
  ownership:
    '{who, select, you {You} named {{name}} other {They}} added {count} of {total, plural, one {# item} other {# items}}',
  ownershipEmpty:
    '{viewer, select, report {Your agenda is empty. What would you like to talk about?} other {No items yet. Your report sets the agenda.}}',
  managerHeavy:
    '{viewer, select, manager {This agenda is mostly yours. The meeting belongs to your report.} other {Your manager wrote most of this agenda. It is your meeting: add what matters to you.}}',
  actions: 'Actions for “{text}”',
  actionsHint:
    'Each item has an actions button after its text: a menu to move, edit or remove it. Arrow keys move through the menu.',
  moveToHeading: 'Move to',
  moveUp: 'Move “{text}” up',
  moveDown: 'Move “{text}” down',
  moveTo: 'Move “{text}” to {pillar}',
  edit: 'Edit “{text}”',
  remove: 'Remove “{text}”',
  moveUpShort: 'Up',
  moveDownShort: 'Down',
  editShort: 'Edit',
  removeShort: 'Remove',
  editLabel: 'New text for “{text}”',
  editHint: 'Enter saves, Escape cancels.',
  editEmpty: 'An item needs some text. Press Escape to keep the old text.',
  editFailed: 'That could not be saved. Press Escape to keep the old text.',
  nextStep: 'Next step',
  addNextStepLabel: 'Add a next step',
  addNextStepPlaceholder:
    '{viewer, select, manager {A step they choose to take before next time, press Enter} other {A step you will take before next time, press Enter}}',
  nextStepsTitle: 'Next steps',
  nextStepsDescription:
    '{viewer, select, manager {What will they do before next time? Ask what resolution they want: the step is theirs.} other {What will you do before next time? The step is yours to choose.}}',
  reviewTitle: 'Next steps from last time',
  reviewDescription: 'Did each one happen? Mark it done, carry it on, or drop it.',
  reviewDone: 'Done',
  reviewCarried: 'Carry on',
  reviewDropped: 'Drop',
  reviewDroppedNote: 'Dropped: it leaves the agenda and stays in this meeting’s record.',
  carriedOver: 'Carried over ×{count}',
  managerAuthored: '{viewer, select, manager {Added by you} other {From your manager}}',
  flags: {
    'status-update': 'Looks like a status update',
    'technical-deep-dive': 'Looks like a technical deep dive',
    'stealth-performance-review': 'Looks like a performance review',
  },
  flagEvidence: 'Words that stood out:',
  flagSuggestion: 'Try instead:',
  suggestions: {},
  announceAdded: 'Added “{text}” to {pillar}.',
  announceMoved: 'Moved “{text}” to {pillar}, position {position} of {count}.',
  announceRemoved: 'Removed “{text}”.',
  announceEdited: 'Saved “{text}”.',
  announceReviewed:
    '{outcome, select, done {Marked “{text}” done.} dropped {Dropped “{text}”; it stays in the record.} other {“{text}” carries on to the next meeting.}}',
};
