import type { AntiPatternId } from 'one-on-one-kit/core';

/** Who is looking at the board: words like "you" and "they" are chosen relative to them. */
export type AgendaBoardViewer = 'report' | 'manager';

/** What the board's `ownership` message is given, to word "Sam added 4 of 5 items" its own way. */
export interface AgendaBoardOwnershipArgs {
  viewer: AgendaBoardViewer;
  /** The report's name when the host gave one. */
  reportName: string | undefined;
  /** Items the report added. */
  count: number;
  /** All items. */
  total: number;
}

/** Every string `AgendaBoard` shows or announces. Replace any of them with the `messages` prop or the provider. */
export interface AgendaBoardMessages {
  /** Accessible name of a pillar's add box: "Add to The Horizon". */
  addLabel: (pillarTitle: string) => string;
  addPlaceholder: string;
  /** Shown when adding fails; the typed text is kept. */
  addFailed: string;
  /** Title of the area for items without a pillar. */
  unsortedTitle: string;
  focusBadge: string;
  emptyColumn: string;
  ownership: (args: AgendaBoardOwnershipArgs) => string;
  ownershipEmpty: (viewer: AgendaBoardViewer) => string;
  /** The gentle warning when the manager wrote more than half of the items. */
  managerHeavy: (viewer: AgendaBoardViewer) => string;
  actions: (text: string) => string;
  /** Read by screen readers once per board: where each item's actions button is found. */
  actionsHint: string;
  moveUp: (text: string) => string;
  moveDown: (text: string) => string;
  moveTo: (text: string, pillarTitle: string) => string;
  edit: (text: string) => string;
  remove: (text: string) => string;
  /** Visible words on the menu buttons; their accessible names above add the item text. */
  moveUpShort: string;
  moveDownShort: string;
  editShort: string;
  removeShort: string;
  editLabel: (text: string) => string;
  editHint: string;
  editEmpty: string;
  editFailed: string;
  nextStep: string;
  carriedOver: (times: number) => string;
  /** Tag on an item the manager wrote, relative to the viewer. */
  managerAuthored: (viewer: AgendaBoardViewer) => string;
  /** Label of an anti-pattern flag, by pattern id. */
  flag: (pattern: string) => string;
  flagEvidence: string;
  flagSuggestion: string;
  dragHint: string;
  announceAdded: (text: string, pillarTitle: string) => string;
  announceMoved: (text: string, pillarTitle: string, position: number, count: number) => string;
  announceRemoved: (text: string) => string;
  announceEdited: (text: string) => string;
}

// Keyed by the core's anti-pattern ids: a new id does not typecheck until it has a label.
const flagLabels: Record<AntiPatternId, string> = {
  'status-update': 'Looks like a status update',
  'technical-deep-dive': 'Looks like a technical deep dive',
  'stealth-performance-review': 'Looks like a performance review',
};

/**
 * The English strings of `AgendaBoard`.
 *
 * @example
 * <AgendaBoard messages={{ focusBadge: 'Today' }} />
 */
export const defaultAgendaBoardMessages: AgendaBoardMessages = {
  addLabel: (title) => `Add to ${title}`,
  addPlaceholder: 'Add a topic, press Enter',
  addFailed: 'That could not be added. Your text is still here.',
  unsortedTitle: 'Anything else',
  focusBadge: 'Focus',
  emptyColumn: 'Nothing here yet.',
  ownership: ({ viewer, reportName, count, total }) => {
    const who = viewer === 'report' ? 'You' : (reportName ?? 'They');
    return `${who} added ${count} of ${total} ${total === 1 ? 'item' : 'items'}`;
  },
  ownershipEmpty: (viewer) =>
    viewer === 'report'
      ? 'Your agenda is empty. What would you like to talk about?'
      : 'No items yet. Your report sets the agenda.',
  managerHeavy: (viewer) =>
    viewer === 'manager'
      ? 'This agenda is mostly yours. The meeting belongs to your report.'
      : 'Your manager wrote most of this agenda. It is your meeting: add what matters to you.',
  actions: (text) => `Actions for “${text}”`,
  actionsHint:
    'Each item has an actions button (move, edit, remove) right after its checkbox while the item has focus.',
  moveUp: (text) => `Move “${text}” up`,
  moveDown: (text) => `Move “${text}” down`,
  moveTo: (text, title) => `Move “${text}” to ${title}`,
  edit: (text) => `Edit “${text}”`,
  remove: (text) => `Remove “${text}”`,
  moveUpShort: 'Up',
  moveDownShort: 'Down',
  editShort: 'Edit',
  removeShort: 'Remove',
  editLabel: (text) => `New text for “${text}”`,
  editHint: 'Enter saves, Escape cancels.',
  editEmpty: 'An item needs some text. Press Escape to keep the old text.',
  editFailed: 'That could not be saved. Press Escape to keep the old text.',
  nextStep: 'Next step',
  carriedOver: (times) => `Carried over ×${times}`,
  managerAuthored: (viewer) => (viewer === 'manager' ? 'Added by you' : 'From your manager'),
  flag: (pattern) => flagLabels[pattern as AntiPatternId] ?? 'Looks like it could crowd out growth',
  flagEvidence: 'Words that suggest it:',
  flagSuggestion: 'Try instead:',
  dragHint: 'Drag to move',
  announceAdded: (text, title) => `Added “${text}” to ${title}.`,
  announceMoved: (text, title, position, count) =>
    `Moved “${text}” to ${title}, position ${position} of ${count}.`,
  announceRemoved: (text) => `Removed “${text}”.`,
  announceEdited: (text) => `Saved “${text}”.`,
};
