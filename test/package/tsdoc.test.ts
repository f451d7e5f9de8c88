import path from 'node:path';
import ts from 'typescript';

// "Docs that answer": every public export carries TSDoc, and every runtime export an @example,
// so an editor's hover shows what a name does and how to call it.
const root = path.resolve(__dirname, '../..');
const entries = {
  core: 'src/core/index.ts',
  'server-safe': 'src/server-safe/index.ts',
  react: 'src/react/index.ts',
};

function undocumented(entry: string): string[] {
  const file = path.join(root, entry);
  const program = ts.createProgram([file], {
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
    paths: {
      'one-on-one-kit/core': [path.join(root, entries.core)],
      'one-on-one-kit/server-safe': [path.join(root, entries['server-safe'])],
    },
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const problems: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const documented = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
    if (!documented) problems.push(`${exported.name}: no TSDoc`);
    else if (symbol.flags & ts.SymbolFlags.Value && !hasExample)
      problems.push(`${exported.name}: no @example`);
  }
  return problems;
}

describe('TSDoc on the public API', () => {
  for (const [name, entry] of Object.entries(entries)) {
    it(`documents every export of the ${name} entry, with an example for each runtime value`, () => {
      expect(undocumented(entry)).toEqual([]);
    }, 30_000);
  }
});
