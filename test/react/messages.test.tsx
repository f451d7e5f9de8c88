import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAgenda } from 'one-on-one-kit/core';
import {
  AgendaBoard,
  OneOnOneKitProvider,
  defaultAgendaBoardMessages,
  defaultMessages,
  type AgendaBoardMessages,
  type OneOnOneKitMessages,
} from 'one-on-one-kit';

// Type checks: `npm run typecheck` compiles this file, so each @ts-expect-error below must really be an
// error, or the typecheck fails ("unused @ts-expect-error").
export const typed: OneOnOneKitMessages[] = [
  // @ts-expect-error -- a misspelt component group
  { feedbackAks: { trigger: 'Ask' } },
  // @ts-expect-error -- a misspelt key inside a group
  { feedbackAsk: { trigerr: 'Ask' } },
  // @ts-expect-error -- functions are not messages: a server could not pass them
  { agendaBoard: { addLabel: (title: string) => `Add to ${title}` } },
  // @ts-expect-error -- an unknown pillar
  { pillars: { horzion: { title: 'Horizon' } } },
  { pillars: { horizon: { title: 'El horizonte' } }, feedbackAsk: { trigger: 'Pedir feedback' } },
];

/** Placeholder names a message uses, e.g. ['who', 'name', 'count', 'total'] (branch texts start upper-case). */
function placeholders(message: string) {
  return [...new Set([...message.matchAll(/\{\s*([a-z]\w*)\s*[,}]/g)].map((match) => match[1]!))];
}

const keys = Object.keys(defaultAgendaBoardMessages) as (keyof AgendaBoardMessages)[];
/** A key's stand-in text, free of English: `§12`. */
const tag = (key: keyof AgendaBoardMessages) => `§${keys.indexOf(key)}`;

/** Messages that keep each key's placeholders but none of the English: `§12⟨{who}{name}…⟩`. */
function pseudo(): AgendaBoardMessages {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = defaultAgendaBoardMessages[key];
    out[key] =
      typeof value === 'string'
        ? `${tag(key)}⟨${placeholders(value)
            .map((name) => `{${name}}`)
            .join('')}⟩`
        : Object.fromEntries(
            ['status-update', 'technical-deep-dive', 'stealth-performance-review'].map((id, at) => [
              id,
              `${tag(key)}.${at}`,
            ]),
          );
  }
  return out as unknown as AgendaBoardMessages;
}

/** Pieces of English text in the defaults (between placeholders), 4 characters or longer. */
function englishFragments() {
  const strings: string[] = [
    ...Object.values(defaultAgendaBoardMessages).flatMap((value: string | Record<string, string>) =>
      typeof value === 'string' ? [value] : Object.values(value),
    ),
    ...Object.values(defaultMessages.pillars).flatMap((text) => [text.title, text.summary]),
  ];
  return [
    ...new Set(
      strings.flatMap((message) =>
        message
          .split(/[{}#]|\b(?:select|plural|other|one|you|named|report|manager|present|near-future|horizon)\b/)
          .map((piece) => piece.replace(/^[\s,“”.:×]+|[\s,“”.:×]+$/g, ''))
          .filter((piece) => piece.length >= 4 && !/^[a-z]\w*$/.test(piece)),
      ),
    ),
  ];
}

describe('every AgendaBoard string is replaceable', () => {
  it('shows none of the English defaults once its messages and the pillar titles are replaced', async () => {
    const user = userEvent.setup();
    const agenda = createAgenda('2026-03-02', [
      { id: 'a', text: 'ETA zorb PAY-1234?', author: 'manager', pillar: 'present', carriedOver: 2 },
      { id: 'b', text: 'Qwix', author: 'report', pillar: 'near-future', kind: 'next-step' },
      { id: 'c', text: 'Vlop', author: 'manager', pillar: null },
    ]);
    const messages: OneOnOneKitMessages = {
      pillars: {
        present: { title: 'P1', summary: 'S1' },
        'near-future': { title: 'P2', summary: 'S2' },
        horizon: { title: 'P3', summary: 'S3' },
      },
      agendaBoard: pseudo(),
    };
    const { container } = render(
      <OneOnOneKitProvider messages={messages}>
        <AgendaBoard viewer="manager" defaultValue={agenda} focus="horizon" reportName="Sam" />
      </OneOnOneKitProvider>,
    );
    // Open what is closed at first: a flag, an item's menu, then add, move and edit to hear announcements.
    await user.click(screen.getByRole('button', { name: `${tag('flags')}.0` }));
    act(() => screen.getByRole('checkbox', { name: 'Qwix' }).focus());
    await user.tab();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: `${tag('actions')}⟨Qwix⟩` });
    // Menu titles are the replaced pillar titles, not the core's English ones.
    expect(within(menu).getByRole('menuitem', { name: `${tag('moveTo')}⟨QwixP1⟩` })).toHaveTextContent('P1');
    expect(within(menu).getByRole('group', { name: `${tag('moveToHeading')}⟨⟩` })).toBeInTheDocument();
    const toHorizon = within(menu).getByRole('menuitem', { name: `${tag('moveTo')}⟨QwixP3⟩` });
    expect(toHorizon).toHaveTextContent('P3');
    const seen: string[] = [];
    const snapshot = () => {
      seen.push(container.textContent ?? '');
      for (const element of container.querySelectorAll('*')) {
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = element.getAttribute(name);
          if (value) seen.push(value);
        }
      }
    };
    snapshot();
    await user.click(toHorizon);
    expect(screen.getByRole('status')).toHaveTextContent(`${tag('announceMoved')}⟨QwixP311⟩`);
    snapshot();
    await user.type(screen.getByRole('textbox', { name: `${tag('addLabel')}⟨P3⟩` }), 'Blorp{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(`${tag('announceAdded')}⟨BlorpP3⟩`);
    snapshot();

    const all = seen.join('\n');
    expect(all).toContain(`${tag('ownership')}⟨namedSam13⟩`);
    expect(all).toContain(`${tag('managerHeavy')}⟨manager⟩`);
    expect(all).toContain(`${tag('carriedOver')}⟨2⟩`);
    expect(all).toContain(`${tag('suggestions')}.0`);
    expect(all).toContain(`${tag('unsortedTitle')}⟨⟩`);
    const leaks = englishFragments().filter((fragment) => seen.some((text) => text.includes(fragment)));
    expect(leaks).toEqual([]);
  });
});

describe('OneOnOneKitProvider', () => {
  it('nests: an inner provider replaces only what it names, and inherits the locale', () => {
    render(
      <OneOnOneKitProvider
        locale="de"
        messages={{
          pillars: { horizon: { title: 'Der Horizont', summary: 'Karriere und Ziele.' } },
          agendaBoard: { focusBadge: 'Fokus' },
        }}
      >
        <OneOnOneKitProvider
          messages={{ pillars: { horizon: { title: 'Horizont' } }, agendaBoard: { emptyColumn: 'Leer.' } }}
        >
          <AgendaBoard
            viewer="report"
            focus="horizon"
            defaultValue={createAgenda(
              '2026-03-02',
              Array.from({ length: 1200 }, (_, index) => ({
                text: `Thema ${index}`,
                author: 'report' as const,
                pillar: 'present' as const,
              })),
            )}
          />
        </OneOnOneKitProvider>
      </OneOnOneKitProvider>,
    );
    const horizon = screen.getByRole('region', { name: 'Horizont' });
    // The inner title, the outer summary and badge, the inner empty text.
    expect(horizon).toHaveTextContent('Karriere und Ziele.');
    expect(horizon).toHaveTextContent('Fokus');
    expect(horizon).toHaveTextContent('Leer.');
    // German number formatting from the outer locale.
    expect(screen.getByText('You added 1.200 of 1.200 items')).toBeInTheDocument();
  });
});
