/**
 * A theme word from the kit's own vocabulary. Banks may use other words too: themes are plain
 * strings on {@link Question}, this list only names the ones the default bank uses.
 * @example const theme: QuestionTheme = 'wins';
 */
export type QuestionTheme =
  | 'energy'
  | 'on-their-mind'
  | 'stuck'
  | 'wins'
  | 'wellbeing'
  | 'stress'
  | 'impact'
  | 'biggest-difference'
  | 'team'
  | 'growth'
  | 'passions'
  | 'outside-work'
  | 'purpose'
  | 'career-short-term'
  | 'career-long-term'
  | 'skills'
  | 'leadership'
  | 'resolution'
  | 'support'
  | 'manager';

/**
 * The theme vocabulary of the default bank, each with one line on what it covers. Use it to offer
 * theme filters in a UI or to tag a host's own questions consistently.
 *
 * @example
 * Object.keys(QUESTION_THEMES); // ['energy', 'on-their-mind', 'stuck', …]
 * QUESTION_THEMES.stuck; // 'Where they feel blocked and what has helped.'
 */
export const QUESTION_THEMES: Readonly<Record<QuestionTheme, string>> = {
  energy: 'What gives them energy and what drains it.',
  'on-their-mind': 'Whatever fills their thoughts this week.',
  stuck: 'Where they feel blocked and what has helped.',
  wins: 'Successes, especially ones nobody celebrated.',
  wellbeing: 'How they are as a person: rest, health, balance.',
  stress: 'Pressure and worry, and what sits under them.',
  impact: 'Where their work counts most in the coming months.',
  'biggest-difference': 'The one change that would matter most now.',
  team: 'How the team works together and where it gets stuck.',
  growth: 'What they want to get better at.',
  passions: 'The work and topics they love.',
  'outside-work': 'Interests and causes beyond the job.',
  purpose: 'What makes the work feel worthwhile.',
  'career-short-term': 'Career steps for this year.',
  'career-long-term': 'Where they want to be in years to come.',
  skills: 'Skills to build and strengths to use.',
  leadership: 'The leader they want to become.',
  resolution: 'The outcome they want and the next step they own.',
  support: 'What would help them, from anyone.',
  manager: 'Feedback on the manager.',
};
