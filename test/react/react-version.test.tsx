import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { inject } from 'vitest';

// The react and react-18 projects run this same suite; this proves each runs on the React it names,
// with React DOM, its server renderer and Testing Library all on that one copy.
describe('the React under test', () => {
  it('is the version this project names, everywhere', () => {
    const major = inject('reactMajor');
    expect(React.version.split('.')[0]).toBe(String(major));
    expect(ReactDOM.version).toBe(React.version);
    expect(serverVersion).toBe(React.version);
    if (major === 18) expect(React.version).toBe('18.3.1');
  });

  it('shares one React with Testing Library (hooks would throw across two copies)', () => {
    function Counter() {
      const [count] = React.useState(41);
      return <p>{count + 1}</p>;
    }
    render(<Counter />);
    expect(screen.getByText('42')).toBeInTheDocument();
  });
});
