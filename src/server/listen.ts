/**
 * Running the app on Node's HTTP server: one listener per host (so "localhost" answers on both
 * 127.0.0.1 and ::1), closed together with the store on SIGINT/SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Store } from '../store/api.js';
import { createApp, type AppOptions } from './app.js';

/** The built web application, beside dist/ and src/ alike. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ListenOptions extends AppOptions {
  readonly port: number;
  /** Hosts to bind; "localhost" means 127.0.0.1 and ::1. */
  readonly host: string;
}

export interface Running {
  readonly servers: readonly Server[];
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  close(): Promise<void>;
}

export async function listen(store: Store, options: ListenOptions): Promise<Running> {
  const app = createApp(store, { webRoot: WEB_ROOT, ...options });
  const listener = getRequestListener(app.fetch);
  const hosts = options.host === 'localhost' ? ['127.0.0.1', '::1'] : [options.host];
  const servers: Server[] = [];
  let port = options.port;
  for (const [i, host] of hosts.entries()) {
    const server = createServer(listener);
    server.keepAliveTimeout = 5000;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      // Only the first host is required: a machine without IPv6 still serves on 127.0.0.1.
      if (i === 0) throw error;
      continue;
    }
    const address = server.address();
    if (address && typeof address === 'object') port = address.port;
    servers.push(server);
  }
  return {
    servers,
    port,
    close: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      })));
    },
  };
}

/** Closes the servers and the store on Ctrl-C or a stop signal. */
export function closeOnSignal(running: Running, store: Store): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    process.stderr.write(`dateline: ${signal}, closing\n`);
    void running.close().then(() => store.close()).finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
