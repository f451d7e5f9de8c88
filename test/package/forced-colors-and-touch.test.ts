import type { Page } from 'playwright-core';
import { useEmbedSession, WHITE_HOST_CSS } from './embed/embed-page';

// The built kit on a host page in Chromium, as three groups of people meet it: with Windows-style forced
// colours (the system's few colours, no backgrounds, no shadows), on a 375 px touch screen, and on a
// right-to-left page.
const embed = useEmbedSession();
/** A page with no policy, where screenshots are decoded into pixels. */
let scratch: Page;

beforeAll(async () => {
  scratch = await embed.browser.newPage();
});

interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/** Decodes PNG screenshots to RGBA pixels, in a page of its own (the embed page's policy forbids data: URLs). */
function decode(...pngs: Buffer[]): Promise<Pixels[]> {
  return scratch.evaluate(
    async (sources) => {
      return Promise.all(
        sources.map(async (source) => {
          const image = new Image();
          image.src = `data:image/png;base64,${source}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, image.width, image.height);
          return { width: image.width, height: image.height, data: Array.from(data) };
        }),
      );
    },
    pngs.map((png) => png.toString('base64')),
  );
}

const differs = (a: Pixels, b: Pixels, at: number) =>
  Math.abs(a.data[at]! - b.data[at]!) +
    Math.abs(a.data[at + 1]! - b.data[at + 1]!) +
    Math.abs(a.data[at + 2]! - b.data[at + 2]!) >
  60;

/** Which pixels differ from the image's top-left pixel (the background around a shape). */
function mask(image: Pixels): boolean[] {
  const d = image.data;
  const out: boolean[] = [];
  for (let at = 0; at < d.length; at += 4) {
    out.push(Math.abs(d[at]! - d[0]!) + Math.abs(d[at + 1]! - d[1]!) + Math.abs(d[at + 2]! - d[2]!) > 60);
  }
  return out;
}

/** Screenshots of each element `selector` matches, decoded. */
async function pixelsOf(page: Page, selector: string): Promise<Pixels[]> {
  const pngs: Buffer[] = [];
  for (const element of await page.locator(selector).all()) pngs.push(await element.screenshot());
  return decode(...pngs);
}

async function shot(page: Page, box: { x: number; y: number; width: number; height: number }, pad = 0) {
  return page.screenshot({
    clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad },
  });
}

describe('forced colours', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await embed.open({
      theme: 'light',
      hostCss: WHITE_HOST_CSS,
      order: 'kit-first',
      context: { forcedColors: 'active' },
    }));
    // The host's fixed scroll box sits over the page's bottom corner; these checks look at the kit alone.
    await page.evaluate(() => document.querySelector('.host-scroller')?.remove());
    await page.mouse.move(0, 0);
  }, 60_000);

  it('is what the page gets', async () => {
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  });

  it('keeps each pillar apart by the shape before its name and the style of its top edge', async () => {
    const columns = await page.$$eval(
      '[data-slot="agenda-board-column"]:not([data-pillar="unsorted"])',
      (elements) =>
        elements.map((column) => {
          const style = getComputedStyle(column);
          return {
            pillar: (column as HTMLElement).dataset['pillar'],
            edge: `${style.borderTopStyle} ${style.borderTopWidth}`,
          };
        }),
    );
    expect(columns.map((column) => column.pillar)).toEqual(['present', 'near-future', 'horizon']);
    expect(new Set(columns.map((column) => column.edge)).size).toBe(3);

    // The shapes are painted (forced colours drop backgrounds unless told not to) and differ pixel by pixel.
    const glyphs = await page
      .locator('[data-slot="agenda-board-column"]:not([data-pillar="unsorted"]) .ook-pillar-glyph')
      .all();
    const pngs: Buffer[] = [];
    for (const glyph of glyphs) {
      await glyph.scrollIntoViewIfNeeded();
      pngs.push(await glyph.screenshot());
    }
    const images = await decode(...pngs);
    const masks = images.map(mask);
    for (const [index, filled] of masks.entries()) {
      const share = filled.filter(Boolean).length / filled.length;
      expect(share, `${columns[index]!.pillar}'s shape is drawn`).toBeGreaterThan(0.3);
    }
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ] as const) {
      const apart = masks[a]!.filter((filled, at) => filled !== masks[b]![at]).length / masks[a]!.length;
      expect(apart, `${columns[a]!.pillar} and ${columns[b]!.pillar} look different`).toBeGreaterThan(0.1);
    }
  });

  it('draws the pillar shape on every card too, and beside the takeaways from an informing pillar', async () => {
    const images = await pixelsOf(page, '[data-slot="pillar-card"] .ook-pillar-glyph');
    // Three titles, and the Near Future card's takeaways from The Horizon.
    expect(images).toHaveLength(4);
    for (const image of images) {
      expect(mask(image).filter(Boolean).length / (image.width * image.height)).toBeGreaterThan(0.3);
    }
  });

  it('draws the icons: a row flag’s warning sign and chevron (stylesheet-drawn) and every SVG icon', async () => {
    const flag = page.locator('.ook-agenda-board-item__flag').first();
    await flag.scrollIntoViewIfNeeded();
    const box = (await flag.boundingBox())!;
    const middle = box.y + box.height / 2;
    // Inside the padding, clear of the button's border: the sign at the start, the chevron at the end.
    const [sign, chevron] = await decode(
      await shot(page, { x: box.x + 7, y: middle - 9, width: 18, height: 18 }),
      await shot(page, { x: box.x + box.width - 20, y: middle - 7, width: 16, height: 14 }),
    );
    const share = (image: Pixels) => mask(image).filter(Boolean).length / (image.width * image.height);
    expect(share(sign!), 'the warning sign is painted').toBeGreaterThan(0.25);
    expect(share(chevron!), 'the chevron is painted').toBeGreaterThan(0.05);

    const icons = await pixelsOf(page, '#app svg.ook-icon >> visible=true');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) expect(share(icon)).toBeGreaterThan(0.1);
  });

  it('paints the lifecycle parts in system colours: the chosen review answer, the signal light, the timeline', async () => {
    const { system, seen } = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.forcedColorAdjust = 'none';
      const colour = (keyword: string) => {
        probe.style.backgroundColor = keyword;
        return getComputedStyle(probe).backgroundColor;
      };
      const system = {
        Canvas: colour('Canvas'),
        CanvasText: colour('CanvasText'),
        Highlight: colour('Highlight'),
        HighlightText: colour('HighlightText'),
      };
      probe.remove();
      const style = (selector: string, pseudo?: string) =>
        getComputedStyle(document.querySelector(selector)!, pseudo);
      const chosen = '[data-slot="agenda-board-review"] .ook-agenda-board-review__choice:has(:checked)';
      const timeline = '[data-slot="cadence-timeline"]';
      return {
        system,
        seen: {
          chosenAnswer: style(chosen).backgroundColor,
          chosenWords: style(chosen).color,
          signalLight: style('[data-slot="meeting-signals-heading"]', '::before').backgroundColor,
          heldMeeting: style(`${timeline} .ook-cadence-timeline__meeting[data-state="held"]`).fill,
          plannedMeeting: style(`${timeline} .ook-cadence-timeline__meeting[data-state="planned"]`).fill,
          balanceFill: style(`${timeline} .ook-cadence-timeline__balance-fill`).fill,
          balanceTrack: style(`${timeline} .ook-cadence-timeline__balance-track`).fill,
          laneLabel: style(`${timeline} .ook-cadence-timeline__lane-label`).fill,
        },
      };
    });
    expect(system.Highlight).not.toBe(system.Canvas);
    expect(seen).toEqual({
      chosenAnswer: system.Highlight,
      chosenWords: system.HighlightText,
      signalLight: system.CanvasText,
      heldMeeting: system.CanvasText,
      plannedMeeting: system.Canvas,
      balanceFill: system.CanvasText,
      balanceTrack: system.Canvas,
      laneLabel: system.CanvasText,
    });
  });

  it('shows a focus ring on every control Tab reaches in the kit', async () => {
    await page.locator('#host-button').focus();
    const seen: string[] = [];
    const faint: string[] = [];
    for (let step = 0; step < 80; step += 1) {
      await page.keyboard.press('Tab');
      const target = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || !document.getElementById('app')!.contains(element)) return null;
        element.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
        return {
          box: { x, y, width, height },
          name: `${element.tagName.toLowerCase()} “${name.slice(0, 40)}”`,
        };
      });
      if (target === null) break;
      seen.push(target.name);
      const focused = await shot(page, target.box, 6);
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        element.dataset['ringProbe'] = '';
        element.blur();
      });
      const resting = await shot(page, target.box, 6);
      // Back where Tab left it, so the next Tab goes on from there.
      await page.evaluate(() => {
        const element = document.querySelector<HTMLElement>('[data-ring-probe]')!;
        delete element.dataset['ringProbe'];
        element.focus();
      });
      const [a, b] = await decode(focused, resting);
      let changed = 0;
      for (let at = 0; at < a!.data.length; at += 4) if (differs(a!, b!, at)) changed += 1;
      // At least a one-pixel line all the way round the control.
      if (changed < 2 * (target.box.width + target.box.height)) faint.push(`${target.name}: ${changed} px`);
    }
    expect(seen.length).toBeGreaterThanOrEqual(15);
    expect(faint).toEqual([]);
  });
});

describe('a 375 px touch screen', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await embed.open({
      theme: 'light',
      hostCss: WHITE_HOST_CSS,
      order: 'kit-first',
      context: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
    }));
    await page.evaluate(() => document.querySelector('.host-scroller')?.remove());
  }, 60_000);

  it('is a coarse pointer at 375 CSS px', async () => {
    expect(await page.evaluate(() => [innerWidth, matchMedia('(pointer: coarse)').matches])).toEqual([
      375,
      true,
    ]);
  });

  /** Every target in the kit, measured: a checkbox by the label it sits in if any, the rest by their own box. */
  function measureTargets() {
    return page.evaluate(() => {
      const kit =
        '[data-slot="agenda-board"], [data-slot="pillar-card"], [data-slot="anti-pattern-banner"], [data-slot="feedback-ask"], [data-slot="meeting-signals"], [data-slot="cadence-timeline"], [role="dialog"], [role="menu"]';
      const controls = [
        ...document.querySelectorAll<HTMLElement>('button, input, textarea, summary, [role="menuitem"]'),
      ].filter((element) => element.closest(kit) && element.checkVisibility());
      return controls.map((control) => {
        const target = control.matches('input[type="checkbox"]')
          ? (control.closest('label') ?? control)
          : control;
        const { width, height } = target.getBoundingClientRect();
        const row = control.closest('[data-slot="agenda-board-item"]');
        return {
          name: `${control.tagName.toLowerCase()} “${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}”`,
          width: Math.round(width * 10) / 10,
          height: Math.round(height * 10) / 10,
          // A row's checkbox and actions button, and a menu's items, promise a finger's 44 px.
          touch:
            (row !== null && target.matches('input[type="checkbox"], .ook-agenda-board-item__menu-button')) ||
            control.matches('[role="menuitem"]'),
        };
      });
    });
  }

  it('makes every target at least 24 px, and a row’s checkbox, actions and menu items 44 px', async () => {
    const targets = await measureTargets();
    expect(targets.length).toBeGreaterThanOrEqual(15);
    expect(targets.filter((target) => target.width < 24 || target.height < 24)).toEqual([]);
    expect(targets.filter((target) => target.touch && (target.width < 44 || target.height < 44))).toEqual([]);
    expect(targets.filter((target) => target.touch).length).toBeGreaterThanOrEqual(8);
  });

  it('draws each row’s drag handle level with its checkbox, however tall the target', async () => {
    const offsets = await page.evaluate(() =>
      [...document.querySelectorAll('[data-slot="agenda-board-item"]')].map((row) => {
        const handle = getComputedStyle(row, '::before');
        const rowStyle = getComputedStyle(row);
        const handleMiddle =
          row.getBoundingClientRect().top +
          parseFloat(rowStyle.borderTopWidth) +
          parseFloat(rowStyle.paddingTop) +
          parseFloat(handle.marginTop) +
          parseFloat(handle.height) / 2;
        const box = row.querySelector('.ook-checkbox')!.getBoundingClientRect();
        return Math.abs(handleMiddle - (box.top + box.height / 2));
      }),
    );
    expect(offsets.length).toBeGreaterThanOrEqual(4);
    expect(offsets.filter((offset) => offset > 1)).toEqual([]);
  });

  it('reaches a row’s actions with a tap, without ticking the item; only the checkbox ticks it', async () => {
    const board = page.locator('[data-slot="agenda-board"]');
    const checkbox = board.getByRole('checkbox', { name: 'Feeling stretched thin this sprint' });
    const row = board
      .locator('[data-slot="agenda-board-item"]')
      .filter({ has: page.getByRole('checkbox', { name: 'Feeling stretched thin this sprint' }) });
    await row.getByText('Feeling stretched thin this sprint').tap();
    expect(await checkbox.isChecked()).toBe(false);

    await row.getByRole('button', { name: 'Actions for “Feeling stretched thin this sprint”' }).tap();
    const menu = page.getByRole('menu', { name: 'Actions for “Feeling stretched thin this sprint”' });
    await menu.waitFor();
    const inMenu = (await measureTargets()).filter(
      (target) =>
        target.name.startsWith('button “Move') ||
        target.name.includes('Edit') ||
        target.name.includes('Remove'),
    );
    expect(inMenu.length).toBeGreaterThanOrEqual(4);
    expect(inMenu.filter((target) => target.height < 44)).toEqual([]);
    // The menu fits the screen.
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);

    await menu
      .getByRole('menuitem', { name: 'Move “Feeling stretched thin this sprint” to The Horizon' })
      .tap();
    const horizon = board.getByRole('region', { name: 'The Horizon' });
    await horizon.getByRole('checkbox', { name: 'Feeling stretched thin this sprint' }).waitFor();
    expect(
      await horizon.getByRole('checkbox', { name: 'Feeling stretched thin this sprint' }).isChecked(),
    ).toBe(false);

    // The whole 44 px box is the target: a tap near its corner, outside the drawn 20 px box, ticks it.
    const moved = horizon.getByRole('checkbox', { name: 'Feeling stretched thin this sprint' });
    const target = (await moved.boundingBox())!;
    expect([target.width, target.height]).toEqual([44, 44]);
    await moved.tap({ position: { x: 4, y: target.height - 4 } });
    expect(await moved.isChecked()).toBe(true);
  });

  for (const width of [375, 320]) {
    it(`holds its layout at ${width} px: no sideways scroll, no word broken, badges and Dismiss in place`, async () => {
      await page.setViewportSize({ width, height: 812 });
      const layout = await page.evaluate(() => {
        const brokenWords: string[] = [];
        for (const title of document.querySelectorAll(
          '.ook-pillar-card__title, .ook-agenda-board-column__title',
        )) {
          const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent!.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
                brokenWords.push(match[0]);
            }
          }
        }
        const outside = [...document.querySelectorAll('.ook-badge')].filter((badge) => {
          const card = badge.closest(
            '[data-slot="pillar-card"], [data-slot="agenda-board-column"], [data-slot="agenda-board-review"]',
          )!;
          const a = badge.getBoundingClientRect();
          const b = card.getBoundingClientRect();
          return a.left < b.left || a.right > b.right;
        }).length;
        const squeezed = [...document.querySelectorAll('[data-slot="anti-pattern-banner-finding"]')].filter(
          (finding) => {
            const body = finding.querySelector('.ook-anti-pattern-banner__body')!.getBoundingClientRect();
            const dismiss = finding
              .querySelector('[data-slot="anti-pattern-banner-dismiss"]')!
              .getBoundingClientRect();
            // Dismiss sits under the words, or beside words that still have room.
            return !(dismiss.top >= body.bottom - 1 || body.width >= 200);
          },
        ).length;
        return {
          overflow: document.documentElement.scrollWidth - innerWidth,
          brokenWords,
          outside,
          squeezed,
        };
      });
      expect(layout).toEqual({ overflow: 0, brokenWords: [], outside: 0, squeezed: 0 });
    });
  }
});

describe('a right-to-left page', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await embed.open({ theme: 'light', hostCss: WHITE_HOST_CSS, order: 'kit-first' }));
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
  }, 60_000);

  it('runs the cadence timeline from the right, its lane labels inside the chart and reading forwards', async () => {
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('[data-slot="cadence-timeline"] .ook-cadence-timeline__svg')!;
      const box = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('.ook-cadence-timeline__lane-label')].map((label) => {
        const { left, right } = label.getBoundingClientRect();
        // A label reads forwards when its first letter is further right than its last.
        const range = document.createRange();
        range.setStart(label.firstChild!, 0);
        range.setEnd(label.firstChild!, 1);
        const first = range.getBoundingClientRect().left;
        range.setStart(label.firstChild!, label.textContent!.length - 1);
        range.setEnd(label.firstChild!, label.textContent!.length);
        const last = range.getBoundingClientRect().left;
        return {
          inside: left >= box.left - 1 && right <= box.right + 1,
          endsAtStartEdge: right > box.right - 4,
          forwards: first < last,
        };
      });
      const centre = (element: Element) => {
        const { left, width } = element.getBoundingClientRect();
        return left + width / 2;
      };
      const held = [...svg.querySelectorAll('.ook-cadence-timeline__meeting[data-state="held"]')].map(centre);
      const planned = [...svg.querySelectorAll('.ook-cadence-timeline__meeting[data-state="planned"]')].map(
        centre,
      );
      return { labels, heldRightOfPlanned: Math.min(...held) > Math.max(...planned) };
    });
    expect(chart.labels).toHaveLength(4);
    // Reading forwards: the glyphs are not mirrored (the first letter of a Latin title stays on its left).
    expect(chart.labels.every((label) => label.inside && label.endsAtStartEdge && label.forwards)).toBe(true);
    expect(chart.heldRightOfPlanned).toBe(true);
  });
});
