// Run after `npm run build`: node examples/readme/calendar.mjs (writes sam.ics where it runs)
import { writeFileSync } from 'node:fs';
import { planCadence, planToICalendar } from 'one-on-one-kit/core';

const history = [
  { date: '2026-10-05', focus: 'present' },
  { date: '2026-10-12', focus: 'horizon' },
  { date: '2026-10-19', focus: 'present' },
  { date: '2026-11-02', focus: 'near-future' },
];

// Eight weekly 1:1s from Monday, each with its focus and the reason for it.
const plan = planCadence(history, { from: '2026-11-23', count: 8 });

// 09:30 in Berlin every week, before and after the clocks change; the same plan gives the same file.
const calendar = planToICalendar(plan, {
  title: '1:1 with Sam',
  startTime: '09:30',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
  uidDomain: 'example.com',
});
writeFileSync('sam.ics', calendar); // import it into Google Calendar, Outlook or Apple Calendar

const firstEvent = calendar.split('\r\n').slice(5, 11);
console.log(firstEvent.join('\n'));
// BEGIN:VEVENT
// UID:one-on-one-20261123-904e3660@example.com
// DTSTAMP:20261123T000000Z
// DTSTART:20261123T083000Z
// DTEND:20261123T090000Z
// SUMMARY:1:1 with Sam: The Horizon
