import * as React from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { AgendaBoard } from 'one-on-one-kit';
import { PILLARS, PILLAR_IDS, createAgenda, type AgendaItem } from 'one-on-one-kit/core';

// The performance budgets (README, "Measured"): with 1,000 items, AgendaBoard's first render ≤ 2× bare React markup of the same
// items, and toggling one item ≤ 0.5× re-rendering that bare markup. Run:
//   npx vitest bench --project react --run test/react/agenda-board.bench.tsx
// and read the "x faster than" summary of each group.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const COUNT = 1000;
const phrases = [
  'Where I feel stuck this week',
  'How the on-call rota feels',
  'What would make the biggest difference this quarter',
  'Skills I want to build next',
  'Go through my tickets and the ETA for the release',
  'A win worth sharing',
  'What kind of leader I want to become',
  'Pairing with the new joiner',
];
const agenda = createAgenda(
  '2026-03-02',
  Array.from({ length: COUNT }, (_, index) => ({
    id: `item-${index + 1}`,
    text: `${phrases[index % phrases.length]} (${index + 1})`,
    author: index % 5 === 0 ? ('manager' as const) : ('report' as const),
    pillar: PILLAR_IDS[index % 3]!,
  })),
);
const toggledIndex = COUNT / 2;
const toggledItems = agenda.items.map((item, index) =>
  index === toggledIndex ? { ...item, done: !item.done } : item,
);

/** The baseline: plain markup of the same items, one list per pillar, no memoisation. */
function BareBoard({ items }: { items: readonly AgendaItem[] }) {
  return (
    <div>
      {PILLARS.map((pillar) => (
        <ul key={pillar.id}>
          {items
            .filter((item) => item.pillar === pillar.id)
            .map((item) => (
              <li key={item.id}>
                <input type="checkbox" checked={item.done} readOnly />
                {item.text}
              </li>
            ))}
        </ul>
      ))}
    </div>
  );
}

function mount(element: React.ReactElement): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return { root, container };
}

// First renders keep their roots until the cycle ends, so unmounting is not timed.
const mounted: { root: Root; container: HTMLElement }[] = [];
const unmountAll = () => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
};
const firstRenderOptions = { iterations: 30, warmupIterations: 5, time: 0, teardown: unmountAll };

describe('first render of 1,000 items', () => {
  bench(
    'bare markup',
    () => {
      mounted.push(mount(<BareBoard items={agenda.items} />));
    },
    firstRenderOptions,
  );

  bench(
    'AgendaBoard',
    () => {
      mounted.push(mount(<AgendaBoard viewer="report" defaultValue={agenda} />));
    },
    firstRenderOptions,
  );
});

describe('toggling one of 1,000 items', () => {
  const toggleOptions = { iterations: 200, warmupIterations: 20, time: 0 };
  let bare: Root | undefined;
  let bareFlip = false;
  bench(
    'bare markup re-render',
    () => {
      bareFlip = !bareFlip;
      act(() => bare!.render(<BareBoard items={bareFlip ? toggledItems : agenda.items} />));
    },
    {
      ...toggleOptions,
      setup: () => {
        bare ??= mount(<BareBoard items={agenda.items} />).root;
      },
    },
  );

  let checkbox: HTMLInputElement | undefined;
  bench(
    'AgendaBoard toggle',
    () => {
      act(() => checkbox!.click());
    },
    {
      ...toggleOptions,
      setup: () => {
        if (checkbox) return;
        const { container } = mount(<AgendaBoard viewer="report" defaultValue={agenda} />);
        const row = container.querySelector<HTMLElement>(`[data-item-id="item-${toggledIndex + 1}"]`);
        checkbox = row!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      },
    },
  );
});
