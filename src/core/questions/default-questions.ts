import { QUESTION_THEMES } from './themes';
import type { Question, QuestionPillar } from './types';

// The bank is stored as one compact table per pillar and expanded once at load: it keeps the
// shipped bytes small (see the budgets in test/package/size.test.ts) while `defaultQuestions` stays plain data.
//
// A line is `[+]<theme codes> <text>` (`+` marks a deeper question, otherwise an opener) and, for
// feedback asks, `|<tip>`: the guidance is that tip followed by the same three steps (RECEIVE).
// Ids come from the pillar, the first theme and a running number (`present-stuck-1`), so only
// ever APPEND lines to a table: reordering lines renames ids. A question may only be retired from
// the end of its pillar-and-first-theme run, so no kept question changes id.

// Theme codes: the letter at position n stands for QUESTION_THEMES[n] (mnemonic, not alphabetical).
const THEME_CODES = 'emkwhxidtgpounfslray';

// How to receive any feedback, from the two-way-street priority: paraphrase, thank, commit.
const RECEIVE = 'Then paraphrase what you heard, thank them, and say what you will do about it.';

const TABLES: Readonly<Record<QuestionPillar, string>> = {
  present: `m What's on your mind this week?
k Where are you feeling stuck?
e How is your energy today, honestly?
e What gave you energy this week?
ex What drained you this week?
w What went well for you since we last spoke?
w What's a small win you haven't told anyone about yet?
h How are you doing, apart from the work itself?
x Calm, busy or frantic: where is this week landing for you?
m What would you like to make sure we talk about today?
m Is there something you've wanted to bring up but haven't found the moment for?
ho How are you sleeping and switching off lately?
e Which part of your day are you looking forward to most right now?
ex Which part of your week do you quietly dread?
w What are you proud of from the last couple of weeks, even if nobody noticed?
wt Who helped you out recently, and how?
t How does the team feel to you right now?
x What's weighing on you at the moment?
hk What's been harder than it needed to be lately?
a What's one thing that would make this week easier for you?
mx If you could clear one thing off your plate today, what would it be?
x How manageable does your workload feel right now?
h How is your working setup treating you these days?
ep When did you last lose track of time because you were enjoying the work?
th Is anything going on between people that's bothering you?
ay Is there anything you need from me this week?
w What did you figure out recently that you're pleased about?
m What's surprised you lately?
hx What are you doing to look after yourself right now?
+kr When you picture this problem solved, what does that look like to you?
+r What resolution would you like here, and what's a first step you could take toward it?
+k What have you already tried, and what did it teach you?
+x What sits underneath the stress: the work, the pace, or something else?
+eh What would need to change for you to have more good days than hard ones?
+ka What would help you get unstuck: time, a person, a decision, or something else?
+w How do you like to be recognised when something goes well?
+wg What made that win possible, and how could you repeat it?
+ho Is anything outside work taking up a lot of room right now that you'd like me to know about?
+m What have you been thinking about that you haven't said out loud yet?
+kr If a friend were stuck in the same spot, what would you suggest to them?
+xr What are you saying yes to that you'd rather say no to?
+r What's in your control here, and what isn't?
+ar How can I help without taking this off your hands?
+hx What are your early signs of running low, and how could we notice them sooner?
+m What's the question you wish I'd asked you today?`,
  'near-future': `d What would make the biggest difference in your current project?
tk Where do you see your team getting stuck?
g What do you want to get better at over the next month or two?
i Where could you have the most impact in the coming weeks?
ns What would you like to have learned by the end of this quarter?
g Is there a stretch opportunity coming up that you'd like to take on?
d If you had an extra day each week, what would you spend it on?
it What's one thing the team keeps putting off that you'd like to tackle?
t Who on the team would you like to work more closely with?
g What's something new you'd like to try in the next few weeks?
pi Which piece of upcoming work are you most excited about?
x Which piece of upcoming work worries you most?
i What would you like people to say about your work a month from now?
t What's one thing that would help our team work better together?
dk What's slowing you down that we could remove?
a What support will you need for the next few weeks to go well?
n What goal would you like to set for yourself this month?
g What feedback have you had recently that you'd like to act on?
td Which team habit would you change if it were up to you?
s Is there a skill you'd like to practise on your next piece of work?
iu Which of your current goals feels most meaningful to you?
gt Who could you learn from in the next few weeks?
ip What's an idea of yours that hasn't had its chance yet?
pe What kind of work do you want more of next month, and less of?
+d If you could change one thing about how this work is set up, what would matter most?
+rk What's the smallest step that would move this forward, and when could you take it?
+g What would growth look like for you over the next three months, in your own words?
+i How will you know the next few weeks went well for you?
+tk When the team gets stuck, what's usually the real reason underneath?
+r What decision are you waiting on, and could you make it yourself?
+lt Where could you step up for the team in the coming weeks?
+iu Which part of your work matters most to the people who use what we build?
+g What's one habit you'd like to build before we next talk about this?
+dx What are you spending time on that matters less than it seems?
+a Where would some cover from me make the most difference?
+r What would you try if you knew I'd back you whatever happens?
+ta Who on the team could use a hand, and how might you help them?
+gs What's a piece of work that scares you a little, in a good way?
+ix What would you stop doing if you had permission to?
+dk What's the most important problem nobody is working on yet?
+g What did the last few weeks teach you that you want to carry forward?
+nf How do the next few months connect to where you want to be in a few years?
+ts What could you teach the team in the next month?
+g Where are you playing it safe, and what might happen if you didn't?`,
  horizon: `s What skills do you want to develop?
l What kind of leader do you want to become?
n What are your current career goals?
f Where would you like to be in three years?
p What part of your work do you enjoy the most?
o What are you into outside work these days?
p What topic could you talk about for hours?
f Whose role have you looked at and thought "I'd love that"?
s Which skill would make everything else easier for you?
l Who is a leader you admire, and why?
u What makes a job feel worthwhile to you?
op Is there a hobby or side project that teaches you something useful here?
n What's one step you'd like to take in your career this year?
so What would you like to learn that has nothing to do with your current role?
f Do you see yourself going deeper as a specialist, broader, or towards managing people?
uo What cause or community outside the company matters to you?
pu What's something at work you'd volunteer for even if it wasn't your job?
l What does good leadership look like to you?
g How have you changed over the last year?
f What kind of team do you want to be part of in five years?
s Which of your strengths are we not using enough?
og What have you learned outside work that changed how you think?
ns Is there a course, book or conference you've had your eye on?
uf What kind of impact do you want your career to have?
+l What kind of leader would you have wanted when you were starting out?
+l When have you led without the title, and what did it teach you?
+f If everything went right, what would your work look like in ten years?
+f What would you regret not trying in your career?
+sn What's the gap between where you are and where you want to be, and which part could you close this year?
+u When did you last feel proud of your work for reasons other than the result?
+pu How could we bring more of what you love into your everyday work?
+g What would you tell the version of you from two years ago?
+l What appeals to you about leading people, and what gives you pause?
+sg What's a skill you've been avoiding because it feels uncomfortable?
+fu What does success mean to you, apart from titles and pay?
+na What could I do over the next few months to help your career plans along?
+lt How do you want people to feel after working with you?
+oh How do you want work to fit around the rest of your life in the long run?
+f Which doors would you like to keep open, even if you're not sure yet?
+s How do you learn best: by doing, reading, pairing or teaching?
+u What would make you proud to tell a friend about your job?
+p Which problems do you find yourself thinking about just for fun?
+n What would a promotion need to mean for you to actually want it?
+o Is there an ambition outside work you'd like more room for?`,
  feedback: `ya What is one thing I could do differently to support you better?|Listen for the one change that would matter most to them.
yar Thinking about what you told me today, how could I have supported you better?|Let them finish before you explain anything.
y What's something I do that you'd like me to keep doing?|Ask for a recent example so you know exactly what to keep.
y What's one thing you'd like me to stop doing?|Stay calm and curious, and resist defending yourself.
y Is there anything about how we run these 1:1s that you'd change?|It is their meeting: lean towards their way of running it.
ya How useful are our 1:1s for you right now, and what would make them more so?|Pick one of their ideas to try next time.
+y When have I made your work harder without meaning to?|Don't explain your intent; hear what it was like for them.
y What's one thing you wish I knew about how you work?|Check you have it right before you move on.
+yt How clear have I been about what matters most right now?|If it was unclear, ask what would make it clearer.
yg Do you get enough feedback from me, and is it the kind that helps?|Ask what helpful feedback looks like to them.
+y Is there a recent decision of mine you would have made differently?|Listen for their reasoning, not just the verdict.
+y How easy is it to disagree with me?|Whatever the answer, it took courage to give it.
yt What could I do to make the team a better place to work?|Choose one idea and say when you will act on it.
+yt How do I come across in team meetings, from where you sit?|Take it as information, not a verdict.
+y Is there anything you've been holding back from telling me, big or small?|If nothing comes, leave the door open and ask again another time.
+yg If you were managing me, what would you ask me to work on?|Tell them what you will work on so they can hold you to it.
+ya How well do I back you up when things get difficult?|Ask for an example if you need one.`,
};

function expandQuestions(tables: Readonly<Record<QuestionPillar, string>>): readonly Question[] {
  const questions: Question[] = [];
  for (const pillar of Object.keys(tables) as QuestionPillar[]) {
    const numbers = new Map<string, number>();
    for (const line of tables[pillar].split('\n')) {
      const deeper = line.startsWith('+');
      const space = line.indexOf(' ');
      const themes = [...line.slice(deeper ? 1 : 0, space)].map(
        (code) => QUESTION_THEMES[THEME_CODES.indexOf(code)]!,
      );
      const [text = '', tip] = line.slice(space + 1).split('|');
      const first = themes[0]!;
      const number = (numbers.get(first) ?? 0) + 1;
      numbers.set(first, number);
      const question: Question = {
        id: `${pillar}-${first}-${number}`,
        text,
        pillar,
        themes: Object.freeze(themes),
        depth: deeper ? 'deeper' : 'opener',
        ...(tip === undefined ? {} : { guidance: `${tip} ${RECEIVE}` }),
      };
      questions.push(Object.freeze(question));
    }
  }
  return Object.freeze(questions);
}

/**
 * The kit's own bank: 150 English questions written for this project, 44 or 45 per pillar plus 17
 * feedback asks (each with `guidance` on receiving the answer). Every question is about the person,
 * never the status of their work. Ids are stable across releases.
 *
 * Build a bank from it with {@link createQuestionBank}, add your own questions alongside, or leave
 * it out entirely: nothing imports it unless you do.
 *
 * @example
 * const bank = createQuestionBank(defaultQuestions);
 * bank.pick({ pillar: 'horizon', count: 2, seed: '2026-03-02' });
 * defaultQuestions.filter((question) => question.pillar === 'feedback');
 */
export const defaultQuestions: readonly Question[] = /* @__PURE__ */ expandQuestions(TABLES);
