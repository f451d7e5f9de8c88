// Hydrates the server-rendered page in the browser; recoverable errors (hydration mismatches) are kept for the test.
import { hydrateRoot } from 'react-dom/client';
import { EmbedApp } from './app';

const errors: string[] = [];
Object.assign(window, { __ookErrors: errors });
hydrateRoot(document.getElementById('app')!, <EmbedApp />, {
  onRecoverableError: (error) => errors.push(String(error)),
});
