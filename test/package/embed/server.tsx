// Renders the embedding page's app to HTML in Node, from dist/, as a host's server would.
import { renderToString } from 'react-dom/server';
import { EmbedApp } from './app';

export function renderEmbedApp() {
  return renderToString(<EmbedApp />);
}
