/**
 * A theme word from the kit's own vocabulary. Banks may use other words too: themes are plain
 * strings on {@link Question}; this type names the ones the default bank uses. What each covers:
 *
 * | theme | what it covers |
 * | --- | --- |
 * | `energy` | What gives them energy and what drains it. |
 * | `on-their-mind` | Whatever fills their thoughts this week. |
 * | `stuck` | Where they feel blocked and what has helped. |
 * | `wins` | Successes, especially ones nobody celebrated. |
 * | `wellbeing` | How they are as a person: rest, health, balance. |
 * | `stress` | Pressure and worry, and what sits under them. |
 * | `impact` | Where their work counts most in the coming months. |
 * | `biggest-difference` | The one change that would matter most now. |
 * | `team` | How the team works together and where it gets stuck. |
 * | `growth` | What they want to get better at. |
 * | `passions` | The work and topics they love. |
 * | `outside-work` | Interests and causes beyond the job. |
 * | `purpose` | What makes the work feel worthwhile. |
 * | `career-short-term` | Career steps for this year. |
 * | `career-long-term` | Where they want to be in years to come. |
 * | `skills` | Skills to build and strengths to use. |
 * | `leadership` | The leader they want to become. |
 * | `resolution` | The outcome they want and the next step they own. |
 * | `support` | What would help them, from anyone. |
 * | `manager` | Feedback on the manager. |
 *
 * @example const theme: QuestionTheme = 'wins';
 */
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

/**
 * The theme vocabulary of the default bank, in a fixed order; {@link QuestionTheme} says what each
 * covers. The descriptions live in the docs, not the bundle: a UI labels its theme filters in its
 * own words and language. Use it to offer those filters or to tag a host's own questions consistently.
 *
 * @example
 * QUESTION_THEMES.includes('stuck'); // true
 * bank.pick({ pillar: 'present', themes: [QUESTION_THEMES[3]] }); // 'wins'
 */
export const QUESTION_THEMES = /* @__PURE__ */ Object.freeze([
  'energy',
  'on-their-mind',
  'stuck',
  'wins',
  'wellbeing',
  'stress',
  'impact',
  'biggest-difference',
  'team',
  'growth',
  'passions',
  'outside-work',
  'purpose',
  'career-short-term',
  'career-long-term',
  'skills',
  'leadership',
  'resolution',
  'support',
  'manager',
] as const);
