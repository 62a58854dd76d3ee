import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const OIDC = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
  ORIGIN: 'https://processer.kommun.se',
};

describe('loadConfig', () => {
  it('starts a newcomer in local mode on 127.0.0.1:8080 with ./data and ./dist', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', port: 8080 });
    expect(config.origin).toBe('http://127.0.0.1:8080');
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.staticDir.endsWith('/dist')).toBe(true);
    expect(config.sessionTtlHours).toBe(12);
    expect(config.oidc).toBeUndefined();
  });

  it('takes --data over DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/a' }, ['--data', '/tmp/b']).dataDir).toBe('/tmp/b');
    expect(loadConfig({ DATA_DIR: '/tmp/a' }, ['--data=/tmp/c']).dataDir).toBe('/tmp/c');
    expect(loadConfig({ DATA_DIR: '/tmp/a' }).dataDir).toBe('/tmp/a');
  });

  it.each(['0.0.0.0', '192.168.1.10', '::'])('refuses HOST=%s without OIDC', (host) => {
    expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: host })).toThrow(/OIDC_ISSUER/);
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('accepts HOST=%s in local mode', (host) => {
    expect(loadConfig({ HOST: host }).mode).toBe('local');
  });

  it('refuses OIDC without ORIGIN, client id or secret, naming what is missing', () => {
    expect(() => loadConfig({ ...OIDC, ORIGIN: '' })).toThrow(/ORIGIN/);
    expect(() => loadConfig({ ...OIDC, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ ...OIDC, OIDC_CLIENT_SECRET: undefined })).toThrow(
      /OIDC_CLIENT_SECRET/,
    );
  });

  it('runs organisation mode on any interface with OIDC', () => {
    const config = loadConfig({ ...OIDC, HOST: '0.0.0.0', OIDC_ROLE_CLAIM: 'app_roles' });
    expect(config.mode).toBe('oidc');
    expect(config.host).toBe('0.0.0.0');
    expect(config.origin).toBe('https://processer.kommun.se');
    expect(config.oidc).toMatchObject({ roleClaim: 'app_roles', groupsClaim: 'groups' });
  });

  it('refuses a bad PORT, SESSION_TTL_HOURS or ORIGIN', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '0' })).toThrow(/SESSION_TTL_HOURS/);
    expect(() => loadConfig({ ...OIDC, ORIGIN: 'ftp://x' })).toThrow(/ORIGIN/);
  });
  it('reads when co-edited rooms are compacted, and refuses a setting that is not one', () => {
    expect(loadConfig({}).collabCompact).toEqual({
      minBytes: 512 * 1024,
      maxRatio: 0.75,
      keepRetiredDays: 90,
    });
    const set = loadConfig({
      COLLAB_COMPACT_BYTES: '1048576',
      COLLAB_COMPACT_RATIO: '0.5',
      COLLAB_KEEP_RETIRED_DAYS: '30',
    });
    expect(set.collabCompact).toEqual({ minBytes: 1048576, maxRatio: 0.5, keepRetiredDays: 30 });
    // 75 meant as per cent would silently never shrink anything: said at start instead.
    expect(() => loadConfig({ COLLAB_COMPACT_RATIO: '75' })).toThrow(/COLLAB_COMPACT_RATIO/);
    expect(() => loadConfig({ COLLAB_KEEP_RETIRED_DAYS: 'ninety' })).toThrow(ConfigError);
  });
});
