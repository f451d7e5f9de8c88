import * as React from 'react';

/*
 * Page scroll lock for modal dialogs, written through the CSSOM (`element.style`) only. A strict
 * Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline', no nonce) blocks `<style>`
 * elements and `style` attributes but allows the CSSOM, so this lock needs nothing from the host.
 */

interface DocumentLock {
  count: number;
  release: () => void;
}

// One lock per document, counted, so nested or overlapping dialogs release it only when the last closes.
const locks = new WeakMap<Document, DocumentLock>();

function setStyle(element: HTMLElement, property: string, value: string) {
  const previous = [
    element.style.getPropertyValue(property),
    element.style.getPropertyPriority(property),
  ] as const;
  // `important` so a host's `html { overflow: auto !important }` cannot reopen scrolling behind the dialog.
  element.style.setProperty(property, value, 'important');
  return () => {
    if (previous[0] === '') element.style.removeProperty(property);
    else element.style.setProperty(property, previous[0], previous[1]);
  };
}

function applyLock(document: Document) {
  const root = document.documentElement;
  const view = document.defaultView;
  // A classic scrollbar takes width from the viewport: once it is hidden the page would shift sideways,
  // so its space stays reserved (neither the page nor its fixed elements move) unless the host chose a gutter.
  const keepGutter =
    view !== null &&
    root.clientWidth > 0 &&
    view.innerWidth > root.clientWidth &&
    view.getComputedStyle(root).getPropertyValue('scrollbar-gutter') === 'auto';
  const restores = [
    setStyle(root, 'overflow', 'hidden'),
    ...(keepGutter ? [setStyle(root, 'scrollbar-gutter', 'stable')] : []),
  ];
  return () => {
    for (const restore of restores.reverse()) restore();
  };
}

/**
 * Locks scrolling of `document`'s page until the returned function is called. Locks nest: the page
 * scrolls again when every lock taken has been released, and each release works only once.
 */
export function lockScroll(document: Document): () => void {
  const existing = locks.get(document);
  if (existing) existing.count += 1;
  else locks.set(document, { count: 1, release: applyLock(document) });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const lock = locks.get(document);
    if (!lock) return;
    lock.count -= 1;
    if (lock.count === 0) {
      locks.delete(document);
      lock.release();
    }
  };
}

/**
 * Locks page scroll while the element given the returned ref is mounted (in that element's document).
 */
export function useScrollLock<T extends Element>(): (node: T | null) => void {
  const [node, setNode] = React.useState<T | null>(null);
  React.useEffect(() => (node ? lockScroll(node.ownerDocument) : undefined), [node]);
  return setNode;
}
