import type { Locator, Page } from 'playwright-core';
import { useEmbedSession, WHITE_HOST_CSS } from './embed/embed-page';

// The board's pointer drag and drop in Chromium, with the browser's own drag events (Playwright's
// mouse drives a real drag): the built kit, server-rendered and hydrated on a strict-CSP host page.
const embed = useEmbedSession();

// Tall enough that the whole board is on screen: the mouse can only reach what is in the viewport.
const open = () =>
  embed.open({
    hostCss: WHITE_HOST_CSS,
    order: 'kit-first',
    context: { viewport: { width: 1200, height: 2400 } },
  });
const board = (page: Page) => page.locator('[data-slot="agenda-board"]');
const region = (page: Page, name: string) => board(page).getByRole('region', { name, exact: true });
const rowTexts = (list: Locator) =>
  list
    .locator('[data-slot="agenda-board-item"]')
    .evaluateAll((rows) =>
      rows.map((row) => row.querySelector('.ook-agenda-board-item__text')?.textContent ?? ''),
    );
const announcement = (page: Page) => board(page).locator('[role="status"]').last().textContent();
/** Rows and columns still marked as drop targets or as being dragged. */
const marks = (page: Page) =>
  board(page).locator('[data-drop-edge], [data-drop-over], [data-dragging]').count();

/**
 * Presses on `source` (at its middle, or `grabX` pixels in from its start edge), moves over `target`
 * at `at` (a fraction of its height) in steps; returns the release.
 */
async function drag(page: Page, source: Locator, target: Locator, at: number, grabX?: number) {
  await board(page).scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + (grabX ?? from.width / 2), from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height * at, { steps: 8 });
  return async () => page.mouse.up();
}

describe('AgendaBoard pointer drag and drop', () => {
  it('moves an item to another pillar, before the row it is dropped on the top half of', async () => {
    const { page, errors } = await open();
    const present = region(page, 'The Present Moment');
    const near = region(page, 'The Near Future');
    const source = present.getByRole('listitem').filter({ hasText: 'Feeling stretched thin this sprint' });
    const target = near.getByRole('listitem').filter({ hasText: 'Ask Priya how she prepares a talk' });

    const release = await drag(page, source, target, 0.2);
    // While dragging, the row under the pointer shows where the item would land, and its column takes it.
    expect(await target.getAttribute('data-drop-edge')).toBe('top');
    expect(await near.getAttribute('data-drop-over')).toBe('');
    expect(await source.getAttribute('data-dragging')).toBe('');
    await release();

    expect(await rowTexts(near)).toEqual([
      'Feeling stretched thin this sprint',
      'Ask Priya how she prepares a talk',
      'Walk through the diff for the cache layer',
    ]);
    expect(await rowTexts(present)).not.toContain('Feeling stretched thin this sprint');
    expect(await announcement(page)).toMatch(/Feeling stretched thin this sprint.*The Near Future/);
    expect(await marks(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('reorders within a pillar: dropped on the bottom half of a row, the item lands after it', async () => {
    const { page } = await open();
    const near = region(page, 'The Near Future');
    const rows = near.getByRole('listitem');
    const first = rows.filter({ hasText: 'Ask Priya how she prepares a talk' });
    const second = rows.filter({ hasText: 'Walk through the diff for the cache layer' });

    // What a text field outside the board would take from the drag: the item's text, not its badges
    // (this row shows "Next step" and "Carried over").
    await page.evaluate(() =>
      document.addEventListener('dragstart', (event) => {
        document.documentElement.dataset['dragText'] = event.dataTransfer?.getData('text/plain') ?? '';
      }),
    );

    const release = await drag(page, first, second, 0.8);
    expect(await page.evaluate(() => document.documentElement.dataset['dragText'])).toBe(
      'Ask Priya how she prepares a talk',
    );
    expect(await second.getAttribute('data-drop-edge')).toBe('bottom');
    await release();
    expect(await rowTexts(near)).toEqual([
      'Walk through the diff for the cache layer',
      'Ask Priya how she prepares a talk',
    ]);
    expect(await marks(page)).toBe(0);
  });

  it('changes nothing when an item is dropped on itself or outside the board', async () => {
    const { page } = await open();
    const present = region(page, 'The Present Moment');
    const before = await rowTexts(board(page));
    const row = present.getByRole('listitem').first();

    let release = await drag(page, row, row, 0.9);
    // Nothing is marked on the dragged row itself: it would land where it is.
    expect(await row.getAttribute('data-drop-edge')).toBeNull();
    await release();
    expect(await rowTexts(board(page))).toEqual(before);

    release = await drag(page, row, page.locator('.host-footer'), 0.5);
    expect(await marks(page)).toBe(1); // only the dragged row
    await release();
    expect(await rowTexts(board(page))).toEqual(before);
    expect(await marks(page)).toBe(0);
  });

  it('does not pick up a row whose text is being edited', async () => {
    const { page } = await open();
    const present = region(page, 'The Present Moment');
    const near = region(page, 'The Near Future');
    const shown = present.getByRole('listitem').filter({ hasText: 'Feeling stretched thin this sprint' });
    // By id: while it is edited, the row's text is in a text box, not its content.
    const row = present.locator(`[data-item-id="${await shown.getAttribute('data-item-id')}"]`);
    await row.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: /^Edit/ }).click();
    const editor = row.getByRole('textbox');
    await expect.poll(() => editor.count()).toBe(1);

    // Grabbed by its drag handle, off the text box (a text box never starts a drag of its row).
    const release = await drag(page, row, near, 0.5, 6);
    expect(await row.getAttribute('data-dragging')).toBeNull();
    await release();
    expect(await editor.count()).toBe(1);
    expect(await rowTexts(near)).not.toContain('Feeling stretched thin this sprint');
  });
});
