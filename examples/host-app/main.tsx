import { createRoot } from 'react-dom/client';
import 'one-on-one-kit/styles.css';
import { toCalendarDate } from 'one-on-one-kit/core';
import { HostApp } from './app';

// The host reads the clock and its time zone once, at start-up, in the browser; the kit never does.
const today = toCalendarDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

createRoot(document.getElementById('root')!).render(<HostApp today={today} storage={window.localStorage} />);
