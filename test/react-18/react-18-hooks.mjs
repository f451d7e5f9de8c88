// The import side of use-react-18.mjs: a resolve hook that sends React 19's files to their React 18 twins.
import { fileURLToPath, pathToFileURL } from 'node:url';

let from = [];
let to = [];

export function initialize(data) {
  ({ from, to } = data);
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (!result.url.startsWith('file:')) return result;
  const file = fileURLToPath(result.url);
  const at = from.findIndex((prefix) => file.startsWith(prefix));
  if (at === -1) return result;
  // No format: React 18 is CommonJS where React 19 may not be, so Node works it out again.
  return { url: pathToFileURL(to[at] + file.slice(from[at].length)).href, shortCircuit: true };
}
