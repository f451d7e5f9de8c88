import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withCustomConfig, type ComponentDoc } from 'react-docgen-typescript';
import { buildIndex } from 'storybook/internal/core-server';
import type { StoryIndex } from 'storybook/internal/types';
import storybookConfig from '../../.storybook/main';
import { reactDocgenTypescriptOptions } from '../../.storybook/docgen.mjs';

// The Storybook a designer opens: Storybook's own index of this repository's stories and docs, and the
// props tables its docs pages render, read with the very docgen settings .storybook/main.ts gives it.
const root = path.resolve(__dirname, '../..');
const components = [
  { name: 'AgendaBoard', file: 'agenda-board' },
  { name: 'PillarCard', file: 'pillar-card' },
  { name: 'FeedbackAsk', file: 'feedback-ask' },
  { name: 'AntiPatternBanner', file: 'anti-pattern-banner' },
  { name: 'MeetingSignals', file: 'meeting-signals' },
  { name: 'CadenceTimeline', file: 'cadence-timeline' },
] as const;

let index: StoryIndex;
let docs: ComponentDoc[];

beforeAll(async () => {
  index = await buildIndex({ configDir: path.join(root, '.storybook') });
  docs = withCustomConfig(path.join(root, 'tsconfig.json'), reactDocgenTypescriptOptions).parse(
    components.map(({ file }) => path.join(root, `src/react/${file}/${file}.tsx`)),
  );
}, 60_000);

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const entries = () => Object.values(index.entries);

describe('the Storybook docs', () => {
  it('reads props with react-docgen-typescript and these settings', () => {
    expect(storybookConfig.typescript?.reactDocgen).toBe('react-docgen-typescript');
    expect(storybookConfig.typescript?.reactDocgenTypescriptOptions).toBe(reactDocgenTypescriptOptions);
  });

  it.each(components)(
    'has a docs page for $name, written for it, with a usage example that renders',
    ({ name, file }) => {
      const page = entries().find((entry) => entry.type === 'docs' && entry.title === `Components/${name}`);
      expect(page?.importPath).toBe(`./stories/${file}.mdx`);
      expect(page?.tags).toContain('attached-mdx');
      // The usage snippet the page prints is the file its Usage story renders.
      expect(entries().some((entry) => entry.id === `components-${name.toLowerCase()}--usage`)).toBe(true);
      const mdx = read(`stories/${file}.mdx`);
      expect(mdx).toContain(`import usage from './usage/${file}-usage.tsx?raw';`);
      expect(mdx).toMatch(/<Canvas of=\{\w+\.Usage\} source=\{\{ code: usage/);
      expect(read(`stories/${file}.stories.tsx`)).toMatch(
        /export const Usage: Story = \{[^}]*render: \(\) => <\w+Usage \/>/,
      );
      for (const heading of ['## When to use', '## When not to use', "## Do and don't", '## Props']) {
        expect(mdx).toContain(heading);
      }
      // Each do and each don't shows what it means, as a rendered story.
      expect(mdx).toMatch(/doExample=\{<Canvas of=/);
      expect(mdx).toMatch(/dontExample=\{<Canvas of=/);
      expect(mdx).toMatch(/<ArgTypes of=\{\w+\} \/>/);
    },
  );

  it('has a docs page with words for the composed 1:1 screen, and the Tokens page', () => {
    const screen = entries().find((entry) => entry.type === 'docs' && entry.title === 'Screens/One-on-one');
    expect(screen?.importPath).toBe('./stories/one-on-one-screen.mdx');
    expect(read('stories/one-on-one-screen.mdx').split(/\s+/).length).toBeGreaterThan(250);
    expect(entries().some((entry) => entry.id === 'foundations-tokens--all-tokens')).toBe(true);
  });

  it.each(components)('shows every prop of $name with a real type and a description', ({ name }) => {
    const doc = docs.find((entry) => entry.displayName === name)!;
    expect(doc, name).toBeDefined();
    expect(doc.description).not.toBe('');
    const props = Object.entries(doc.props);
    expect(props.length).toBeGreaterThan(4);
    for (const [prop, info] of props) {
      expect(info.type.name, `${name}.${prop}`).not.toMatch(/\b(union|unknown|any)\b|Partial<|Pick<|Omit</);
      expect(info.description, `${name}.${prop} has a description`).not.toBe('');
      // A set of allowed values is listed value by value.
      if (info.type.name === 'enum')
        expect((info.type.value as unknown[]).length, `${name}.${prop}`).toBeGreaterThan(1);
    }
  });

  it('states the defaults a prop has', () => {
    const defaultOf = (component: string, prop: string) =>
      docs.find((entry) => entry.displayName === component)?.props[prop]?.defaultValue?.value;
    expect(defaultOf('AgendaBoard', 'readOnly')).toBe('false');
    expect(defaultOf('PillarCard', 'size')).toBe("'full'");
    expect(defaultOf('PillarCard', 'headingLevel')).toBe('3');
    expect(defaultOf('FeedbackAsk', 'variant')).toBe("'solid'");
    expect(defaultOf('AntiPatternBanner', 'dismissible')).toBe('true');
    expect(defaultOf('AntiPatternBanner', 'variant')).toBe("'callout'");
    expect(defaultOf('MeetingSignals', 'variant')).toBe("'callout'");
    expect(defaultOf('MeetingSignals', 'dismissible')).toBe('true');
    expect(defaultOf('CadenceTimeline', 'variant')).toBe("'card'");
    expect(defaultOf('CadenceTimeline', 'headingLevel')).toBe('3');
  });
});
