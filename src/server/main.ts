// Starts the server: settings from the environment, the database (migrated), sign-in discovery in
// organisation mode, then HTTP on HOST:PORT until SIGTERM/SIGINT.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createServerApp } from './app';
import { discoverOidc } from './auth/oidc';
import { createCollab } from './collab/collab';
import { attachCollab } from './collab/upgrade';
import { yMapping } from './collab/yMapping';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { createLogger } from './http/logging';

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const log = createLogger(false);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const oidc = config.oidc ? await discoverOidc(config.oidc) : undefined;
  const collab = createCollab({
    db: database.db,
    mapping: yMapping,
    log,
    compact: config.collabCompact,
  });
  const app = createServerApp({ ...database, config, oidc, log, collab });

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const url = `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`;
    // Plain lines, not JSON: the first thing a newcomer reads after `npm start`.
    if (config.mode === 'local') console.log(`Lokalt läge – bara den här datorn: ${url}`);
    else
      console.log(
        `Organisationsläge (${config.oidc?.issuer}): ${config.origin}, lyssnar på ${url}`,
      );
    console.log(
      `Databas: ${database.dialect === 'sqlite' ? `SQLite i ${config.dataDir}` : 'PostgreSQL'}`,
    );
  });
  // Co-editing: WebSocket upgrades on /collab (collab/upgrade.ts); other paths are refused.
  const closeCollab = attachCollab(server as Server, {
    db: database.db,
    collab,
    log,
    origin: config.fixedOrigin ? config.origin : undefined,
    loopbackOnly: config.mode === 'local' && !config.fixedOrigin,
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Porten ${config.port} är upptagen: sätt PORT till en ledig port.`
        : `Servern kunde inte lyssna på ${config.host}:${config.port}: ${error.message}`,
    );
    void database.close().finally(() => process.exit(1));
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: stänger`);
    // Open keep-alive connections would hold close() forever; give requests in flight 10 s.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Pending co-editing stores first, while the database is open; closing the sockets also
    // lets server.close() finish.
    const stopped = closeCollab().catch((error: unknown) => {
      log.error({ err: error }, 'collab: closing failed');
    });
    server.close(() => {
      stopped
        .then(() => database.close())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Servern kunde inte starta:', error instanceof Error ? error.message : error);
  process.exit(1);
});
