import type { AgendaItem } from '../agenda';
import { deepFreeze } from '../freeze';
import { toDayNumber, type CalendarDate } from '../dates';
import type { OneOnOneErrorCode } from '../errors';
import type { MeetingRecord, MeetingTakeaways, RecordedItem } from '../history';
import { isPillarId, PILLAR_IDS, type PillarId } from '../pillars';
import {
  expectArray,
  expectBoolean,
  expectInteger,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  joinPath,
  MAX_ENTRIES,
} from '../validate';

/**
 * How much a meeting record keeps of the report's takeaways: a few short texts per pillar.
 * @example <input maxLength={TAKEAWAY_LIMITS.length} />
 */
export const TAKEAWAY_LIMITS: { readonly perPillar: 5; readonly length: 280 } = /* @__PURE__ */ Object.freeze(
  {
    perPillar: 5,
    length: 280,
  },
);

/** An array of at most `MAX_ENTRIES` entries, refused before it is read when longer. @internal */
export function expectList(value: unknown, code: OneOnOneErrorCode, path: string): readonly unknown[] {
  const list = expectArray(value, code, path);
  if (list.length > MAX_ENTRIES) fail(code, path, `an array of at most ${MAX_ENTRIES} entries`, list.length);
  return list;
}

const PILLAR_OR_NONE: readonly (PillarId | null)[] = ['present', 'near-future', 'horizon', null];
const NON_EMPTY = { nonEmpty: true };

/** A recorded item in a fixed key order (unknown keys dropped). @internal */
export function toRecordedItem({ id, text, pillar, author, carriedOver, kind }: AgendaItem | RecordedItem) {
  return { id, text, pillar, author, carriedOver, kind } satisfies RecordedItem;
}

function readItems(value: unknown, code: OneOnOneErrorCode, path: string): RecordedItem[] {
  return Array.from(expectList(value, code, path), (entry, index) => {
    const at = joinPath(path, index);
    const item = expectRecord(entry, code, at);
    expectString(item['id'], code, `${at}.id`, NON_EMPTY);
    expectString(item['text'], code, `${at}.text`, NON_EMPTY);
    expectOneOf(item['pillar'], PILLAR_OR_NONE, code, `${at}.pillar`);
    expectOneOf(item['author'], ['report', 'manager'], code, `${at}.author`);
    expectInteger(item['carriedOver'], code, `${at}.carriedOver`, 0);
    expectOneOf(item['kind'], ['topic', 'next-step'], code, `${at}.kind`);
    return toRecordedItem(item as unknown as RecordedItem);
  });
}

/**
 * Reads takeaways by pillar: known pillars only, each a list of 1 to `perPillar` texts of at most
 * `length` characters, trimmed. A pillar with an empty list is left out. @internal
 */
export function readTakeaways(value: unknown, code: OneOnOneErrorCode, path: string): MeetingTakeaways {
  const record = expectRecord(value, code, path);
  for (const key of Object.keys(record)) {
    // A misspelt pillar would otherwise lose what was written under it.
    if (!(PILLAR_IDS as readonly string[]).includes(key))
      fail(code, joinPath(path, key), `a pillar id (${PILLAR_IDS.join(', ')})`, key);
  }
  const takeaways: { [pillar in PillarId]?: string[] } = {};
  for (const pillar of PILLAR_IDS) {
    const texts = record[pillar];
    if (texts === undefined) continue;
    const at = joinPath(path, pillar);
    const list = expectArray(texts, code, at);
    if (list.length > TAKEAWAY_LIMITS.perPillar)
      fail(code, at, `at most ${TAKEAWAY_LIMITS.perPillar} takeaways`, `${list.length} of them`);
    const trimmed = Array.from(list, (text, index) => {
      const where = joinPath(at, index);
      const clean = expectString(text, code, where, NON_EMPTY).trim();
      if (clean.length > TAKEAWAY_LIMITS.length)
        fail(code, where, `at most ${TAKEAWAY_LIMITS.length} characters`, `${clean.length} of them`);
      return clean;
    });
    if (trimmed.length > 0) takeaways[pillar] = trimmed;
  }
  return takeaways;
}

/**
 * Validates every field of one meeting record and returns a fresh, frozen copy in a fixed key order:
 * the feedback flags always written (`false` when missing), optional lists only when they hold
 * something, unknown keys dropped. Throws `OneOnOneError` with `code` and a path under `path`.
 * @internal
 */
export function readRecord(value: unknown, code: OneOnOneErrorCode, path: string): MeetingRecord {
  const record = expectRecord(value, code, path);
  const at = (key: string) => joinPath(path, key);
  toDayNumber(record['date'], at('date'));
  const focus = record['focus'];
  // The same words as every other reader of a history (nextFocus, feedbackTrend).
  if (!isPillarId(focus)) fail(code, at('focus'), 'a pillar id', focus);
  const flag = (key: string) =>
    record[key] === undefined ? false : expectBoolean(record[key], code, at(key));
  const feedbackAsked = flag('feedbackAsked');
  const feedbackReceived = flag('feedbackReceived');
  const asked =
    record['askedQuestionIds'] === undefined
      ? []
      : Array.from(expectList(record['askedQuestionIds'], code, at('askedQuestionIds')), (id, index) =>
          expectString(id, code, joinPath(at('askedQuestionIds'), index)),
        );
  const list = (key: string) => (record[key] === undefined ? [] : readItems(record[key], code, at(key)));
  const discussed = list('discussed');
  const dropped = list('dropped');
  const takeaways =
    record['takeaways'] === undefined ? {} : readTakeaways(record['takeaways'], code, at('takeaways'));
  return deepFreeze({
    date: record['date'] as CalendarDate,
    focus,
    feedbackAsked,
    feedbackReceived,
    ...(asked.length > 0 && { askedQuestionIds: asked }),
    ...(discussed.length > 0 && { discussed }),
    ...(dropped.length > 0 && { dropped }),
    ...(Object.keys(takeaways).length > 0 && { takeaways }),
  });
}
