import { deepFreeze } from '../freeze';
import type { AntiPatternRuleSet } from './types';
import { englishWeights } from './weights-en';

/**
 * The English rules behind {@link detectAntiPatterns}: plain data, so another language is another
 * object of the same shape passed as `options.rules`. The classes and phrases name what people point
 * at across jobs (walking through a list, a verdict on "you", what others said about "you", a
 * negation); how much each word, class and phrase weighs for each pattern is fitted (`englishWeights`).
 *
 * @example
 * detectAntiPatterns(items, { rules: { ...englishRules, negations: `${englishRules.negations}, nothing about` } });
 */
export const englishRules: AntiPatternRuleSet = /* @__PURE__ */ deepFreeze({
  words: {
    aliases:
      'thru=through w/=with w/o=without b/c=because bc=because cuz=because u=you ur=your pls=please plz=please ppl=people wk=week wks=week yr=year yrs=year hr=hour hrs=hour tmrw=tomorrow tmr=tomorrow convo=conversation',
    endings: 'ing ed es s',
    stemLength: 7,
  },
  classes: {
    // Walking through a list or a file together: "go over", "walk me thru".
    walk: 'go goes went going walk run ran step talk read',
    // A verdict on someone's work or conduct.
    verdict:
      'missed slow late sloppy poor weak bad worse worst wrong careless inconsistent behind below lacking messy rushed unreliable unacceptable unprofessional disappointing concerning unprepared disorganised disorganized defensive dismissive rude harsh lazy',
    you: 'you your yourself youre youve',
    // Hearing what someone said about the person.
    told: 'said told mentioned noticed complained raised flagged reckons says heard',
  },
  phrases: {
    'walk-through': '@walk [me|us|you] over|through',
    'one-by-one':
      'one|item|line|ticket|case|page|step|clause|row by one|item|line|ticket|case|page|step|clause|row',
    'where-at': 'where are|is we|you|things|it on|with|at',
    'update-on': 'update|updates|progress|news|status on|for, any update|updates|progress|news|movement',
    'you-verdict': '@you [*] [*] @verdict',
    'said-you': '@told [me|us] [that] you|your',
    'how-are-you': 'how are|is you|things, holding up',
    'want-to': 'i want|like|love|hope to',
  },
  negations:
    "not, no, never, without, don't, doesn't, didn't, isn't, aren't, wasn't, won't, can't, haven't, hasn't, instead of, rather than, other than, away from, skip, avoid, less",
  reach: 2,
  fillers: 'a an the this that it to be become want just another any our my your some',
  breaks: 'but however although though whereas also plus then',
  weights: englishWeights,
  suggestions: {
    'status-update':
      'Move ticket and progress updates to standup or the board, and use this time for them: ask what is taking most of their energy this week, or where they feel stuck.',
    'technical-deep-dive':
      'Book a separate pairing or design session for the problem itself. Here, ask what they are learning from it and what support would help them solve it their way.',
    'stealth-performance-review':
      'Keep evaluation for the performance review, said openly. Here, ask what is getting in their way, what support they need, and what resolution they want.',
  },
});
