import type { Decorator, Preview } from '@storybook/react-vite';
// Loaded as a host app would load it: the built stylesheet's sources, tokens first.
import '../src/styles/index.css';

type Theme = 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const dir: Direction = context.globals['dir'] === 'rtl' ? 'rtl' : 'ltr';
  if (typeof document !== 'undefined') {
    // Portalled parts (dialogs) live on <body>, so the theme and direction go on the root element too.
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.dir = dir;
  }
  // A story of a host page without the kit's wrapper sets `parameters.ookCanvas: false`.
  if (context.parameters['ookCanvas'] === false) return <Story />;
  return (
    <div
      data-theme={theme}
      dir={dir}
      // In a docs page each story is as tall as its content; alone on the canvas it fills the page.
      className={context.viewMode === 'docs' ? 'ook-story-canvas ook-story-canvas--docs' : 'ook-story-canvas'}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  initialGlobals: { theme: 'light', dir: 'ltr' },
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is an axe test; a violation fails `npm test`.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  tags: ['autodocs'],
};

export default preview;
