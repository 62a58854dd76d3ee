// A tiny static server for a built app on 127.0.0.1: the bench serves the app and the baseline
// pages itself. Unknown paths get index.html (the app routes on the client, e.g. /p/<id>).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(dir: string, port: number): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    void stat(file)
      .then((s) => (s.isFile() ? file : join(root, 'index.html')))
      .catch(() => join(root, 'index.html'))
      .then((found) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        createReadStream(found)
          .on('error', () => res.destroy())
          .pipe(res);
      });
  });
  const listening = await listen(server, port).catch(() => listen(server, 0));
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}
