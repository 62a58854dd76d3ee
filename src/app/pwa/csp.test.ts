import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, parseCsp, securityHeaders } from './csp';

describe('content security policy', () => {
  const header = parseCsp(cspHeader);
  const meta = parseCsp(cspMeta);

  it('the meta copy carries the same directives as the header, less those a meta ignores', () => {
    const expected = new Map(header);
    expected.delete('frame-ancestors');
    expect(meta).toEqual(expected);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no inline or eval code and no other host', () => {
    for (const [name, sources] of header) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-|^https?:|^\*|^ws/);
      }
    }
    expect(header.get('default-src')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('style-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    // A blob: worker would let code run that no file on our origin contains.
    expect(header.get('worker-src')).toEqual(["'self'"]);
  });

  it('is what vite preview sends, next to the other security headers', () => {
    expect(securityHeaders['Content-Security-Policy']).toBe(cspHeader);
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});
