// The routes the canvas draws. A flow of a few hundred steps is routed right away; a larger one
// in a worker, so opening it or dropping a step never waits for the routing. Until the new
// routes arrive the canvas keeps the ones it has: a connection whose steps have not moved keeps
// its route, one whose step moved takes the plain route (FlowEdge checks each against `seen`).
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { cachedRoutes, keepRoutes, knownRoutes } from '../../domain/layout/routeCache';
import type { RoutedConnection, Routes } from '../../domain/layout/routing';
import type { Process } from '../../domain/model/types';
import { routeInWorker } from './routeInWorker';
import { ROUTE_IN_PAGE_STEPS } from './routeLimits';
import { sameGeometry } from './sameGeometry';

/** Routes and the document version they were worked out for. */
export interface RoutedDoc {
  doc: Process;
  routes: Routes;
}

const NONE: Routes = new Map();
const pairs = new WeakMap<Process, RoutedDoc>();
const pair = (doc: Process, routes: Routes): RoutedDoc => {
  let known = pairs.get(doc);
  if (!known) pairs.set(doc, (known = { doc, routes }));
  return known;
};

export function useRoutes(doc: Process): RoutedDoc {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const shown = useRef<RoutedDoc | null>(null);
  const current = useRef(doc);
  // A version that moved nothing (a renamed step) keeps the routes shown, without a lookup.
  const kept =
    shown.current && sameGeometry(shown.current.doc, doc) ? shown.current.routes : undefined;
  const ready =
    kept ?? (doc.steps.length <= ROUTE_IN_PAGE_STEPS ? cachedRoutes(doc) : knownRoutes(doc));
  const unrouted = useMemo(() => ({ doc, routes: NONE }), [doc]);
  const result = ready ? pair(doc, ready) : (shown.current ?? unrouted);

  useEffect(() => {
    current.current = doc;
    if (ready) {
      shown.current = pair(doc, ready);
      return;
    }
    let cancelled = false;
    routeInWorker(doc).then(
      (routes) => {
        if (cancelled || current.current !== doc) return;
        keepRoutes(doc, sameWherePossible(shown.current?.routes, routes));
        arrived();
      },
      () => {
        // A worker that fails (out of memory, blocked): route here rather than draw nothing.
        if (cancelled || current.current !== doc) return;
        cachedRoutes(doc);
        arrived();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [doc, ready]);
  return result;
}

/**
 * The new routes, with each route that did not change replaced by the object shown before: the
 * canvas then rebuilds only the edges whose route changed (after a drop, a handful of a thousand),
 * instead of all of them in one long task.
 */
export function sameWherePossible(before: Routes | undefined, after: Routes): Routes {
  if (!before) return after;
  const out = new Map(after);
  for (const [id, route] of after) {
    const old = before.get(id);
    if (old && sameRoute(old, route)) out.set(id, old);
  }
  return out;
}

function sameRoute(a: RoutedConnection, b: RoutedConnection): boolean {
  if (a.from !== b.from || a.to !== b.to || a.kind !== b.kind) return false;
  if (a.points.length !== b.points.length) return false;
  for (let i = 0; i < a.points.length; i++) {
    if (a.points[i]![0] !== b.points[i]![0] || a.points[i]![1] !== b.points[i]![1]) return false;
  }
  const [la, lb] = [a.label, b.label];
  if (!la || !lb) return la === lb;
  return la.x === lb.x && la.y === lb.y && la.width === lb.width && la.height === lb.height;
}
