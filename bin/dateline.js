#!/usr/bin/env node
// The `dateline` executable: runs the compiled CLI (built by `npm run build`, run by `npm ci`).
import { existsSync } from 'node:fs';
const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('dateline: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(1);
}
await import(compiled.href);
