import type { AntiPatternRuleSet } from './types';

// Cue lists are regex sources for whole words; `\w*` stems cover inflections (walk, walked, walking).
const r = String.raw;

// Verbs of going through a list, so "go over your tickets" and "walked me through the diff" match.
const through = r`(?:go|goes|going|went|gone|run|runs|running|ran|walk|walks|walking|walked|step|steps|stepping|stepped|read|reading|look|looking|looked)(?: \w+)? (?:over|through|thru|at)`;

/**
 * The English rules behind {@link detectAntiPatterns}: plain data, so another language is another
 * object of the same shape passed as `options.rules`.
 *
 * @example
 * detectAntiPatterns(items, { rules: { ...englishRules, frames: [...englishRules.frames, 'ambitions?'] } });
 */
export const englishRules: AntiPatternRuleSet = {
  patterns: {
    'status-update': {
      strong: [
        r`${through} (?:\w+ ){0,3}?(?:tickets?|tasks?|backlog|board|jira|issues|stories|to-?dos?|progress|status|sprint|roadmap|deliverables|milestones|okrs?|kpis?|updates|cards|prs|lists?|queue|incidents|checklist|release)`,
        r`status (?:updates?|reports?|checks?|meeting|of)|(?:progress|status|timeline|deadline|eta|delivery) (?:reports?|updates?|checks?)`,
        r`(?:what(?:'s| is)|whats) (?:the )?(?:latest|progress|left)|etas?|velocity|burn-?downs?|story points?|throughput`,
        r`(?:on|off|behind|ahead of) (?:track|schedule)`,
        r`(?:ready|done|finished|live|shipped|merged|complete|released|out)(?: for \w+)? yet`,
        r`(?:did|has|have|is|are|was|were|will) (?:the |our |your |that |this |it )?(?:[\w-]+ ){0,3}?(?:ship|shipped|land|landed|go(?:ne)? out|launch(?:ed)?|release[sd]?|merged?|done|ready|finished|complete[sd]?|live)(?: for \w+)? yet`,
        r`how many (?:[\w-]+ ){0,2}(?:did|have|has) (?:you|we|they)`,
        r`(?:where|how) (?:[\w-]+ ){0,6}?stands?|how (?:far along|close)|where (?:are|r|is) (?:we|you|things|it|this|that) (?:on|at|with)`,
        r`expected (?:delivery|completion|date|landing|finish)|delivery (?:date|for)|(?:ship|release|launch|go-live|due) dates?`,
        r`when (?:will|can|does|do|is|are|did)(?: [\w/-]+){1,6}? (?:be |to be )?(?:done|ready|finished|shipped|ship|land|merged|complete|live|released?|going out|go out|launch\w*)`,
        r`(?:\d+ ?%|percent(?:age)?) (?:done|complete)`,
        r`where (?:the|our|your|we|things) (?:[\w/-]+ ){0,4}?(?:is|are|stands?)(?=\s*[?.!]|\s*$)`,
        r`(?:progress|updates?) on|(?:timelines?|milestones?|deadlines?|estimates?|deliverables?) (?:for|on)`,
        r`what(?:'s| is) (?:slipping|late|behind|blocked)|(?:still|what(?:'s| is)(?: still)?) (?:open|outstanding|pending|left|remaining|overdue|blocked|in progress)`,
        r`(?:did|has|have|is|are|was|were) (?:the|our|that|this|it) (?:[\w-]+ ){0,3}?(?:shipped|landed|gone out|launched|released|merged|done|finished|completed?|live|passed)`,
        r`(?:hours|time) logged|timesheets?`,
        r`sprint (?:goals?|commitments?|progress|board|status|tickets)`,
        r`(?:open|remaining|outstanding|closed) (?:tickets|prs|issues|tasks|items|work)`,
        r`(?:any|the) blockers|(?:close|closed|closing) out|(?:done|finished|shipped) yet`,
        r`(?:ticket|issue|story|task|card) #?\d+`,
      ],
      weak: [
        r`(?:did|has|have|is|are|was|were) (?:the|our|that|this|it) (?:[\w-]+ ){0,3}?(?:ship|land|go out|launch|release|merge|finish|pass)`,
        r`since (?:monday|tuesday|wednesday|thursday|friday|yesterday|last \w+)|what (?:got|has been|have you|did you get|did we get) (?:done|finished|shipped|closed|merged)`,
      ],
      words:
        'update+me on+time in+progress current+state state+of give+me show+me send+me sync+on waiting+on waiting+for check+in stand+on week weekend friday monday tuesday wednesday thursday eod eow status progress update ticket task backlog sprint epic stories jira asana trello board deadline deliverable milestone blocker blocked estimate timeline roadmap scope numbers metrics stats kpi okr done finished ship shipped shipping closed merged landed launch* release rollout complete delay* late slip* behind tomorrow today overdue pending walkthrough rundown recap checklist list every queue',
      exact: [
        r`(?!Q\d|H\d|COVID|UTF|ISO|SHA|RFC|GPT|CVE)[A-Z][A-Z0-9]{1,9}-\d+`,
        r`(?<!(?:[Pp][Rr]|[Mm][Rr]|[Rr]eview) ?)#\d+`,
      ],
    },
    'technical-deep-dive': {
      strong: [
        r`stack ?traces?|(?:pr|mr|pull request|merge request|review)s? ?#?\d+|diffs?|deep[- ]?dives?|code walk-?throughs?`,
        r`review (?:the|this|that|your|my|his|her|our) (?:[\w-]+ ){0,2}?(?:prs?|pull requests?|code|diff|schema|migration|query|queries|design doc|implementation|architecture|api|config|pipeline|tests?|dag|model|notebook|figma|mockups?)`,
        r`debug(?:ging)? (?:sessions?|together)`,
        r`(?:architecture|design) (?:reviews?|debates?|discussions?|decisions?|diagrams?|choices?|docs?)|code (?:debates?|discussions?|decisions?)`,
        r`flaky (?:[\w-]+ )?tests?|(?:unit|integration|e2e|snapshot) tests?|root[- ]caus\w*`,
        r`race conditions?|memory leaks?|null ?pointers?|segfaults?|heap dumps?|flame ?graphs?|core dumps?|deadlocks?|off-by-one|n\+1(?: quer\w*)?|regex(?:es)?`,
        r`(?:line|pixel|frame|screen|step)[- ]by[- ](?:line|pixel|frame|screen|step)`,
        r`let(?:'s|s| us| me) (?:dig|debug|pair|troubleshoot|step through|fix)|help me (?:fix|debug|figure out|solve|understand why)`,
        r`schema (?:migrations?|changes?|design)|(?:sql|db|database) (?:quer\w*|schema|index\w*|migrations?)`,
        r`(?:ci|build|pipeline|deploy|tests?)s? (?:is |are |keeps |keep )?(?:fail\w*|broken|red|flak\w*)`,
        r`(?:which|what) (?:library|framework|orm|database|pattern|approach) (?:to|should)`,
        r`pair(?:ing)? (?:on|to|with me on)|figure out why`,
      ],
      weak: [
        r`${through}|take a look|p\d\d|should (?:we|i) (?:use|tune|switch|pick|choose|migrate|adopt)|vs\.|why (?:does|is|do|are) (?:the|our|this|my|it)`,
      ],
      words:
        'pull+request pull+requests check+my with+me talk+through talking+through discuss+the dig+into digging+into look+into choose+between merge+conflict merge+conflicts build builds debug* troubleshoot* refactor* fix solve tune optimi* profil* benchmark* bug glitch* crash* exception error log outage incident timeout retry leak regression bottleneck latency perf code codebase logic implementation architecture algorithm design layout api sdk endpoint webhook query sql schema migration service microservice module component function class library dependency framework config* setting values yaml pipeline ci test script job cron thread concurrency async websocket cache caching memory heap gc jvm cpu pr review database db dbt dag etl notebook pandas spark airflow kubernetes k8s helm terraform ansible docker* pod container cluster server deploy* nginx grafana datadog sentry kafka redis postgres* graphql aws s3 lambda webpack gradle xcode swift swiftui kotlin react redux css html typescript python java repo repository git branch bikeshed* tabs figma mockup wireframe prototype dashboard alert runbook rows columns table index whiteboard* crit critique versus vs together',
    },
    'stealth-performance-review': {
      sure: [
        r`(?:your|his|her|their) (?:[\w-]+ )?(?:performance|perf|output|productivity|velocity|throughput|numbers|stats|metrics|kpis|work quality|code quality|commitment|attitude|effort|reliability|results|delivery|underperformance|attendance|punctuality|conduct|behaviou?r|tone|bug count|error rate|defect rate)`,
        r`quality of (?:your|his|her|their)|below (?:expectations|the bar|par|bar|target)`,
        r`(?:not|isn't|aren't|wasn't|haven't been|hasn't been) (?:meeting|hitting|up to|good enough|at) (?:expectations|the bar|the level|standard|the standard|your level)`,
        r`underperform\w*|low performers?|performance improvement plan|stack[- ]rank\w*`,
      ],
      strong: [
        r`(?:missed|miss|missing|misses|blew|blown) (?:\w+ ){0,2}?(?:deadlines?|goals?|targets?|dates?|etas?|commitments?|slas?)`,
        r`(?:quarterly|annual|year-end|mid-year|performance|perf|q\d|h\d) ratings?|ratings? (?:discussion|conversation|talk|preview|for|this|next|last)|calibrat\w*`,
        r`(?:worse|slower|lower|weaker) than (?:the |your )?(?:team|average|others|peers|last|expected|before|everyone)`,
        r`your (?:[\w-]+ ){1,5}?(?:is|are|was|were|has|have|keeps?|needs?)(?: been| \w+)? (?:late|wrong|sloppy|slow|slower|off[\w-]*|poor|weak|bad|worse|inconsistent|missing|slipp\w*|buggy|below|behind|dropp\w*|down|low|lower|not|the (?:highest|lowest|worst)|confusing|frustrating|annoying|hurting|upsetting|a problem|an issue|concerning|unacceptable|unprofessional)`,
        r`(?:complaints?|concerns?) (?:about|with|over|from \w+ about) (?:you|your)|expectations (?:for|of) (?:you|your)`,
        r`(?:you(?:'ve| have)?|you're|you are|you were|you was) (?:been |always |often |constantly |repeatedly |consistently )?(?:late|slow|slipping|behind|below|distracted|absent|unresponsive|not delivering|underdelivering|missing|careless)`,
        r`not delivering|under-?deliver\w*|lack of (?:ownership|urgency|output|progress|initiative|focus)`,
        r`step up|(?:need|needs|have|has|got) to do better|pick up the pace|raise (?:your|the) game|up your game`,
        r`(?:you|your)(?: [\w-]+){0,4}? (?:consistently |always |often |repeatedly |constantly )?(?:off|wrong|hard to (?:reach|work with)|sent back|rejected|not (?:enough|there|good)|unreliable|late|missing|behind)`,
        r`you (?:need|have|got) to (?:be more|be less|start|stop|improve|step|get better)|(?:not )?pull(?:ing)? (?:your|their|his|her) weight`,
        r`(?:said|says|told me|mentioned|complained) (?:that )?you|(?:you|you've|you have) (?:missed|failed|forgot|dropped|ignored|skipped)`,
        r`expected (?:more|better) (?:from|of) you|(?:second|third|fourth|\d+(?:st|nd|rd|th)) time`,
        r`needs? (?:to )?improv\w*|needs to (?:go up|be higher|be better|change)|not good enough`,
        r`(?:not happy|unhappy|disappointed|frustrated) (?:with|in|about|by) (?:how )?(?:you|your)`,
        r`(?:performance|perf) (?:concerns?|issues?|problems?|gaps?|conversations?|scores?|plans?)|concern(?:s|ed)? (?:about|with|over) (?:you|your)`,
        r`why (?:didn't|doesn't|isn't|aren't|wasn't|weren't|haven't|hasn't|don't) (?:you|your)`,
        r`(?:final |written )?warnings?|(?:too many|so many) (?:bugs|mistakes|errors|incidents)`,
      ],
      weak: [
        r`(?:heard|feedback) (?:from \w+ )?that you|(?:at|for) your level|(?:how )?you handled`,
        r`why (?:did|didn't|does|doesn't|is|isn't|are|aren't|was|wasn't|were|weren't|have|haven't|has|hasn't|do|don't) (?:you|your)`,
        r`(?:two|three|four|\d+|second|third) (?:tries|attempts|times?)|(?:for|this|the) (?:year|quarter|half|cycle)`,
      ],
      words:
        'code+quality work+quality quality+bar the+bar too+often take+you took+you your+level tracking+against compared+to people+say stakeholders+say performance perf rating score review output productivity expectations deadline drop* declin* slip* slow* late behind worse low lower poor highest lowest worst wrong mistake sloppy careless again always keep disappoint* accountab* judg* evaluat* assess* hr error issue',
      exact: [r`PIPs?`],
    },
  },
  frames: [
    r`learn\w*|grow(?:s|ing|n)? (?:into|as|in|my)|(?<!your |user |revenue )growth|(?<!your )career|aspir\w*|promotion|promo`,
    r`get(?:ting)? better at|improv(?:e|ing) (?:my|at|how i)|develop(?:ing)? my|(?:mentor|coach|teach)\w*`,
    r`feedback (?:on|about|for) (?:my|how i)|(?:my|own) (?:style|goals?|skills?|strengths?)`,
    r`(?:want|wants|wanted|like|love|hope|hoping) to (?:become|be|try|explore|lead|own|move|learn|grow|get better|understand|get into|speak|present|write|build)`,
    r`interested in|exposure to|opportunit\w*|curious|excited|passion\w*|dream|would love|enjoy\w*|proud|fun|kudos|celebrat\w*|shout-?outs?|wins?`,
    r`stress\w*|worr\w*|anxi\w*|overwhelm\w*|nervous|scared|afraid|burn(?:ed|t)? ?out|burnout|exhaust\w*|tired|drained|frustrat\w*|imposter|bored|motivat\w*|energy|confiden\w*|feel\w*|felt|wellbeing|well-being|as your manager`,
    r`(?:tech|team) lead|staff engineer|architect role|manager track|ic track|side project|conference|course|book|skills?`,
  ],
  negations: [
    r`not|no|never|without|instead of|rather than|skip(?:ping)?|avoid(?:ing)?|less|beyond|other than|away from|stop(?:ping)?|(?:do|does|did|is|are|was|were|have|has|wo|ca|could|should|would)n'?t`,
  ],
  fillers: [
    r`a|an|the|just|another|more|any|our|my|your|usual|weekly|so|much|about|into|over|some|big|long|full|formal|boring|want|to|be|become|turn|make|this|it|do|have|talk|talking|hold|let's|lets|of|always`,
  ],
  breaks: r`[.!?;]+(?=\s|$)|[!?;\n•|]|\s(?:but|however|although|though|whereas|also|plus|then)\s|\s[-–—+&]\s|,\s*(?:but|and|also|then)\s`,
  suggestions: {
    'status-update':
      'Move ticket and progress updates to standup or the board, and use this time for them: ask what is taking most of their energy this week, or where they feel stuck.',
    'technical-deep-dive':
      'Book a separate pairing or design session for the problem itself. Here, ask what they are learning from it and what support would help them solve it their way.',
    'stealth-performance-review':
      'Keep evaluation for the performance review, said openly. Here, ask what is getting in their way, what support they need, and what resolution they want.',
  },
};
