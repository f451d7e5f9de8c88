import type { ReactNode } from 'react';

// Blocks for the docs pages: a do and a don't side by side, each with a rendered example.

const column = { display: 'grid', gap: 8, alignContent: 'start', minWidth: 0 } as const;

function Verdict({ kind, children }: { kind: 'do' | 'dont'; children: ReactNode }) {
  const colour = kind === 'do' ? '#17753f' : '#b42318';
  return (
    <div style={column}>
      <p
        style={{
          margin: 0,
          paddingBlockEnd: 4,
          borderBlockEnd: `3px solid ${colour}`,
          color: colour,
          fontWeight: 600,
        }}
      >
        {kind === 'do' ? 'Do' : 'Don’t'}
      </p>
      {children}
    </div>
  );
}

/** A do and a don't: `do` and `dont` are a sentence each, `doExample` and `dontExample` what they look like. */
export function DoDont(props: {
  do: ReactNode;
  dont: ReactNode;
  doExample?: ReactNode;
  dontExample?: ReactNode;
}) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
        gap: 24,
        margin: '16px 0 32px',
      }}
    >
      <Verdict kind="do">
        <div>{props.do}</div>
        {props.doExample}
      </Verdict>
      <Verdict kind="dont">
        <div>{props.dont}</div>
        {props.dontExample}
      </Verdict>
    </div>
  );
}
