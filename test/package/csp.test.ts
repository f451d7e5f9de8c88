import type { Page } from 'playwright-core';
import { STRICT_CSP, useEmbedSession, violationsOf, WHITE_HOST_CSS } from './embed/embed-page';

// The built package under `default-src 'self'; style-src 'self'` in Chromium: server-rendered,
// hydrated, and FeedbackAsk opened, used and closed, with no violation and the dialog still modal.
const embed = useEmbedSession();

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const appBox = (page: Page) =>
  page.evaluate(() => {
    const { left, width } = document.getElementById('app')!.getBoundingClientRect();
    return { left, width };
  });

async function wheelAt(page: Page, x: number, y: number) {
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 400);
  // Wheel scrolling lands over a few frames.
  await page.waitForTimeout(150);
}

describe(`FeedbackAsk under "${STRICT_CSP}"`, () => {
  it('stays a modal dialog and reports no violation', async () => {
    const { page, errors } = await embed.open({ hostCss: WHITE_HOST_CSS, order: 'kit-first' });
    // The server-rendered HTML of every component (no style attributes) and their hydration.
    expect(await violationsOf(page)).toEqual([]);

    // The page and a scroll container of the host's scroll before the dialog opens, so staying
    // still later means a lock.
    const scroller = await page.locator('.host-scroller').boundingBox();
    const scrollerAt = [scroller!.x + scroller!.width / 2, scroller!.y + scroller!.height / 2] as const;
    const scrollerTop = () => page.locator('.host-scroller').evaluate((element) => element.scrollTop);
    await wheelAt(page, ...scrollerAt);
    expect(await scrollerTop()).toBeGreaterThan(0);
    await page.locator('.host-scroller').evaluate((element) => element.scrollTo(0, 0));
    await wheelAt(page, 600, 400);
    expect(await scrollY(page)).toBeGreaterThan(0);

    // Located by its slot, not its role: while the dialog is open it is (rightly) hidden from the accessibility tree.
    const trigger = page.locator('[data-slot="feedback-ask"]').first();
    expect(await trigger.textContent()).toBe('Ask for feedback');
    await trigger.focus();
    const before = { scrollY: await scrollY(page), box: await appBox(page) };
    const hasScrollbar = await page.evaluate(() => window.innerWidth > document.documentElement.clientWidth);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ask for feedback' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]'));

    // Focus is trapped: Tab and Shift+Tab cycle inside the dialog, however far they go.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < 12; step += 1) {
        await page.keyboard.press(key);
        expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(
          true,
        );
      }
    }

    // The rest of the page is hidden from assistive technology (live regions stay audible, as Radix
    // intends) and takes no pointer input.
    const exposed = await page.evaluate(() =>
      [...document.querySelectorAll('body *:not(script)')]
        .filter(
          (element) => !element.closest('[role="dialog"], [data-slot="feedback-ask-overlay"], [aria-live]'),
        )
        .filter(
          (element) => !element.closest('[aria-hidden="true"]') && !element.querySelector('[aria-live]'),
        )
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(exposed).toEqual([]);
    expect(await page.locator('.host-header').getAttribute('aria-hidden')).toBe('true');
    // The trigger is still in view under the dialog, but the pointer reaches only the overlay.
    const covered = await trigger.boundingBox();
    const underPointer = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-slot'),
      [covered!.x + covered!.width / 2, covered!.y + covered!.height / 2],
    );
    expect(underPointer).toBe('feedback-ask-overlay');

    // Scrolling is locked (over a host's `!important` too), and hiding the scrollbar did not shift the page sideways.
    expect(
      await page.evaluate(() => {
        const { style } = document.documentElement;
        return [style.getPropertyValue('overflow'), style.getPropertyPriority('overflow')];
      }),
    ).toEqual(['hidden', 'important']);
    await wheelAt(page, 40, 400);
    expect(await scrollY(page)).toBe(before.scrollY);
    await wheelAt(page, ...scrollerAt);
    expect(await scrollerTop()).toBe(0);
    expect(await appBox(page)).toEqual(before.box);
    expect(hasScrollbar).toBe(true);

    // Typing and saving inside the dialog stays within the policy too.
    await dialog.getByLabel('What they said').fill('More context before reviews, please.');
    await dialog.getByRole('button', { name: 'Save feedback' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Closed: focus is back on the trigger, the page is reachable and scrolls again.
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('.host-header[aria-hidden], [data-aria-hidden]').count()).toBe(0);
    await wheelAt(page, 600, 400);
    expect(await scrollY(page)).toBeGreaterThan(before.scrollY);

    expect(await violationsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
