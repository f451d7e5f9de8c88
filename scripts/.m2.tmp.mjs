import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const code of [process.argv[2], process.argv[3]]) {
const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', target: 'es2022' });
console.log(gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
}
