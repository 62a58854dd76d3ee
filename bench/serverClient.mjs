// A minimal HTTP client for the server bench: signs a person in through the identity provider's
// redirects (as a browser would, cookies by origin) and sends requests with their session.

/** Follows the sign-in redirects by hand so each origin's cookies stay with that origin. */
export async function signIn(base, hint) {
  const jars = new Map();
  const cookieFor = (url) =>
    [...(jars.get(new URL(url).origin) ?? new Map())].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (url, response) => {
    const origin = new URL(url).origin;
    const jar = jars.get(origin) ?? new Map();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    jars.set(origin, jar);
  };
  let url = `${base}/api/auth/login?login_hint=${encodeURIComponent(hint)}&returnTo=/`;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieFor(url) } });
    keep(url, response);
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    url = new URL(location, url).href;
    if (new URL(url).origin === base && !url.includes('/api/auth/')) break;
  }
  const cookie = cookieFor(base);
  if (!/fv_session=/.test(cookie)) throw new Error(`bench: ${hint} could not sign in`);
  const headers = { cookie, origin: base };
  return {
    get: (path) => fetch(`${base}${path}`, { headers }),
    send: (method, path, body) =>
      fetch(`${base}${path}`, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}
