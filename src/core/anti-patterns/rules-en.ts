import { deepFreeze } from '../freeze';
import { englishLexicon } from './lexicon-en';
import type { AntiPatternRuleSet } from './types';

// Built inside one function called with a pure annotation: the shared pieces are joined with `+`,
// which a bundler cannot prove harmless at module level, so this keeps the rules out of any bundle
// that does not use detection. Cues are built from a few shared ideas rather than sentences:
// who is judged (you/your + a verdict), what state a work item is in, which artifact is opened together.

function buildEnglishRules(): AntiPatternRuleSet {
  // Verbs of walking a list or a file together: "go over", "walked me through", "read thru".
  const THROUGH =
    '(?:(?:go|goes|going|went|run|runs|running|ran|walk|walks|walking|walked|step|stepping|read|reading|talk|talking)(?: me| you| us| it| them)? (?:over|through|thru)|run(?:ning)? ?down(?: of)?)';

  // Work items whose state a status update reports.
  const WORK =
    '(?:tickets?|tasks?|backlog|board|jira|issues|stories|epics?|to-?dos?|progress|status|sprint|roadmap|deliverables|milestones|okrs?|kpis?|updates|cards|prs|lists?|queue|incidents|checklist|escalations|deals?|pipeline|numbers|forecasts?|figures|metrics|action items|items|what (?:you|we|got|is|was|has|shipped|closed))';

  // The state a work item reaches: "done", "shipped", "through QA", "in prod".
  const STATE =
    '(?:done|ready|finish(?:ed)?|ship(?:ped)?|complete[sd]?|live|merged?|sent|scheduled|finali[sz]ed|approved|signed off|closed|resolved|fixed|land(?:ed)?(?! (?:for|with) )|launch(?:ed)?|release[sd]?|deliver(?:ed)?|through qa|in prod|(?:go|gone|going) (?:out|live)|submitted|published|wrapped up|cleared|sorted|signed|kicked off|filed|underway|started|deployed|rolled out|handed (?:off|over)|out the door|(?:gone|go|went|sent) back)';

  // Things a deep dive opens and reads together: code, data, infrastructure, designs, spreadsheets.
  const ARTIFACT =
    '(?:code|codebase|diffs?|prs?|pull requests?|commits?|branch\\w*|quer(?:y|ies)|sql|schemas?|configs?|configuration|yaml|logs?|traces?|dashboards?|notebooks?|scripts?|(?<!(?:deal|sales|hiring|candidate|recruiting) )pipelines?|dags?|models?|features?|figma|mockups?|wireframes?|prototypes?|components?|frames?|screens?|flows?|layouts?|designs?|specs?|modules?|charts?|rules?|formulas?|spreadsheets?|sheets?|macros?|automations?|apis?|endpoints?|migrations?|tests?|polic(?:y|ies)|records|settings|alerts?|alerting|explores?|joins?|tables?|functions?|handlers?|services?|implementation|approach|mappings?|feeds?|payloads?|parsers?|test plans?|architecture|infra\\w*|terraform|helm|k8s|clusters?|pods?|containers?|builds?|ci|jobs?|bugs?|errors?|latency|memory|cach(?:e|ing)|index(?:es)?|dns|certs?|iam|algorithms?|logic|library|framework|stack)';

  // Verbs that open an artifact or work on a problem.
  const INSPECT =
    '(?:review|check(?! for| in| on| out| with)|look(?:ing)? (?:at|into|over)|pull(?:ing)? up|trac(?:e|ing)|dig(?:ging)? into|crit(?:ique)?|audit|debug\\w*|troubleshoot\\w*|fix(?:ing)?|refactor\\w*|optimi[sz]\\w*|profil\\w*|tune|pair(?:ing)? on|whiteboard\\w*|sanity[- ]check|sketch\\w*(?: out)?|map(?:ping)? out|' +
    THROUGH +
    ')';

  // A verdict on someone's work or conduct.
  const VERDICT =
    "(?:missed|slowed|slowing|needed (?:\\w+ )?(?:edits|rework|fixes|changes|rewrites|cleanup)|harsh|abrasive|combative|aggressive|abrupt|curt|condescending|come across (?:as )?(?:harsh|rude|abrasive|negative|dismissive|defensive|cold)|br(?:oke|eak(?:s|ing)?)(?! (?:down|into|out|through|even))|(?:took|taking|takes|take) down|caused|not (?:\\w+ ){0,2}enough|late|wrong|sloppy|slow(?:er|est)?|poor|weak|bad|worse|worst|thin|vague|messy|rushed|careless|inconsistent|missing|slipp\\w*|buggy|below|behind|dropp\\w*|declin\\w*|low(?:er|est)?|noisy|confusing|unclear|incomplete|unreliable|unacceptable|unprofessional|disappointing|concerning|not (?:been )?(?:great|good|enough|there|ok|acceptable|reliable|professional|up to)|fall\\w*|lagging|the (?:biggest|highest|lowest|worst|slowest|longest|most)|isn't (?:great|good|there)|too (?:slow|many|few|noisy|often|long|late|big|large|small|vague)|sent back|bouncing back|bounced|rejected|(?:an?|becoming|become) (?:problem|issue|concern)|(?:always|so) (?:big|long|late|slow|messy|noisy)|under target|hurting|costing|frustrating|annoying|(?:is|are|was|were|been|consistently|always) (?:\\w+ )?(?:off|down)|lack\\w*|rework\\w*|redo\\w*|re-?done|spill\\w*|dipp\\w*|(?:going|gone|went|trending|coming|come) down|keeps? (?:needing|failing|breaking|slipping|missing|bouncing|coming back|getting)|reopen\\w*|unprepared|disorgani[sz]ed|defensive|dismissive|sparse|shallow|superficial|half-baked|sub-?par|mediocre|patchy|spotty|not (?:rigorous|thorough|convincing))";

  return {
    patterns: {
      'status-update': {
        sure: ['burn-?(?:downs?|ups?)(?: charts?)?'],
        strong: [
          // Dates and pace of work.
          "blockers?(?= *(?:$|[?.!,;:]))|still (?:realistic|on track|feasible|doable|achievable)|(?:need|needs|want|wants) (?:it|this|that|them|these|those) by|recap of (?:your|the|this|last) (?:week|sprint|month|day|quarter)|how many (?:[\\w-]+ ){1,3}?(?:booked|scheduled|closed|signed|filled|shipped|merged|completed|submitted|sent|left|remaining|so far|in progress)|where (?:[\\w/-]+ ){1,6}?(?:is|are|stands?) at(?= *[?.!,]| *$)|status(?= *(?:$|[?.!,;:+&|]))|(?:make|made|making) (?:it )?(?:in|into|for)? ?(?:the |this |next |today's |this week's )?(?:[\\w'-]+ )?(?:release|build|sprint|milestone|cut|train|deadline|demo)|what (?:remains|is remaining|still needs)|(?:been|is|are|was|sat|sitting) (?:open|pending|sitting|waiting|blocked|idle|in review)(?: for)? (?:\\w+ )?(?:days|weeks|months)|walk (?:your|the|my|our) (?:[\\w-]+ ){0,2}?(?:jira|board|backlog|column|tickets|tasks|list|queue|sprint|roadmap|pipeline)|review (?:your |the |our |my )?(?:[\\w-]+ ){0,2}?(?:deals?|forecasts?|(?:deal|sales) pipeline|quota|bookings)|how many (?:of (?:the|your|our) )?(?:[\\w-]+ ){0,2}?(?:candidates|modules|pages|screens|cases|leads|orders|invoices|chapters|articles|lessons|features|stories|points|bugs|deals|demos|interviews|hires|reqs|units|builds|reports|entries|records|tickets|tasks|prs|items)(?: [\\w-]+){0,4}? (?:are|were|have been|got|so far|left|done|remaining|in)|(?:written|weekly|daily|async|quick) (?:status|progress) (?:notes?|summary|report|update|email)|send (?:me|us) (?:a |an |the |your )?(?:quick |short |written |weekly )?(?:update|status|summary|recap|report|progress)|(?:catch|caught|fill|filled) (?:me|us) (?:up|in) (?:on|about|with)|(?:bring|get) me up to speed|up to speed on|walk-?throughs? of (?:the|our|your|my)|etas?|(?:due|ship|release|launch|delivery|go-?live|target|end|updated|new|revised) dates?|(?:dates?|timelines?|deadlines?|estimates?|deliverables?|milestones?) (?:for|on|check)|expected (?:delivery|completion|date|landing|finish)|story points?|velocity|throughput|(?:on|off|behind|ahead of) (?:track|schedule)|at risk",
          // Asking for the state of the work.
          "status (?:updates?|reports?|checks?|meeting|summary|notes|email|deck|doc|write-?up|of|on|for)|(?:progress|status|timeline|delivery) (?:reports?|updates?|checks?)|(?:status|updates?|progress|etas?) ?[:–—?]|(?:project|round of|weekly|daily) (?:[\\w-]+ )?updates?|run-?down (?:of|on)|news (?:on|about)|heard back|progress (?:on|of|with)|any (?:progress|movement|news|updates?)|updates? (?:on|pls|please|for)|update me|quick (?:update|status|sync)|(?:what(?:'s| is)|whats) (?:the )?(?:latest|status|progress|left|remaining|outstanding|blocked|slipping|blocking(?! (?:you|me))|late|behind(?! (?:your|the|this|that|it|my|our|their)))|the latest on",
          // Asking where the work is, however it is put: "where did we land", "where's the pricing copy?"
          "where (?:are|r|is) (?:we|you|things|it|this|that|they) (?:on|at|with|w/)|where (?:are|r) (?:we|things)(?= *[?.!,]| *$)|where (?:did|do|does) (?:we|things|it|this|that) (?:land|end up|stand)|where(?:'s| is) (?:the|our|your|that|this) (?:[\\w/-]+ ){0,3}?[\\w/-]+(?= *\\?)|where(?:'s| is| are| r) (?:[\\w/-]+ ){1,6}?(?:at|with|on)(?= *[?.!,]| *$)|where (?:[\\w/-]+ ){1,6}?stands?|how (?:far along|close)|how (?:is|are|'s) (?:[\\w/-]+ ){1,6}?(?:progressing|coming along|tracking)",
          // "Is the forecast ready?", "Did the invoice run finish?", "When will v3 be in prod?"
          '(?:is|are|has|have|did|was|were|will) (?:(?:the|our|your|that|this|these|those)(?: [\\w/-]+){1,5}?|(?:it|all|any|they)(?: [\\w/-]+){0,5}?) (?:be |been |get |gotten |got )?' +
            STATE,
          "when(?:'s| is| will| can| does| do| are| did| should)(?: [\\w/-]+){1,6}? (?:be |to be |get )?" +
            STATE,
          THROUGH + ' (?:[\\w-]+ ){0,3}?' + WORK,
          '(?:open|remaining|outstanding|closed|pending|overdue|unresolved|blocked)(?: [\\w-]+)? (?:tickets|prs|issues|tasks|items|work|escalations|bugs|cases|deals|incidents|requests|actions|stories)',
          "(?:any |the )blockers|(?:still|what(?:'s| is)(?: still)?) (?:open|outstanding|pending|left|remaining|overdue|blocked|in progress|waiting|unresolved|to do)|still needs? (?:\\w+ing|work|review|to be)",
          '(?:done|finished|shipped|ready|live|merged|complete|closed) yet|(?:\\d+ ?%|percent(?:age)?) (?:done|complete)|(?:hours|time) logged|timesheets?|(?:ticket|issue|story|task|card|case) #?\\d+',
          'what (?:got|has been|have you|did you|did we|we) (?:get )?(?:done|finished|shipped|closed|merged|delivered|resolved)|what (?:you |we )?shipped|since (?:monday|tuesday|wednesday|thursday|friday|yesterday|last \\w+)',
          'current (?:state|status)|which (?:[\\w-]+ ){0,4}?(?:close|closes|closing|ship|shipping|land|landing|launch|launching|go live|are (?:done|late|blocked|left|open|overdue|at risk)|still|slipp\\w*|overdue|waiting)|how many (?:[\\w-]+ )?(?:tickets|tasks|prs|bugs|cases|deals|calls|stories|points|issues|items|incidents|escalations)|how many (?:[\\w-]+ ){0,2}(?:did|have) (?:you|we|they)',
          'sprint (?:goals?|commitments?|progress|board|status|tickets|review)',
          // How late the work is, going down the board item by item, what was done this week, when it is due.
          'when (?:can|will|should) (?:i|we) (?:expect|see|get|have)|(?:need|want|get|see) (?:the|a|your|that|this|those|these) (?:[\\w-]+ ){0,3}?by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|eod|eow|end of (?:day|week|month|sprint)|next week)|(?:due|ready|done|finished) by',
          '(?:\\d+|a|two|three|few|several|couple(?: of)?) (?:days?|d|weeks?|wks?|months?|mos?|sprints?) (?:late|behind|overdue|past due|delayed)|still not ' +
            STATE +
            '|(?:card|ticket|task|item|story|issue|epic|project|pr)s? by (?:card|ticket|task|item|story|issue|epic|project|pr)|what (?:did|have) (?:you|we|i) (?:work(?:ed)? on|been working on|get done|got done|accomplish\\w*)',
        ],
        weak: ['check[- ]in on|run-?down|recap|so far|top to bottom'],
        words:
          'kanban blocking dates approved signed+off sign+off submitted published status progress update ticket task backlog sprint epic jira asana trello board deadline deliverable milestone blocker blocked estimate timeline roadmap eta kpi okr done finished ship shipped shipping launch* release rollout complete delay* slip* behind overdue pending walkthrough checklist queue yet handoff finali* scheduled eod eow asap numbers update+me in+progress current+state state+of sync+on waiting+on',
        exact: [
          // Look-alikes (Q3-2025, COVID-19, SEV-1) are ruled out after the fact, so the engine can skip ahead to a capital.
          '[A-Z][A-Z0-9]{1,9}(?<!\\b(?:Q\\d|H\\d|SEV|COVID|UTF|ISO|SHA|RFC|GPT|CVE)\\w*)-\\d+',
          '#(?<!(?:[Pp][Rr]|[Mm][Rr]|[Rr]eview) ?#)\\d+',
        ],
      },
      'technical-deep-dive': {
        strong: [
          'pair(?:ing)?(?: with (?:me|you|us|them))? (?:on|through)|[45]\\d\\ds|[45]\\d\\d (?:errors?|responses?|status(?:es)?)|(?:explain|query|execution) plans?|screen-?shar\\w*|stack ?traces?|diffs?|deep[- ]?dives?|code walk-?throughs?|debug(?:ging)? (?:sessions?|together)|root[- ]caus\\w*|race conditions?|memory leaks?|null ?pointers?|segfaults?|heap dumps?|flame ?graphs?|core dumps?|deadlocks?|off[- ]by[- ]one|line \\d+|(?:look|dig|go|poke) (?:at|into|through) (?:it|this|that) together|n\\+1(?: quer\\w*)?|regex(?:es)?|flaky (?:[\\w-]+ )?tests?|(?:unit|integration|e2e|snapshot) tests?|(?:line|pixel|frame|screen|step|row|cell)[- ]by[- ](?:line|pixel|frame|screen|step|row|cell)',
          // Opening an artifact: "review my threat model", "look at the Figma components".
          INSPECT + " (?:[\\w.'-]+ ){0,4}?" + ARTIFACT,
          // Solving a problem together.
          "let(?:'s|s| us| me) (?:dig|debug|pair|troubleshoot|step through|fix|hash it out)|help me (?:fix|debug|figure out|solve|understand why|pick|choose|refactor|optimi[sz]e|troubleshoot|tune|decide|structure|write|set up|configure|model|test|build|design|speed up|clean up)|figure out why|how (?:to|do we|do i|can we|can i|should we) (?:fix|debug|solve|speed up|resolve)|(?:design doc|doc|code|pr|schema|architecture|config|query|model|security) reviews?|(?:caching|cache|database|db|api|schema|architecture|deployment|deploy|testing|test|branching|indexing|sharding|migration|data|microservices?|service) (?:strategy|approach|decisions?|choices?|boundaries|design)|(?:choose|pick|decide) between|(?:architecture|design|tech|technical|api|schema|tooling|framework|library|database|db|infra) (?:debates?|discussions?|decisions?|choices?|trade-?offs?)|should (?:we|i) (?:use|pick|choose|go with|switch to|adopt|migrate to|tune|upgrade|bump|index|shard|rewrite|split|cache)|(?:which|what) (?:library|framework|orm|database|db|pattern|approach|tool|test) (?:to|should)",
          '(?:ci|build|pipeline|deploy|tests?|jobs?|dags?|queries|query|alerts?|pods?|notebooks?|scripts?|crons?|endpoints?|services?|migrations?)s? (?:[\\w-]+ ){0,3}?(?:keeps? |is |are |takes? )?(?:fail\\w*|slow|\\d+ ?min\\w*|broken|break\\w*|red|flak\\w*|crash\\w*|timing out|erroring|restarting|misfir\\w*)',
        ],
        weak: [
          THROUGH +
            "|take a look|can you look|can you see why|figure out (?:which|what|where|why)|think (?:it|this|that) through|hash (?:it|this|that) out|how (?:the |our |this |that |it )?(?:[\\w-]+ ){0,3}?works|something(?:'s| is| looks| seems) (?:off|wrong|broken|weird)|(?:doesn't|does not|won't|isn't|aren't|can't|not) (?:work|working|load|loading|compile|compiling|build|building|scale|scaling|render|rendering|run|running|connect|connecting|match|matching|pars(?:e|ing)|pass|passing|converg\\w*)|double[- ]count\\w*|silently|p\\d\\d|vs\\.?|versus|one by one|let(?:'s|s| us) (?:design|architect|spec out|code|model)|(?:your|a second|another|fresh|more) (?:pair of )?eyes|eyes on (?:it|this|the)|(?:can|could) (?:we|you) (?:look|dig|go) (?:at|into|over)|share (?:my|your|the) screen|which (?:[\\w-]+ ){1,3}should (?:i|we) (?:pick|use|choose|go with|try)|why (?:(?:does|is|do|are|did) )?(?:the|our|this|my|it)|how (?:should|do) we (?:design|model|shard|structure|index|cache|partition|store|scale)",
        ],
        words:
          'redux zustand cors dns hpa replica edge+case edge+cases swiftui uikit jetpack flutter django rails flask laravel nextjs angular svelte vue webpack vite babel eslint lint* npm yarn maven cmake bazel grpc protobuf rest+api mysql mongo* dynamo* cassandra bigquery redshift elasticsearch kibana prometheus splunk jenkins circleci gitlab argo istio envoy ingress cdn cloudflare ec2 gke eks azure gcp unity unreal shader* fpga firmware verilog pcb plc tableau looker vba jupyter pytorch tensorflow sklearn xgboost llm embeddings rag auc roc overfit* holdout hotfix rollback canary feature+flag cve xss csrf oauth sso jwt saml middleware gateway proxy load+balancer throttl* idempoten* serializ* mutex semaphore compiler linker segfault nullpointer monolith* mock* e2e cypress playwright selenium jest pytest junit tls ssl vpc subnet firewall flaky hyperparam* monorepo polyrepo crud denormali* normali* index oom* corrupt* screenshare screen+share layer lag json csv xml setup matrix hypothes* calc field variable token classifier debug* troubleshoot* refactor* optimi* profil* benchmark* shard* bug glitch* crash* exception error log timeout retry leak regression bottleneck latency code codebase logic implementation architecture algorithm api sdk endpoint webhook query sql schema migration microservice module function library dependency framework config* yaml script cron thread concurrency async websocket cache caching memory heap jvm cpu database db dbt dag etl notebook pandas spark airflow kubernetes k8s helm terraform docker* pod container cluster deploy* nginx grafana datadog sentry kafka redis postgres* graphql aws s3 lambda gradle xcode swift kotlin react css html typescript python java repo git branch figma mockup wireframe prototype dashboard whiteboard* technical* formula excel spreadsheet macro prod staging pr together pull+request merge+conflict with+me dig+into look+into code+review',
      },
      'stealth-performance-review': {
        sure: [
          '(?:your|ur) (?:[\\w-]+ ){0,2}?(?:performance|perf|output|productivity|velocity|throughput|numbers|stats|metrics|kpis|attainment|quota|targets|win rate|close rate|closing ratio|conversion|utili[sz]ation|csat|nps|scores?|accuracy|hit rate|response times?|resolution times?|work quality|code quality|quality|commitment|attitude|effort|reliability|results|delivery|underperformance|attendance|punctuality|conduct|behaviou?r|tone|bug count|error rate|defect rate|track record)',
          'quality of (?:your|the \\w+ you)|low performers?|performance (?:improvement )?plan|stack[- ]rank\\w*',
          "(?:not happy|unhappy|disappointed|not impressed) (?:with|in|about|by) (?:how |the way |what )?(?:you|your)|(?:not sure|don't think|do not think|doubt) (?:that )?(?:you're|you are|you) (?:quite )?ready",
        ],
        strong: [
          // Judged indirectly: what others said, how it compares, what the last few looked like, the level.
          '(?:noticed|heard|hearing(?: from \\w+)?|been told|observed|mentioned|pointed out)(?: (?:that|from \\w+(?: that)?))? (?:you|your)|(?:people|others|folks|someone|somebody|the team|stakeholders|clients|customers|a few (?:people|folks)|a couple (?:of )?(?:people|folks)|(?:team|vendor|client|customer|manager|lead)s?|(?:some|one|a couple) of (?:your|the) (?:\\w+ )?(?:peers|teammates|colleagues|stakeholders|reports)) (?:have |has )?(?:mentioned|noticed|said|told me|complained|raised|flagged|pointed out|are saying|feel|feels|felt|think|thinks|thought|say|says|find|finds|found|see)(?: that)? (?:you|your)|compared (?:to|with) (?:[A-Z]\\w+|the others|everyone)(?: \\w+)?,? you|(?:far |way |much )?(?:fewer|less|slower|worse) than (?:[A-Z]\\w+|the others|everyone|anyone|the rest)|expected (?:more|better|a lot more) (?:from|of) (?:[\\w-]+ ){0,4}?you',
          '(?:compared (?:to|with)|relative to|than|as (?:\\w+ )?as) (?:your |the |other |some of your )?(?:peers|teammates|colleagues|others|rest of the team|other (?:\\w+ )?(?:engineers|designers|reps|analysts|members))|(?:for|at) your (?:level|grade|seniority|band)|(?:operating|performing|working) (?:at|below|above|under) (?:the |a |your )?(?:[\\w-]+ )?level|expected (?:of|from) (?:you|someone (?:at|in))',
          "the last (?:few|couple(?: of)?|two|three|four|\\d+) (?:[\\w-]+ ){0,2}(?:were|was|have been|went|looked) (?:pretty |a bit |really |quite |a little )?(?:rough|bad|poor|weak|messy|shaky|not great|off|disappointing|below|late|slow|sloppy|thin|vague|rushed|incomplete)|(?:like|want|need|expect|hope|hoping) to see you (?:\\w+ ){0,2}?(?:more|less|better|step|improve|take|own|show|be more|be less)|(?:this|it|that) (?:cannot|can't|can not|can't) keep happening|(?:this|it) keeps (?:happening|coming up)|(?:becoming|become|became|turning into|is) a (?:pattern|habit|trend|recurring (?:issue|problem|theme))|on your watch|(?:the|that|this) (?:[\\w-]+ ){0,3}?you (?:delivered|sent|wrote|shipped|built|made|did|submitted|presented|produced|gave|handed in)(?: \\w+){0,4}? (?:was|were|felt|looked|seemed|is|are|had) (?:\\w+ )?(?:rushed|sloppy|thin|late|weak|poor|messy|incomplete|wrong|buggy|not great|below|gaps|errors|mistakes|issues)|(?:way |well |far )?under (?:the )?(?:team )?(?:avg|average|target|goal|plan|quota|bar)|(?:i have|i've got|there are) (?:a few |some )?concerns|(?:ok|okay|alright|fine|going on|happening|up) with your (?:focus|work|output|attention|engagement|commitment|attendance|delivery|performance|code|tickets|numbers|quality)|(?:isn't|is not|aren't|are not|wasn't|not|hasn't been|haven't been|has not been) (?:quite |yet )?where (?:[\\w']+ ){1,2}?(?:should|need|needs|ought|want|expect)",
          // Grading the person or their numbers: "score your progress", "commit count way down", "delivered vs committed".
          '(?:score|grade|rate|rank|evaluate|judge|assess|measure)(?: \\w+)? (?:your|how (?:well )?you)(?: [\\w-]+)?|(?:output|productivity|throughput|numbers|stats|metrics|commit count|commits|story points|points|bookings|sales|revenue|attainment|accuracy|conversion|win rate|close rate|utili[sz]ation|csat|nps) (?:[\\w-]+ )?(?:(?:is|are|has|have|was|were|went|gone|going)(?: been)? )?(?:way |well |really |so |still )?(?:down|dropp\\w*|declin\\w*|slipp\\w*|lagging|falling|fell|tank\\w*)|(?:delivered|committed|planned|actual|promised)(?: [\\w-]+)? (?:vs\\.?|versus|against) (?:committed|delivered|planned|actual|promised)|(?:under|short of|missed|below) (?:the )?(?:target|quota|plan|goal)s?|explain yourself',
          // Blame: why it was late, promises broken, a trust question.
          "why (?:did|does|do|was|were|is|are|has|have|would) (?:it|they|this|that|these|those)(?: \\w+)? (?:late|slow|delayed|wrong|missed|behind|slip\\w*|fail\\w*|break|go wrong|take so long)|why (?:so|such|is it so|are (?:they|these|those) so|is (?:this|that) so) (?:few|little|slow|low|late|poor|bad|weak|behind|down)|(?:that|this|it)(?: [\\w-]+)?(?:'s| is| was) (?:all )?on you(?! to)|(?:taking|take|takes|took) you (?:so |this |that )?(?:long|forever|ages)|you (?:haven't|have not|didn't|did not|don't|do not|aren't|are not) (?:\\w+ ){0,2}?(?:much|anything|enough|on time|fast enough)|why (?:do|did|does) you (?:keep|always|never|still)|you keep (?:needing|asking|missing|forgetting|making|getting|dropping|slipping)|why (?:was|were|is|are) (?:it|they|this|that|these|those)(?: \\w+)? (?:late|slow|delayed|wrong|missed|behind)|you (?:said|promised|committed to|told me)(?: [\\w-]+){0,6} (?:too|again|last (?:time|week|sprint)|and (?:it|they|that) (?:wasn't|weren't|didn't|isn't|hasn't))|(?:reflects?|looks?) (?:badly|poorly|bad) on you|makes? you look bad|not convinced (?:that )?(?:you|your)|did you (?:even|actually|really) (?:think|test|check|read|try)|(?:are|were) you (?:actually|really|even) (?:work\\w*|online|busy|putting in|trying)|(?:number|amount|count|rate|share) of (?:[\\w-]+ ){0,3}?(?:from|by) you|more (?:[\\w-]+ ){1,3}(?:from|out of) you|from you (?:was|were|has been|have been|is|are) (?:pretty |really |a bit |quite )?(?:taking too long|slow|disappointing|weak|poor|late|sloppy|thin|below|not great|not good enough)|(?:you took|took you) (?:\\w+ ){0,2}(?:days|weeks|ages|forever|too long)|(?:stakeholders|clients|customers|people|the team|others) (?:are|were|have been) (?:unhappy|frustrated|upset|not happy|disappointed|concerned|complaining)|(?:full|enough) hours|hours (?:from home|online)|you(?:'re| are)(?: \\w+)? (?:the )?(?:bottleneck|blocker|problem|weak link)|(?:slipp\\w*|late|behind|dropp\\w*|lagging|falling|stuck) (?:on|from) your (?:side|end|desk|plate|part)|(?:basic|careless|silly|rookie|avoidable|sloppy|obvious) (?:mistakes|errors|bugs|typos)",
          // Strong, not sure: "I think I'm underperforming" in their own words is theirs to bring.
          "below (?:expectations|the bar|par|bar|target|the team)|(?:not|isn't|aren't|wasn't|haven't been|hasn't been) (?:meeting|hitting|up to|good enough|at) (?:\\w+ ){0,2}?(?:expectations|the bar|the level|standard|level|targets?|goals?)|not (?:at )?the level",
          'underperform\\w*|your (?:peers|teammates|colleagues)|(?:twice|half|three times|\\d+x) as (?:much|many|fast|long|slow)|(?:we|i) expect (?:at|for|from)|expect(?:ed|ations)? (?:at|for) (?:the |a |your )?(?:[\\w-]+ )?level',
          '(?:low|poor|weak|slow|lower|bad|sloppy|dropping|declining) (?:output|productivity|quality|performance|numbers|velocity|throughput|delivery|work|results)|(?:performance|perf) (?:concerns?|issues?|problems?|gaps?|conversations?|scores?|plans?)|360s?|self-assessments?|(?:missed|miss|missing|misses|blew|blown|slipped) (?:\\w+ ){0,3}?(?:deadlines?|goals?|targets?|dates?|etas?|commitments?|slas?|handoffs?|meetings?|calls?|check-?ins?|standups?)',
          '(?:quarterly|annual|year-end|mid-year|performance|perf|q\\d|h\\d) ratings?|ratings? (?:discussion|conversation|talk|preview|for|this|next|last)|rating-?wise|calibrat\\w*',
          '(?:worse|slower|lower|weaker|behind) (?:than|compared to) (?:the |your )?(?:team|average|others|peers|last|expected|before|everyone|rest)',
          // Who is judged: "your PRDs have been vague", "you were late", "the reports you wrote were thin".
          '(?:your|ur) (?:[\\w/-]+ ){0,6}?' + VERDICT,
          "you(?:'ve|'re| have| are| were| was| seem| seemed| looked| keep| had)?(?: been| always| often| constantly| repeatedly| consistently| still)?(?: \\w+)?(?: \\w+)? (?:miss\\w*|skipp\\w*|forg[eo]t\\w*|ignor\\w*|dropp\\w*|fail\\w*|(?:had|has|have) (?:\\w+ )?(?:errors|mistakes|typos|gaps|holes|issues)|late|slow|behind|below|distracted|disengaged|absent|offline|unresponsive|careless|sloppy|wrong|(?:hard|difficult|tough) to (?:reach|work with|get hold of|manage)|not (?:delivering|hitting|meeting|pulling|responding)|underdeliver\\w*|(?:were|was|are) (?:thin|vague|late|wrong|sloppy|poor|weak)|slipp\\w*|blow\\w*|blew|blown|let (?:\\w+ )?down|mess\\w* up|botch\\w*|unprepared|disorgani[sz]ed|defensive|dismissive|rude|checked out|unfocused|not (?:\\w+ ){0,2}enough|(?:don't|do not|never|didn't|did not) (?:follow (?:through|up)|reply|respond|answer|deliver|finish|show up)|short with|snapp\\w* at|rude to|harsh (?:with|on|to))(?: (?:on|with|at|in) (?:the |your |our )?[\\w-]+(?: [\\w-]+)?)?",
          '(?:complain\\w*|concerns?|concerned|flagged|escalated) (?:\\w+ ){0,3}?(?:about |that |with |over |from \\w+ about )?(?:how )?(?:you|your)(?: [\\w-]+){0,3}|expectations (?:for|of) (?:you|your)|(?:gaps?|errors?|mistakes?|bugs?|typos?|holes?) (?:in|with|from) (?:your|you)',
          'step up|you (?:need|have|got|must) to (?:be more|be less|start|stop|improve|step|get better|do better)|(?:need|needs|have|has|got) to do better|pick up the pace|raise (?:your|the) game|up your game|pull(?:ing)? (?:your|their|his|her) weight|not delivering|under-?deliver\\w*|lack of (?:ownership|urgency|output|progress|initiative|focus|attention)|(?:need|want|expect)\\w* you to (?:be (?:more|less)|step|improve|start|stop|get better|take more|show more)|expected (?:more|better) (?:from|of) you',
          "needs? (?:to )?improv\\w*|needs to (?:go up|be higher|be better|change)|not good enough|(?:final |written )?warnings?|(?:too many|so many) (?:\\w+ )?(?:bugs|mistakes|errors|incidents|typos|complaints)|(?:second|third|fourth|\\d+(?:st|nd|rd|th)) time|why (?:didn't|doesn't|isn't|aren't|wasn't|weren't|haven't|hasn't|don't) (?:you|your)",
        ],
        weak: [
          "on your (?:side|end|watch)|what happened (?:with|on|to|there|here)|(?:got|was|were|been) (?:missed|dropped|skipped|botched|forgotten)|we (?:need|have) to talk about|what went wrong|taking (?:way )?too long|(?:heard|feedback|said|says|mentioned|noticed|told me)(?= (?:from \\w+ )?(?:that )?you)|your level|(?:concerns?|complaints?|issues?) (?:have |has )?(?:come|been) (?:up|raised|flagged)|(?:hasn't|haven't|has not|have not|didn't) (?:improved|gotten better|moved|changed)|since you (?:took over|joined|started|came|moved)|tracking (?:against|toward|towards)|your (?:part|role|contribution|share) in|(?:two|three|four|\\d+|several|many) (?:tries|attempts|rounds)|(?:took|take|taking) you|you(?:'ve| have)? (?:been )?(?:handled|showing up|ran|run|communicat\\w*|show up)|why(?: did| does| is| are| was| were| have| has| do)?(?= your?\\b)|untested|unreviewed|without (?:review|testing|approval|telling|asking)|(?:isn't|is not|wasn't) (?:great|good|ok|acceptable|enough)|people (?:notice\\w*|say|said|mention\\w*|are saying)",
        ],
        words:
          'performance perf rating score review expectations deadline late behind worse poor wrong mistake sloppy careless again lately disappoint* accountab* judg* evaluat* assess* hr impressed',
        exact: ['PIPs?'],
      },
    },
    frames: [
      'learn\\w*(?! rates?)|first (?:[\\w-]+ )?(?:pr|commit|patch|talk|release|deal|feature|paper|launch)s?|grow(?:s|ing|n)? (?:into|as|in|my)|growth|career|aspir\\w*|promotion|promo|study(?:ing)? for|shadow\\w*|practi[cs]\\w*|reflect(?:ing|ion|ions|ed)?',
      '(?:get(?:ting)?|got) (?:better|faster|good|quicker) at|improv(?:e|ing) (?:my|at|how i)|develop(?:ing)? my|(?:mentor|coach|teach)\\w*',
      "feedback (?:on|about|for) (?:my|me|how i)|(?:my|own) (?:style|goals?|skills?|strengths?)|as your manager|(?:am i|i(?:'m| am|'ve been| have been| keep| kept| think i'm)) (?:\\w+ )?(?:underperform\\w*|missing|slipping|behind|late|struggling|failing|doing (?:ok|okay|well|enough|badly)|(?:not )?(?:good enough|meeting expectations))|my (?:performance|perf|annual|mid-?year|year-end|self) (?:reviews?|assessments?)|how (?:do|can|should) i (?:handle|deal with|help|support|approach|work with|coach)|(?:my|how i) (?:[\\w-]+ ){0,2}?(?:reviews|comments|tone|communication|approach|habits|pace|workflow)|(?:i|i'm|do i|how i|how do i|if i)(?: \\w+)? com(?:e|es|ing) across",
      '(?:want|wants|wanted|like|love|hope|hoping) to (?:become|be|try|explore|lead|own|run|host|drive|chair|facilitate|organi[sz]e|move|learn|grow|get better|understand|get into|speak|present|write|build|do more)',
      'interested in|(?:like|want|love|get) more|exposure to|opportunit\\w*|curious|excited|passion\\w*|dream|would love|enjoy\\w*|proud|kudos|great job|fantastic|amazing|awesome|excellent|brilliant|outstanding|stellar|prais\\w*|appreciat\\w*|grateful|thank\\w*|celebrat\\w*|shout-?outs?|(?:my|a|big|small|quick|team) wins?|wins?:|thanks? for',
      "stress\\w*|worr(?<!(?:is|are|was|were|looks|seems) worr)\\w*|anxi\\w*|overwhelm\\w*|nervous|scared|afraid|burn(?:ed|t)? ?out|burnout|exhaust\\w*|tired|dread\\w*|drain\\w*|wear\\w* (?:me )?(?:down|out)|frustrat\\w*|imposter|impostor|bored|motivat\\w*|energ\\w*|confiden\\w*|feelings?|(?:i|we|you)(?:'re|'m|'ve been| am| are| have been| had been| do| did| don't| still| really| sometimes| often| always| kind of| kinda)* fe(?:el|lt)\\w*|^fe(?:el|lt)\\w*|wellbeing|well-being|cope|coping",
      // How something the person did was received by people: "how did the demo land with the execs?"
      '(?:land|lands|landed|landing|went down|go down|goes down|came across|come across|comes across|received) (?:well |ok |okay |badly )?(?:with|by)',
      'i (?:\\w+ )?(?:missed|blew|slipped|dropped|forgot|messed up|screwed up|broke)|beat\\w* myself up|stretch|credibility|trust|influence|visibility|reputation|buy-in|(?:tech|team) lead|staff engineer|architect role|manager track|ic track|side project|conference|course|book|skills?',
    ],
    negations: [
      "not|no|never|without|instead of|rather than|skip(?:ping)?|avoid(?:ing)?|less|beyond|other than|away from|stop(?:ping)?|(?:do|does|did|is|are|was|were|have|has|wo|ca|could|should|would)n'?t",
    ],
    fillers: [
      "a|an|the|just|another|more|any|our|my|your|usual|weekly|so|much|about|into|over|some|big|long|full|formal|boring|want|to|be|become|turn|make|this|it|do|have|talk|talking|hold|let'?s|of|always|here|going|gonna|trying|today|for",
    ],
    breaks:
      '[.!?;]+(?=\\s|$)|[!?;\\n•|]|\\s(?:but|however|although|though|whereas|also|plus|then)\\s|\\s[-–—+&]\\s|,\\s*(?:but|and|also|then)\\s',
    lexicon: englishLexicon,
    suggestions: {
      'status-update':
        'Move ticket and progress updates to standup or the board, and use this time for them: ask what is taking most of their energy this week, or where they feel stuck.',
      'technical-deep-dive':
        'Book a separate pairing or design session for the problem itself. Here, ask what they are learning from it and what support would help them solve it their way.',
      'stealth-performance-review':
        'Keep evaluation for the performance review, said openly. Here, ask what is getting in their way, what support they need, and what resolution they want.',
    },
  };
}

/**
 * The English rules behind {@link detectAntiPatterns}: plain data, so another language is another
 * object of the same shape passed as `options.rules`.
 *
 * @example
 * detectAntiPatterns(items, { rules: { ...englishRules, frames: [...englishRules.frames, 'ambitions?'] } });
 */
export const englishRules: AntiPatternRuleSet = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ buildEnglishRules(),
);
