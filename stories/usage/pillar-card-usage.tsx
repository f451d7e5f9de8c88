import { PillarCard } from 'one-on-one-kit';
import { createQuestionBank, defaultQuestions, nextFocus, type MeetingRecord } from 'one-on-one-kit/core';

const bank = createQuestionBank(defaultQuestions);
const history: MeetingRecord[] = [
  { date: '2026-09-07', focus: 'horizon' },
  { date: '2026-09-21', focus: 'near-future' },
  { date: '2026-10-12', focus: 'present' },
];

export function PillarCardUsage() {
  // "Today" comes from the host, never from the clock inside the kit.
  const decision = nextFocus(history, '2026-10-19');
  return <PillarCard decision={decision} questionBank={bank} seed="2026-10-19" questionCount={2} />;
}
