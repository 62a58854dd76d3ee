// The projection of a Y.Doc kept up to date entity by entity (issue 20: a remote change at 1,000
// steps must not cost a 16 ms task). Observers on the root maps note which entities a
// transaction touched; the next projection reads only those again and reuses the objects of the
// rest, so later checks (incrementalCheck.ts, the session's schema cache, memoised views) skip
// them by identity. The result equals project(ydoc) (a property test holds it to that); the
// process-level parts (meta, sets, ordering, normalise) are worked out whole every time, as they
// are cheap.
import type * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { ENTITY_ROOTS, type Read, assemble, readHuki, readOne, sortReads } from './read';
import { ROOT } from './shape';

interface RootCache {
  reads: Map<string, Read>;
  sorted: Read[] | null;
  dirty: Set<string>;
  /** Read the whole root again (first time, or when an event could not be placed). */
  all: boolean;
}

export interface Projector {
  /** The process in the doc now, as project(ydoc) gives it; null when none or unreadable. */
  project(): Process | null;
  stop(): void;
}

const keyOf = (e: Y.YEvent<Y.AbstractType<unknown>>, root: Y.Map<unknown>): string[] | null => {
  if (e.target === root) return [...(e as Y.YMapEvent<unknown>).keysChanged];
  const id = e.path[0];
  return typeof id === 'string' ? [id] : null;
};

function refresh(root: Y.Map<unknown>, cache: RootCache, hidden: boolean): Read[] {
  if (cache.all) {
    cache.reads.clear();
    for (const [id, map] of root.entries()) {
      const read = readOne(id, map, hidden);
      if (read) cache.reads.set(id, read);
    }
  } else {
    if (!cache.dirty.size && cache.sorted) return cache.sorted;
    // Same entities with the same order keys: the previous order holds, with the new reads.
    let placed = cache.sorted !== null;
    for (const id of cache.dirty) {
      const was = cache.reads.get(id);
      const read = readOne(id, root.get(id), hidden);
      if (!read || !was || read.key.order !== was.key.order) placed = false;
      if (read) cache.reads.set(id, read);
      else cache.reads.delete(id);
    }
    if (placed) {
      cache.sorted = cache.sorted!.map((r) => cache.reads.get(r.key.id)!);
      cache.dirty.clear();
      return cache.sorted;
    }
  }
  cache.all = false;
  cache.dirty.clear();
  cache.sorted = sortReads([...cache.reads.values()]);
  return cache.sorted;
}

export function createProjector(ydoc: Y.Doc): Projector {
  const caches = new Map<string, RootCache>();
  const offs: (() => void)[] = [];
  for (const { name } of ENTITY_ROOTS) {
    const root = ydoc.getMap<unknown>(name);
    const cache: RootCache = { reads: new Map(), sorted: null, dirty: new Set(), all: true };
    caches.set(name, cache);
    const note = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const e of events) {
        let ids: string[] | null;
        try {
          ids = keyOf(e, root);
        } catch {
          ids = null;
        }
        if (ids) for (const id of ids) cache.dirty.add(id);
        else cache.all = true;
      }
    };
    root.observeDeep(note);
    offs.push(() => root.unobserveDeep(note));
  }
  const hukiRoot = ydoc.getMap<unknown>(ROOT.huki);
  let huki: Process['huki'] | null = null;
  const hukiChanged = () => {
    huki = null;
  };
  hukiRoot.observe(hukiChanged);
  offs.push(() => hukiRoot.unobserve(hukiChanged));

  const hidden = new Map(ENTITY_ROOTS.map((r) => [r.name, r.hidden]));
  return {
    project() {
      try {
        huki ??= readHuki(ydoc);
        return assemble(
          ydoc,
          (name) => refresh(ydoc.getMap(name), caches.get(name)!, hidden.get(name)!),
          huki,
        );
      } catch {
        // As project(): a peer that wrote nonsense gives a view that fails validation. The
        // caches may be half done: read everything again next time.
        for (const cache of caches.values()) cache.all = true;
        huki = null;
        return null;
      }
    },
    stop() {
      for (const off of offs) off();
    },
  };
}
