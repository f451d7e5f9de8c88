import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemas, toJsonFile } from '../../src/schema';

// The schemas as a host gets them: files in dist/, reached through the package's exports map.
const root = path.resolve(__dirname, '../..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

describe('the shipped JSON Schemas', () => {
  it('are the files the schema source writes, byte for byte', () => {
    for (const [name, schema] of Object.entries(schemas))
      expect(readFileSync(path.join(root, `dist/schema/${name}.json`), 'utf8')).toBe(toJsonFile(schema));
  });

  it('resolve as one-on-one-kit/schema/<name>.json from ESM and CommonJS', () => {
    const names = Object.keys(schemas);
    const esm = node([
      '--input-type=module',
      '-e',
      `const names = ${JSON.stringify(names)};
       const ids = [];
       for (const name of names) ids.push((await import('one-on-one-kit/schema/' + name + '.json', { with: { type: 'json' } })).default.$id);
       console.log(JSON.stringify(ids));`,
    ]);
    const cjs = node([
      '-e',
      `console.log(JSON.stringify(${JSON.stringify(names)}.map((name) => require('one-on-one-kit/schema/' + name + '.json').$id)))`,
    ]);
    const ids = names.map((name) => schemas[name as keyof typeof schemas]['$id']);
    expect(JSON.parse(esm)).toEqual(ids);
    expect(JSON.parse(cjs)).toEqual(ids);
  });
});
