/**
 * Serving the built web application (web/dist): the files found there at start-up, each with its
 * content type; the HTML with a strict Content-Security-Policy (scripts from this origin only,
 * no inline script). Unknown paths outside /api get the application's index.html.
 */
import type { Hono, Context } from 'hono';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep, extname } from 'node:path';

/** The policy of the application's pages: no inline script. Inline styles stay allowed: the graph library injects a style element (test/e2e.test.ts catches any other violation). */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  readonly immutable: boolean;
}

export function serveWeb(app: Hono, root: string): void {
  const files = new Map<string, StaticFile>();
  for (const path of walk(root)) {
    const url = `/${relative(root, path).split(sep).join('/')}`;
    files.set(url, {
      body: readFileSync(path),
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      // Vite names built assets by content hash: they never change.
      immutable: url.startsWith('/assets/'),
    });
  }
  const index = files.get('/index.html') ?? null;

  const send = (c: Context, file: StaticFile): Response => {
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (file.type.startsWith('text/html')) headers['Content-Security-Policy'] = HTML_CSP;
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
  };

  app.on(['GET', 'HEAD'], '*', (c, next) => {
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (file) return send(c, file);
    if (!index) {
      return c.text('The web application is not built: run `npm run build` (npm ci does it).', 503, {
        'Content-Security-Policy': "default-src 'none'",
      });
    }
    // Application routes live in the hash; any other page path gets the application.
    if (c.req.path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(c.req.path)) return next();
    return send(c, index);
  });
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
