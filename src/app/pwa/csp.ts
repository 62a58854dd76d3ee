// The one place the app's Content-Security-Policy and security headers are written down.
// vite.config.ts serves them from `vite preview` and stamps the meta copy into the built
// index.html; the static host should send the same header (see docs on deployment).
// Kept free of Vite/Node imports so both the config and unit tests can read it.

/** Directives in the order they are sent. The reasons are in reliability.md (c). */
export const cspDirectives: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // PNG export draws our own SVG through an Image from a blob:/data: URL; svg2pdf probes data: images.
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The ELK layout worker is a file from our origin; blob: workers stay forbidden.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['media-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['upgrade-insecure-requests'],
];

/** Browsers ignore these in a <meta> policy and warn about them in the console. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialize(directives: typeof cspDirectives): string {
  return directives.map((d) => d.join(' ')).join('; ');
}

export const cspHeader = serialize(cspDirectives);
export const cspMeta = serialize(cspDirectives.filter(([name]) => !headerOnly.has(name)));

/** Response headers for index.html, the service worker and the manifest (and harmless on the rest). */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspHeader,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=()',
};

/** Parses a policy string into directive name → sources, for comparing policies. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
