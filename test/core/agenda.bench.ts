import { bench, describe } from 'vitest';
import { agendaReducer, createAgenda, parseAgenda, serializeAgenda, type Agenda } from 'one-on-one-kit/core';

// The board's hot path: toggling one item of a 1,000-item agenda. An agenda the core built is frozen,
// so it is trusted as it is; a host's plain copy is checked and copied on every call, which is what
// re-checking every agenda would cost.
const drafts = Array.from({ length: 1_000 }, (_, index) => ({
  text: `Item ${index} on the agenda`,
  author: index % 3 ? ('report' as const) : ('manager' as const),
  pillar: (['present', 'near-future', 'horizon', null] as const)[index % 4],
}));
const built = createAgenda('2026-03-02', drafts);
const plain: Agenda = JSON.parse(serializeAgenda(built));
const json = serializeAgenda(built);
let step = 0;
const toggle = () => ({ type: 'toggle-done' as const, id: `item-${(step++ % 1_000) + 1}` });

describe('agendaReducer, 1,000 items', () => {
  let agenda = built;
  bench('toggle one item of an agenda the core built (frozen, trusted)', () => {
    agenda = agendaReducer(agenda, toggle());
  });

  bench('toggle one item of a host’s plain agenda (checked and copied each time)', () => {
    agendaReducer(plain, toggle());
  });

  bench('parse 1,000 items from JSON', () => {
    parseAgenda(json);
  });
});
