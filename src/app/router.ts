// A tiny path router: the library at "/", a process at "/p/<id>", the register at "/register",
// a shared process at "/share#<data>".
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
  const h = /^\/huki\/([A-Za-z0-9_-]{1,100})$/.exec(pathname);
  if (h) return { name: 'huki', id: h[1]! };
  const c = /^\/compare\/([A-Za-z0-9_-]{1,100})$/.exec(pathname);
  if (c) return { name: 'compare', id: c[1]! };
  const m = /^\/p\/([A-Za-z0-9_-]{1,100})$/.exec(pathname);
  if (m) return { name: 'process', id: m[1]! };
  return { name: 'notFound' };
}

export function processPath(id: string): string {
  return `/p/${encodeURIComponent(id)}`;
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
