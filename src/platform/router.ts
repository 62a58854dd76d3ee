// A tiny path router: the library at "/", a process at "/p/<id>", the register at "/register",
// a shared process at "/share#<data>". Paths with an id are made only by the builders below.
// Each open process has its own URL, so a reload returns to it.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'process'; id: string }
  | { name: 'register' }
  | { name: 'landscape' }
  | { name: 'settings' }
  /** A process carried in the URL fragment (see formats/share). */
  | { name: 'share' }
  /** A to-be beside its as-is. */
  | { name: 'compare'; id: string }
  /** The HUKI matrix of a process. */
  | { name: 'huki'; id: string }
  | { name: 'notFound' };

const NAVIGATE = 'fv:navigate';

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'library' };
  if (pathname === '/register') return { name: 'register' };
  if (pathname === '/karta') return { name: 'landscape' };
  if (pathname === '/installningar') return { name: 'settings' };
  if (pathname === '/share') return { name: 'share' };
  const m = /^\/(p|compare|huki)\/([^/]+)$/.exec(pathname);
  const id = m ? decodeId(m[2]!) : null;
  if (!m || id === null) return { name: 'notFound' };
  return { name: m[1] === 'p' ? 'process' : (m[1] as 'compare' | 'huki'), id };
}

export function processPath(id: string): string {
  return `/p/${encodeId(id)}`;
}

export function comparePath(id: string): string {
  return `/compare/${encodeId(id)}`;
}

export function hukiPath(id: string): string {
  return `/huki/${encodeId(id)}`;
}

// An id is any string of 1–100 UTF-16 units (the schema's rule), and an imported file or a
// share link can carry any such id, so a route must round-trip every one of them. Ordinary ids
// are written as they are; others percent-encoded, '~' included (it marks the fallback below).
// Two kinds cannot be percent-encoded into a path segment: ids with a lone surrogate (no UTF-8
// for them, encodeURIComponent throws) and "." / ".." (the URL parser takes "%2E" for a dot
// segment and drops it). Those go as "~" and four hex digits per UTF-16 unit.
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;
const MAX_ID = 100;

function encodeId(id: string): string {
  if (PLAIN_ID.test(id)) return id;
  if (id !== '.' && id !== '..') {
    try {
      return encodeURIComponent(id).replace(/~/g, '%7E');
    } catch {
      // A lone surrogate: the fallback below.
    }
  }
  let out = '~';
  for (let i = 0; i < id.length; i++) out += id.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** The id a path segment names, or null when no id of ours could have made it. */
function decodeId(segment: string): string | null {
  let id: string;
  if (segment.startsWith('~')) {
    const hex = segment.slice(1);
    if (!/^(?:[0-9a-f]{4})+$/.test(hex)) return null;
    id = String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  } else {
    try {
      id = decodeURIComponent(segment);
    } catch {
      // A malformed escape typed or pasted into the address bar.
      return null;
    }
  }
  return id.length >= 1 && id.length <= MAX_ID ? id : null;
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
