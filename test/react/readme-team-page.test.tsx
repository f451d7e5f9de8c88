import { within } from '@testing-library/react';
import { createAgenda, nextFocus } from 'one-on-one-kit/core';
import { TeamPage } from '../../examples/readme/team-page';
import { renderOnServerAndHydrate } from './server-render';

// The README's server-component example: rendered to HTML and hydrated, in Spanish, on React 19 and 18.
describe('the README team page', () => {
  it('renders the kit with messages and class helpers from the server-safe entry', async () => {
    const decision = nextFocus(
      [
        { date: '2026-09-07', focus: 'horizon' },
        { date: '2026-09-21', focus: 'near-future' },
        { date: '2026-10-12', focus: 'present' },
      ],
      '2026-10-19',
    );
    const agenda = createAgenda('2026-10-19', [
      { text: 'Quiero liderar la migración', author: 'report', pillar: 'near-future', carriedOver: 2 },
      { text: 'Cómo va el proyecto', author: 'manager', pillar: 'present' },
    ]);
    const { html, container, messages } = await renderOnServerAndHydrate(
      <TeamPage agenda={agenda} decision={decision} />,
    );
    expect(messages()).toEqual([]);
    expect(html).toContain('ook-pillar-card ook-pillar-card--horizon');
    expect(container).toHaveTextContent('42 días desde la última charla sobre el horizonte');
    const card = container.querySelector('[data-slot="pillar-card"]') as HTMLElement;
    expect(within(card).getByRole('heading', { name: 'El horizonte' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Foco de esta semana');
    expect(
      within(container).getByRole('textbox', { name: 'Añadir a El futuro cercano' }),
    ).toBeInTheDocument();
    expect(container).toHaveTextContent('Ana ha añadido 1 de 2 temas');
    expect(container).toHaveTextContent('Aplazado 2 veces');
  });
});
