// Copy and paste of steps, also between processes and browser tabs: the clipboard carries the
// steps, the connections among them, and the register entries of their lanes, as JSON text.
// Pasted steps always land in a lane: the lane of the same unit if the process has one,
// otherwise a new lane for that unit.
import { z } from 'zod';
import { newId } from '../../domain/model/ids';
import { newLane } from '../../domain/model/factories';
import type { Connection, Process, RegisterEntry, Step } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import {
  LIMITS,
  connectionSchema,
  registerEntrySchema,
  stepSchema,
} from '../../domain/schema/process';
import { parseQuickEntry } from '../quickEntry/parseQuickEntry';

const MARKER = 'flodesverkstan/steps';

const payloadSchema = z.object({
  type: z.literal(MARKER),
  version: z.literal(1),
  steps: z.array(stepSchema).min(1).max(5_000),
  connections: z.array(connectionSchema).max(10_000),
  /** For each lane used by the steps: the register entry it was bound to. */
  lanes: z.array(z.object({ laneId: z.string().max(100), entry: registerEntrySchema })).max(200),
});
export type ClipboardPayload = z.infer<typeof payloadSchema>;

export function copySteps(
  doc: Process,
  ids: readonly string[],
  register: ReadonlyMap<string, RegisterEntry>,
): ClipboardPayload | null {
  const chosen = new Set(ids);
  const steps = doc.steps.filter((s) => chosen.has(s.id));
  if (steps.length === 0) return null;
  const connections = doc.connections.filter((c) => chosen.has(c.from) && chosen.has(c.to));
  const laneIds = [...new Set(steps.map((s) => s.laneId))];
  const lanes = laneIds.flatMap((laneId) => {
    const lane = doc.lanes.find((l) => l.id === laneId);
    const entry = lane && register.get(lane.registerId);
    return entry ? [{ laneId, entry }] : [];
  });
  return { type: MARKER, version: 1, steps, connections, lanes };
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/** Our payload, or null for any other text (which may be pasted as plain lines instead). */
export function parseClipboard(text: string): ClipboardPayload | null {
  if (text.length > 5_000_000 || !text.includes(MARKER)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Plain text pastes at most this many lines, one step each. */
export const MAX_PASTE_LINES = 200;

export interface PlainPaste {
  /** The lines to add as steps, in order. */
  lines: string[];
  /** Lines whose step text is longer than a label may be (they are cut when added). */
  cut: number;
  /** Lines beyond MAX_PASTE_LINES, not pasted. */
  dropped: number;
}

/** Plain lines of text as steps: blank lines skipped, at most MAX_PASTE_LINES, long ones counted. */
export function planPlainPaste(text: string): PlainPaste {
  const all = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const lines = all.slice(0, MAX_PASTE_LINES);
  const cut = lines.filter((line) => (parseQuickEntry(line)?.label.length ?? 0) > LIMITS.label);
  return { lines, cut: cut.length, dropped: all.length - lines.length };
}

export interface PastePlan {
  ops: Operation[];
  stepIds: string[];
  /** Register entries the workspace lacks (copied from another workspace). */
  newEntries: RegisterEntry[];
}

export function planPaste(
  doc: Process,
  payload: ClipboardPayload,
  register: ReadonlyMap<string, RegisterEntry>,
  offset: { x: number; y: number },
): PastePlan {
  const ops: Operation[] = [];
  const newEntries: RegisterEntry[] = [];
  const laneMap = new Map<string, string>();
  for (const { laneId, entry } of payload.lanes) {
    const same = doc.lanes.find((l) => l.registerId === entry.id);
    if (same) {
      laneMap.set(laneId, same.id);
      continue;
    }
    if (!register.has(entry.id) && !newEntries.some((e) => e.id === entry.id))
      newEntries.push(entry);
    const lane = newLane(entry.id);
    ops.push({ type: 'lane.add', lane });
    laneMap.set(laneId, lane.id);
  }
  const fallbackLane = doc.lanes[0]?.id;
  const idMap = new Map(payload.steps.map((s) => [s.id, newId('s')]));
  const steps: Step[] = payload.steps.flatMap((s) => {
    const laneId = laneMap.get(s.laneId) ?? fallbackLane;
    if (!laneId) return [];
    return [
      {
        ...s,
        id: idMap.get(s.id)!,
        laneId,
        x: Math.max(0, s.x + offset.x),
        y: Math.max(8, s.y + offset.y),
      },
    ];
  });
  const connections: Connection[] = payload.connections
    .filter((c) => idMap.has(c.from) && idMap.has(c.to))
    .map((c) => ({ ...c, id: newId('c'), from: idMap.get(c.from)!, to: idMap.get(c.to)! }));
  if (steps.length) ops.push({ type: 'step.add', steps, connections });
  return { ops, stepIds: steps.map((s) => s.id), newEntries };
}
