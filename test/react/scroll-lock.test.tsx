import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeedbackAsk } from 'one-on-one-kit';
import { lockScroll } from '../../src/react/internal/scroll-lock';

const root = () => document.documentElement.style;

afterEach(() => {
  document.documentElement.removeAttribute('style');
});

describe('lockScroll', () => {
  // jsdom drops `!important` from inline styles; the Chromium test (test/package/csp.test.ts) checks it.
  it('hides the page overflow and restores it', () => {
    const release = lockScroll(document);
    expect(root().getPropertyValue('overflow')).toBe('hidden');
    release();
    expect(root().getPropertyValue('overflow')).toBe('');
    expect(document.documentElement.getAttribute('style')).toBe('');
  });

  it("puts back the host's own inline overflow", () => {
    root().setProperty('overflow', 'clip');
    const release = lockScroll(document);
    expect(root().getPropertyValue('overflow')).toBe('hidden');
    release();
    expect(root().getPropertyValue('overflow')).toBe('clip');
  });

  it('holds until every nested lock is released, and a release counts once', () => {
    const outer = lockScroll(document);
    const inner = lockScroll(document);
    outer();
    outer();
    expect(root().getPropertyValue('overflow')).toBe('hidden');
    inner();
    expect(root().getPropertyValue('overflow')).toBe('');
  });
});

describe('FeedbackAsk scroll lock', () => {
  it('locks page scroll while the dialog is open and writes no <style> element', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(root().getPropertyValue('overflow')).toBe('hidden');
    expect(document.querySelectorAll('style')).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(root().getPropertyValue('overflow')).toBe('');
  });
});
