import type { Decorator, Preview } from '@storybook/react-vite';
// Loaded as a host app would load it: the built stylesheet's sources, tokens first.
import '../src/styles/index.css';

type Theme = 'light' | 'dark';

const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  if (typeof document !== 'undefined') {
    // Portalled parts (dialogs) live on <body>, so the theme goes on the root element too.
    document.documentElement.dataset['theme'] = theme;
  }
  // A story of a host page without the kit's wrapper sets `parameters.ookCanvas: false`.
  if (context.parameters['ookCanvas'] === false) return <Story />;
  return (
    <div data-theme={theme} className="ook-story-canvas">
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  initialGlobals: { theme: 'light' },
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
