import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act } from '@testing-library/react';
import { onTestFinished, vi } from 'vitest';

// React 18 warns when useLayoutEffect runs inside renderToString. Here it does only because jsdom hands
// the "server" render a document, so Radix and the kit pick useLayoutEffect; on a real server (no DOM)
// they pick useEffect, and test/package/ssr.test.ts proves that render prints nothing on React 18 or 19.
const JSDOM_SERVER_ARTEFACT = /^Warning: useLayoutEffect does nothing on the server/;

/** Every console.error and console.warn call from here to the end of the test, but that one artefact. */
export function captureConsole() {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  onTestFinished(() => {
    error.mockRestore();
    warn.mockRestore();
  });
  return () =>
    [...error.mock.calls, ...warn.mock.calls]
      .filter((call) => !(React.version.startsWith('18.') && JSDOM_SERVER_ARTEFACT.test(String(call[0]))))
      .map((call) => call.map(String).join(' '));
}

/**
 * Renders `ui` to HTML with `renderToString`, puts it in the document and hydrates it, as a server-rendered
 * page would. Returns the HTML, the container and what React printed; cleans up after the test.
 */
export async function renderOnServerAndHydrate(ui: React.ReactElement) {
  const messages = captureConsole();
  const html = renderToString(ui);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  let root: Root | undefined;
  onTestFinished(() => {
    act(() => root?.unmount());
    container.remove();
  });
  const serverText = container.textContent;
  await act(async () => {
    root = hydrateRoot(container, ui);
  });
  return { html, container, serverText, messages };
}
