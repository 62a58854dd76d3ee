// When to take an automatic snapshot of a process, and which snapshots to keep. Pure: the
// recorder (src/history) and the repository (src/storage) hand in the times and the versions.
import type { Process } from '../model/types';

export type RevisionKind = 'auto' | 'named' | 'restore';

/** What the keep-or-drop policy needs to know of a stored revision. */
export interface RevisionStamp {
  id: string;
  /** ISO time the snapshot was taken. */
  createdAt: string;
  kind: RevisionKind;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** While a person edits, at most one automatic snapshot per this many milliseconds. */
export const AUTO_INTERVAL_MS = 5 * MINUTE;
/** A snapshot waits for a pause in the editing this long, so writing never gets in the way. */
export const IDLE_MS = 3_000;
/** Automatic snapshots of the last 24 hours kept, at most. */
export const RECENT_CAP = 50;
/** Up to this age one automatic snapshot per day is kept, after it one per week. */
export const DAILY_FOR_DAYS = 30;

/**
 * On open and after a spell of editing alike: a snapshot unless the newest version already
 * holds exactly this (by content fingerprint), so opening a process without editing, or edits
 * all taken back, never pile up identical versions.
 */
export function worthSnapshot(fingerprint: string, newestFingerprint: string | null): boolean {
  return fingerprint !== newestFingerprint;
}

export interface EditingClock {
  /** When the last snapshot was taken (or the process opened), ms since the epoch. */
  lastSnapshotAt: number;
  /** The last edit since that snapshot, or null when nothing changed since. */
  lastEditAt: number | null;
}

/**
 * When the next automatic snapshot is due while editing: the interval after the last one, and
 * never before a pause in the editing. null: nothing to take (no edit since the last).
 */
export function nextSnapshotDue(
  clock: EditingClock,
  timing: { intervalMs: number; idleMs: number } = {
    intervalMs: AUTO_INTERVAL_MS,
    idleMs: IDLE_MS,
  },
): number | null {
  if (clock.lastEditAt === null) return null;
  return Math.max(clock.lastSnapshotAt + timing.intervalMs, clock.lastEditAt + timing.idleMs);
}

/**
 * The revisions to delete at time `now`. Named versions stay for good. Automatic ones (and the
 * safety copies taken before a restore) are thinned: of the last 24 hours the newest
 * RECENT_CAP, then the newest of each day up to DAILY_FOR_DAYS days, then the newest of each
 * week. The newest revision is always kept, since the next open compares against it.
 */
export function revisionsToPrune(revisions: readonly RevisionStamp[], now: number): string[] {
  const thinned = revisions
    .filter((r) => r.kind !== 'named')
    .map((r) => ({ id: r.id, at: timeOf(r.createdAt) }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  const drop: string[] = [];
  const buckets = new Set<string>();
  let recent = 0;
  for (const r of thinned) {
    const age = now - r.at;
    if (age < DAY) {
      if (++recent > RECENT_CAP) drop.push(r.id);
      continue;
    }
    const bucket =
      age < DAILY_FOR_DAYS * DAY ? `d${Math.floor(r.at / DAY)}` : `w${Math.floor(r.at / WEEK)}`;
    if (buckets.has(bucket)) drop.push(r.id);
    else buckets.add(bucket);
  }
  return drop;
}

/** An unreadable time sorts as the oldest, so it is the first to go. */
function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
}

/** What a list shows of a version besides its time and name. */
export interface RevisionSummary {
  steps: number;
  lanes: number;
  connections: number;
}

export function summarizeRevision(process: Process): RevisionSummary {
  return {
    steps: process.steps.length,
    lanes: process.lanes.length,
    connections: process.connections.length,
  };
}

export const NAME_MAX = 120;

/** A version's name as given: trimmed, one line, not too long; null when empty. */
export function cleanRevisionName(input: string): string | null {
  const name = input.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
  return name === '' ? null : name;
}
