import { createRoot } from 'react-dom/client';
import 'one-on-one-kit/styles.css';
import { HostApp } from './app';

// The host reads the clock once, at start-up, in the browser; the kit never does.
const today = new Date().toISOString().slice(0, 10);

createRoot(document.getElementById('root')!).render(<HostApp today={today} storage={window.localStorage} />);
