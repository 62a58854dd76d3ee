// The server's settings, read once at start from the environment (secrets only from there) and
// checked: a mistake here must stop the start with a sentence, not open the library to a network.
import { resolve } from 'node:path';
import { DEFAULT_POLICY, type CompactPolicy } from './collab/epochs';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  groupsClaim: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** The public origin (scheme://host[:port]); in local mode derived from host and port. */
  origin: string;
  /** True when ORIGIN was given: the CSRF check compares with it instead of the request's host. */
  fixedOrigin: boolean;
  mode: 'local' | 'oidc';
  oidc?: OidcSettings;
  sessionTtlHours: number;
  staticDir: string;
  production: boolean;
  test: boolean;
  /** Take the client address for rate limits from X-Forwarded-For (behind the TLS proxy). */
  trustProxy: boolean;
  /** Sign-in requests (local, login, callback) per client address and minute. */
  signInPerMinute: number;
  /** When a co-edited room left by everyone is compacted into a new epoch (collab/epochs.ts). */
  collabCompact: CompactPolicy;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

type Env = Record<string, string | undefined>;

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at >= 0) {
    const value = argv[at + 1];
    if (!value || value.startsWith('--')) throw new ConfigError(`${name} behöver ett värde`);
    return value;
  }
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function positiveInt(value: string | undefined, fallback: number, name: string, max: number) {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ConfigError(`${name} måste vara ett heltal 1–${max}, inte "${value}"`);
  return n;
}

/** A number in [min, max]; absent → the fallback; anything else is refused with a sentence. */
function numberIn(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ConfigError(`${name} måste vara ett tal ${min}–${max}, inte "${value}"`);
  return n;
}

function collabCompact(env: Env): CompactPolicy {
  return {
    minBytes: numberIn(env, 'COLLAB_COMPACT_BYTES', DEFAULT_POLICY.minBytes, 0, 2 ** 40),
    // Above 0: a ratio of 0 would never compact; 1 compacts whenever the room is over the size.
    maxRatio: numberIn(env, 'COLLAB_COMPACT_RATIO', DEFAULT_POLICY.maxRatio, 0.01, 1),
    keepRetiredDays: numberIn(
      env,
      'COLLAB_KEEP_RETIRED_DAYS',
      DEFAULT_POLICY.keepRetiredDays,
      0,
      36500,
    ),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`ORIGIN är ingen adress: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError('ORIGIN måste börja med https:// (eller http:// för test)');
  return url.origin;
}

function hostInUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export function loadConfig(env: Env, argv: readonly string[] = []): ServerConfig {
  const port = positiveInt(env.PORT, 8080, 'PORT', 65535);
  const host = nonEmpty(env.HOST) ?? '127.0.0.1';
  const dataDir = resolve(flag(argv, '--data') ?? nonEmpty(env.DATA_DIR) ?? './data');
  const issuer = nonEmpty(env.OIDC_ISSUER);
  const originSetting = nonEmpty(env.ORIGIN);
  const base = {
    port,
    host,
    dataDir,
    databaseUrl: nonEmpty(env.DATABASE_URL),
    sessionTtlHours: positiveInt(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS', 24 * 90),
    staticDir: resolve(nonEmpty(env.STATIC_DIR) ?? './dist'),
    production: env.NODE_ENV === 'production',
    test: env.NODE_ENV === 'test' || env.VITEST !== undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    signInPerMinute: positiveInt(env.SIGN_IN_PER_MINUTE, 30, 'SIGN_IN_PER_MINUTE', 100000),
    collabCompact: collabCompact(env),
  };

  if (!issuer) {
    if (!LOOPBACK.has(host))
      throw new ConfigError(
        `Lokalt läge (ingen OIDC_ISSUER) lyssnar bara på den här datorn: HOST=${host} vägras. ` +
          'Sätt HOST=127.0.0.1, eller konfigurera inloggning (OIDC_ISSUER, OIDC_CLIENT_ID, ' +
          'OIDC_CLIENT_SECRET, ORIGIN) för att nå servern från nätverket.',
      );
    const origin = originSetting ? parseOrigin(originSetting) : `http://${hostInUrl(host)}:${port}`;
    return { ...base, mode: 'local', origin, fixedOrigin: originSetting !== undefined };
  }

  const clientId = nonEmpty(env.OIDC_CLIENT_ID);
  const clientSecret = nonEmpty(env.OIDC_CLIENT_SECRET);
  const missing = [
    originSetting ? null : 'ORIGIN',
    clientId ? null : 'OIDC_CLIENT_ID',
    clientSecret ? null : 'OIDC_CLIENT_SECRET',
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 || !originSetting || !clientId || !clientSecret)
    throw new ConfigError(`OIDC_ISSUER är satt men ${missing.join(', ')} saknas`);
  try {
    new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER är ingen adress: "${issuer}"`);
  }
  return {
    ...base,
    mode: 'oidc',
    origin: parseOrigin(originSetting),
    fixedOrigin: true,
    oidc: {
      issuer,
      clientId,
      clientSecret,
      roleClaim: nonEmpty(env.OIDC_ROLE_CLAIM) ?? 'roles',
      groupsClaim: nonEmpty(env.OIDC_GROUPS_CLAIM) ?? 'groups',
    },
  };
}
