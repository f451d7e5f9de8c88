import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { alias } from '../../scripts/aliases.mjs';

// Serves the example against the kit's sources; a real host installs the package instead.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: {
    alias,
  },
});
