/** `dateline serve`: the HTTP API and web application over a store. */
import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { listen, closeOnSignal } from '../../server/listen.js';

export interface ServeFlags {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
  readonly cors?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web application')
    .option('--db <url>', 'SQLite file or postgres:// URL (default $DATELINE_DB or ./dateline.db)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind ("localhost" = 127.0.0.1 and ::1)', '127.0.0.1')
    .option('--cors <origin>', 'allow this origin to call the API from a browser (off by default)')
    .action(async (flags: ServeFlags) => {
      const store = await openStore(flags.db);
      await serveStore(store, flags);
    });
}

/** Serves an open store until a stop signal; shared with `dateline start`. */
export async function serveStore(store: Awaited<ReturnType<typeof openStore>>, flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${JSON.stringify(flags.port)}`);
  const token = process.env.DATELINE_TOKEN || null;
  const running = await listen(store, { port, host: flags.host, token, cors: flags.cors ?? null });
  closeOnSignal(running, store);
  const shown = flags.host === '127.0.0.1' || flags.host === '::1' || flags.host === 'localhost' ? 'localhost' : flags.host.includes(':') ? `[${flags.host}]` : flags.host;
  process.stdout.write(
    `Dateline is serving ${store.location} on http://${shown}:${running.port}/ ` +
      `(API: /api, OpenAPI: /api/openapi.json; writes ${token ? 'need the DATELINE_TOKEN bearer' : 'disabled: DATELINE_TOKEN unset'})\n`,
  );
}
