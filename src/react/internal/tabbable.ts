const TABBABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]',
  '[contenteditable="true"]',
].join(',');

function isTabbable(element: HTMLElement) {
  if (element.tabIndex < 0 || element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  // Browsers also know what CSS hides; jsdom has no layout, so it skips this check.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/**
 * The control Tab would reach after `element` (outside it), or the one before it when nothing
 * follows: where focus should go when `element` is about to disappear with focus inside it.
 */
export function tabbableBeside(element: HTMLElement): HTMLElement | null {
  const candidates = Array.from(element.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (candidate) => !element.contains(candidate) && isTabbable(candidate),
  );
  const follows = (candidate: HTMLElement) =>
    (element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return candidates.find(follows) ?? candidates.filter((candidate) => !follows(candidate)).at(-1) ?? null;
}
