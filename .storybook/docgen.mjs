// How Storybook reads the components' props for their docs pages: react-docgen-typescript, which
// follows imported types (react-docgen stops at them and says "union" or "unknown"). Shared by
// .storybook/main.ts and the test that checks the props tables (test/package/storybook-docs.test.ts).

/** Wrapper types shown by what they hold: `Partial<AgendaBoardMessages>` reads "AgendaBoardMessages (some or all of its keys)". */
const READABLE = [
  [/^Partial<(\w+)>$/, '$1 (some or all of its keys)'],
  [/^Omit<DetailedHTMLProps<HTMLAttributes<HTML(\w+)Element>, HTML\w+Element>, "ref">$/, '$1 element props'],
];

/** @type {import('react-docgen-typescript').ParserOptions} */
export const reactDocgenTypescriptOptions = {
  shouldExtractLiteralValuesFromEnum: true,
  shouldRemoveUndefinedFromOptional: true,
  savePropValueAsString: true,
  // The kit's own props, not the hundreds a DOM element or Radix part takes.
  propFilter: (prop) => {
    if (prop.parent && /node_modules/.test(prop.parent.fileName)) return false;
    if (prop.declarations?.every((declaration) => /node_modules/.test(declaration.fileName))) return false;
    for (const [pattern, replacement] of READABLE) {
      if (pattern.test(prop.type.name)) prop.type.name = prop.type.name.replace(pattern, replacement);
    }
    return true;
  },
};
