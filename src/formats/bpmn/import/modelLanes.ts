// Lane drafts become the process's lanes and register entries, top to bottom as drawn. Heights
// are the drawn ones; the load gate (fitLanes) grows a lane to hold its steps.
import { LANE_MIN_HEIGHT } from '../../../domain/model/geometry';
import type { Lane, RegisterEntry } from '../../../domain/model/types';
import { list } from '../moddle';
import { laneEntries } from '../../laneEntries';
import { SCALE_Y, type LaneDraft } from './context';
import { isCustomerName } from '../../../domain/register/customerNames';

/** Lanes in drawing order (top to bottom); lanes the file does not draw come last. */
export function inDrawingOrder(lanes: readonly LaneDraft[]): LaneDraft[] {
  return [...lanes].sort(
    (a, b) => (a.bounds?.y ?? Number.MAX_SAFE_INTEGER) - (b.bounds?.y ?? Number.MAX_SAFE_INTEGER),
  );
}

export function modelLanes(
  ordered: readonly LaneDraft[],
  processFv: Record<string, unknown> | undefined,
  defaultLaneName: string | undefined,
): { lanes: Lane[]; register: RegisterEntry[] } {
  const register: RegisterEntry[] = [];
  const registered = new Set<string>();
  const fvRegister = list<RegisterEntry>(processFv?.register);
  const entryFor = laneEntries();
  const lanes: Lane[] = ordered.map((draft) => {
    const fv = draft.fv?.record === 'lane' ? (draft.fv.lane as Lane) : undefined;
    const fromFv = fv && fvRegister.find((e) => e.id === fv.registerId);
    const customer = draft.customer || isCustomerName(draft.name);
    const entry: RegisterEntry = fromFv
      ? { ...fromFv, name: (draft.name || fromFv.name).slice(0, 500) }
      : entryFor(
          `r-${draft.id}`.slice(0, 100),
          (draft.name || defaultLaneName || 'Lane').slice(0, 500),
          customer,
        );
    if (!registered.has(entry.id)) register.push(entry);
    registered.add(entry.id);
    if (fv) {
      // A lane resized in another tool keeps its new height; our own export draws it exactly.
      const drawn = draft.bounds?.height;
      const height =
        drawn !== undefined && Math.abs(drawn - fv.height) > 1 ? Math.round(drawn) : fv.height;
      return { ...fv, id: draft.id, registerId: entry.id, height };
    }
    const height = Math.max(LANE_MIN_HEIGHT, Math.round((draft.bounds?.height ?? 0) * SCALE_Y));
    return {
      id: draft.id,
      registerId: entry.id,
      height,
      ...(draft.pool ? { pool: draft.pool } : {}),
    };
  });
  return { lanes, register };
}
