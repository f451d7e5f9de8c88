// Loaded with `node --import` into the workers of the react-18 test project (and the React 18 server
// rendering check): whatever asks for React or React DOM, by import or by require, from our sources,
// Radix or Testing Library, gets this folder's 18.3 instead of the repository's 19.
import Module, { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const names = ['react', 'react-dom'];
const from = names.map((name) => path.join(root, 'node_modules', name) + path.sep);
const to = names.map((name) => path.join(here, 'node_modules', name) + path.sep);

// require(): swap the file Node resolved. import: the hook module does the same for URLs.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolveFilename.apply(this, args);
  const at = from.findIndex((prefix) => file.startsWith(prefix));
  return at === -1 ? file : to[at] + file.slice(from[at].length);
};

register('./react-18-hooks.mjs', import.meta.url, { data: { from, to } });
