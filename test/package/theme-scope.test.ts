import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useEmbedSession, WHITE_HOST_CSS } from './embed/embed-page';

// The built stylesheet on a host page with no `.ook-root` wrapper: themes read right on the host's own
// page colour, the colour scheme stays inside the kit, and a host's rule beats the kit's in every state.
const embed = useEmbedSession();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

/** axe's WCAG 2.2 A/AA violations in `context`, as `rule: element` lines. */
async function axeViolations(page: Page, context: string) {
  const result = await page.evaluate(
    ([selector, tags]) =>
      (window as unknown as { axe: { run(context: string, options: object): Promise<AxeResult> } }).axe.run(
        selector as string,
        { runOnly: { type: 'tag', values: tags } },
      ),
    [context, AXE_TAGS] as const,
  );
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary})`),
  );
}

async function openDialog(page: Page) {
  await page.locator('[data-slot="feedback-ask"]').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('[role="dialog"]').waitFor();
  // Wait for the opening animation, so contrast is read on the final colours.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState === 'finished'),
  );
}

const hosts = [
  { theme: 'dark', page: 'white', hostCss: WHITE_HOST_CSS },
  {
    theme: 'light',
    page: 'black',
    hostCss: `${WHITE_HOST_CSS}\nbody { background: #000; color: #eee; }`,
  },
] as const;

describe('the theme without a .ook-root wrapper', () => {
  for (const host of hosts) {
    it(`${host.theme}, set on <html>, on a ${host.page} host page: every component passes axe`, async () => {
      const { page, errors } = await embed.open({
        theme: host.theme,
        hostCss: host.hostCss,
        order: 'kit-first',
        axe: true,
      });
      await page.waitForFunction(() => 'axe' in window);
      expect(await axeViolations(page, '#app')).toEqual([]);
      await openDialog(page);
      expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it("sets color-scheme inside the kit's scope only, never on the host's root", async () => {
    const { page } = await embed.open({
      theme: 'dark',
      hostCss: WHITE_HOST_CSS,
      order: 'kit-first',
    });
    await openDialog(page);
    const schemes = await page.evaluate(() => {
      const scheme = (selector: string) =>
        [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).colorScheme);
      return {
        host: [...scheme('html'), ...scheme('body'), ...scheme('#host-button')],
        kit: scheme(
          '[data-slot="agenda-board"], [data-slot="pillar-card"], [data-slot="anti-pattern-banner"], [data-slot="feedback-ask"], [role="dialog"], [role="dialog"] textarea',
        ),
      };
    });
    expect(schemes.host).toEqual(['normal', 'normal', 'normal']);
    expect(schemes.kit.length).toBeGreaterThanOrEqual(9);
    expect(new Set(schemes.kit)).toEqual(new Set(['dark']));
  });
});

// One plain class, outside any cascade layer, as a host writes it.
const HOST_RULE = `
.host-wins {
  background-color: rgb(1, 2, 3);
  color: rgb(250, 249, 248);
  border-color: rgb(4, 5, 6);
  box-shadow: none;
  outline: 3px solid rgb(7, 8, 9);
}`;
const HOST_VALUES = {
  backgroundColor: 'rgb(1, 2, 3)',
  color: 'rgb(250, 249, 248)',
  borderTopColor: 'rgb(4, 5, 6)',
  boxShadow: 'none',
  outline: 'rgb(7, 8, 9) solid 3px',
};

/**
 * Gives one visible element of each kind (tag and classes) among the kit's roots and controls inside
 * `scope` the host's class and a probe number from `from`; returns how many there are.
 */
function markTargets(page: Page, scope: string, from: number) {
  return page.evaluate(
    ([selector, start]) => {
      const roots =
        '[data-slot="agenda-board"], [data-slot="pillar-card"], [data-slot="anti-pattern-banner"], [data-slot="feedback-ask"], [role="dialog"]';
      const kinds = new Set<string>();
      const targets = [...document.querySelectorAll(selector)]
        .filter((element) => element.matches(roots))
        .concat([...document.querySelectorAll(`${selector} :is(${roots}, button, input, textarea)`)])
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 1)
        .filter((element) => {
          const kind = `${element.tagName} ${element.className} ${element.getAttribute('type')}`;
          return !kinds.has(kind) && kinds.add(kind);
        });
      targets.forEach((element, index) => {
        element.classList.add('host-wins');
        element.setAttribute('data-probe', String((start as number) + index));
      });
      return targets.length;
    },
    [scope, from] as const,
  );
}

type State = 'rest' | 'hover' | 'focus-visible';

/**
 * Runs in the page: puts each element in `state` (rest blurs it, focus-visible focuses it; hover is
 * the pointer's doing) and reads the properties the host's rule sets, with guards that the state holds.
 */
function inspect(elements: Element[], state: State) {
  return elements.map((element) => {
    if (state === 'rest') (element as HTMLElement).blur();
    if (state === 'focus-visible') (element as HTMLElement).focus();
    // The kit eases colour changes; read where each transition ends.
    for (const animation of element.getAnimations()) animation.finish();
    const style = getComputedStyle(element);
    const active = element === document.activeElement;
    // Chromium resets a native checkbox's or radio's border (it draws its own), whatever the cascade says.
    const nativeBorder = element.matches('input[type="checkbox"], input[type="radio"]');
    return {
      state,
      element: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`,
      // Every control takes focus, and the kit's focus styles need :focus-visible.
      stateHolds:
        state === 'hover'
          ? element.matches(':hover')
          : state === 'focus-visible'
            ? active === element.matches(':focus-visible') &&
              (active || !element.matches('button, input, textarea'))
            : !active && !element.matches(':hover'),
      backgroundColor: style.backgroundColor,
      color: style.color,
      borderTopColor: nativeBorder ? 'rgb(4, 5, 6)' : style.borderTopColor,
      boxShadow: style.boxShadow,
      outline: style.outline,
    };
  });
}

const expected = (actual: { state: State; element: string }) => ({
  state: actual.state,
  element: actual.element,
  stateHolds: true,
  ...HOST_VALUES,
});

async function expectHostWins(page: Page, first: number, count: number) {
  const probes = page.locator(
    Array.from({ length: count }, (_, index) => `[data-probe="${first + index}"]`).join(', '),
  );
  await page.mouse.move(0, 0);
  for (const actual of await probes.evaluateAll(inspect, 'rest' as State))
    expect(actual).toEqual(expected(actual));

  for (let n = first; n < first + count; n += 1) {
    const target = page.locator(`[data-probe="${n}"]`);
    const box = await target.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const [actual] = await target.evaluateAll(inspect, 'hover' as State);
    expect(actual).toEqual(expected(actual!));
  }

  await page.mouse.move(0, 0);
  for (const actual of await probes.evaluateAll(inspect, 'focus-visible' as State)) {
    expect(actual).toEqual(expected(actual));
  }
}

describe("a host's one-class rule", () => {
  for (const order of ['kit-first', 'host-first'] as const) {
    it(`wins over the kit at rest, on hover and on focus-visible (${order.replace('-', ' stylesheet ')})`, async () => {
      const { page } = await embed.open({
        theme: 'light',
        hostCss: `${WHITE_HOST_CSS}\n${HOST_RULE}`,
        order,
      });
      const onPage = await markTargets(page, '#app', 0);
      expect(onPage).toBeGreaterThanOrEqual(12);
      await expectHostWins(page, 0, onPage);

      await openDialog(page);
      const inDialog = await markTargets(page, '[role="dialog"]', onPage);
      expect(inDialog).toBeGreaterThanOrEqual(5);
      await expectHostWins(page, onPage, inDialog);
    });
  }
});

describe("the README's host stylesheet (examples/readme/host-styles.css)", () => {
  const hostCss = `${readFileSync(path.resolve(__dirname, '../../examples/readme/host-styles.css'), 'utf8')}\n${WHITE_HOST_CSS}`;
  const trigger = (page: Page) =>
    page
      .locator('[data-slot="feedback-ask"]')
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, border: style.borderTopWidth };
      });

  it('keeps its reset under the kit and its own rules above it, loaded first as it says', async () => {
    const { page } = await embed.open({ theme: 'light', hostCss, order: 'host-first' });
    // The reset's `button { border: 0; background: none }` loses to the kit's button, in its light accent (#1f2633).
    expect(await trigger(page)).toEqual({ background: 'rgb(31, 38, 51)', border: '1px' });
    const card = page.locator('[data-slot="pillar-card"]').first();
    await card.evaluate((element) => element.classList.add('portal-card'));
    expect(await card.evaluate((element) => getComputedStyle(element).borderTopLeftRadius)).toBe('4px');
    const outline = page.locator('[data-slot="feedback-ask"]').nth(1);
    await outline.evaluate((element) => element.classList.add('brand-button'));
    await outline.hover();
    // The kit's hover transition runs first: read the colour it settles on.
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState === 'finished'),
    );
    expect(await outline.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(11, 110, 79)',
    );
  });

  it('lets the reset win when loaded after the kit: its layer order then comes too late', async () => {
    const { page } = await embed.open({ theme: 'light', hostCss, order: 'kit-first' });
    expect(await trigger(page)).toEqual({ background: 'rgba(0, 0, 0, 0)', border: '0px' });
  });
});
