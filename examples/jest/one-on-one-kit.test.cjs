// A host's Jest test, run by test/package/jest.test.ts against the built package. CommonJS without
// JSX, so it needs no Babel setup of its own; a host's usual babel-jest setup changes nothing here.
require('one-on-one-kit/styles.css');
const { act, createElement: h } = require('react');
const { createRoot } = require('react-dom/client');
const { AntiPatternBanner, PillarCard } = require('one-on-one-kit');
const { detectAntiPatterns } = require('one-on-one-kit/core');

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function renderInto(element) {
  const container = document.body.appendChild(document.createElement('div'));
  act(() => createRoot(container).render(element));
  return container;
}

test('renders a PillarCard from the package', () => {
  const container = renderInto(h(PillarCard, { pillar: 'horizon' }));
  const card = container.querySelector('[data-slot="pillar-card"]');
  expect(card.getAttribute('aria-labelledby')).toBeTruthy();
  expect(card.querySelector('h3').textContent).toBe('The Horizon');
});

test('renders the anti-pattern banner for a status item', () => {
  const items = [{ id: 'a', text: 'ETA for PAY-1234?' }];
  const container = renderInto(h(AntiPatternBanner, { findings: detectAntiPatterns(items), items }));
  expect(container.querySelector('[role="status"]').textContent).toContain('Looks like a status update');
});
