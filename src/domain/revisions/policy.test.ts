import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSmallProcess } from '../../test/builders';
import { contentFingerprint } from './fingerprint';
import {
  AUTO_INTERVAL_MS,
  DAILY_FOR_DAYS,
  IDLE_MS,
  RECENT_CAP,
  cleanRevisionName,
  nextSnapshotDue,
  revisionsToPrune,
  worthSnapshot,
  summarizeRevision,
  type RevisionKind,
  type RevisionStamp,
} from './policy';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const stamp = (id: string, age: number, kind: RevisionKind = 'auto'): RevisionStamp => ({
  id,
  createdAt: ago(age),
  kind,
});

describe('whether a snapshot is worth taking', () => {
  it('takes one when there is none yet', () => {
    expect(worthSnapshot(contentFingerprint(aSmallProcess()), null)).toBe(true);
  });

  it('takes none when the newest version holds the same work, whatever its change time', () => {
    const p = aSmallProcess();
    const newest = contentFingerprint({ ...p, changedAt: '2030-01-01T00:00:00.000Z' });
    expect(worthSnapshot(contentFingerprint(structuredClone(p)), newest)).toBe(false);
  });

  it('takes one when a step label differs', () => {
    const p = aSmallProcess();
    const changed = structuredClone(p);
    changed.steps[1]!.label = 'Granska';
    expect(worthSnapshot(contentFingerprint(changed), contentFingerprint(p))).toBe(true);
  });
});

describe('snapshots while editing', () => {
  it('is not due without an edit', () => {
    expect(nextSnapshotDue({ lastSnapshotAt: NOW, lastEditAt: null })).toBeNull();
  });

  it('is due one interval after the last snapshot when editing paused long before', () => {
    expect(nextSnapshotDue({ lastSnapshotAt: NOW, lastEditAt: NOW + 1_000 })).toBe(
      NOW + AUTO_INTERVAL_MS,
    );
  });

  it('waits for a pause in the editing even when the interval has passed', () => {
    const lastEditAt = NOW + AUTO_INTERVAL_MS + 10_000;
    expect(nextSnapshotDue({ lastSnapshotAt: NOW, lastEditAt })).toBe(lastEditAt + IDLE_MS);
  });

  it('is never sooner than the interval nor than a pause (property)', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), (lastSnapshotAt, edit) => {
        const due = nextSnapshotDue({ lastSnapshotAt, lastEditAt: edit })!;
        expect(due).toBeGreaterThanOrEqual(lastSnapshotAt + AUTO_INTERVAL_MS);
        expect(due).toBeGreaterThanOrEqual(edit + IDLE_MS);
      }),
    );
  });
});

describe('which revisions to keep', () => {
  it('keeps all of a short history', () => {
    const revisions = [stamp('a', 0), stamp('b', HOUR), stamp('c', 2 * DAY), stamp('d', 60 * DAY)];
    expect(revisionsToPrune(revisions, NOW)).toEqual([]);
  });

  it('caps the automatic snapshots of the last 24 hours, dropping the oldest', () => {
    const revisions = Array.from({ length: RECENT_CAP + 3 }, (_, i) => stamp(`r${i}`, i * 60_000));
    expect(revisionsToPrune(revisions, NOW).sort()).toEqual(
      [`r${RECENT_CAP}`, `r${RECENT_CAP + 1}`, `r${RECENT_CAP + 2}`].sort(),
    );
  });

  it('keeps the newest of each day up to 30 days, then the newest of each week', () => {
    const day = (d: number, h: number) => stamp(`d${d}h${h}`, d * DAY + h * HOUR);
    // NOW is noon; 2 and 4 hours earlier is the same day.
    const daily = [day(3, 2), day(3, 4), day(4, 0)];
    const WEEK = 7 * DAY;
    const weekStart = Math.floor((NOW - 60 * DAY) / WEEK) * WEEK;
    const inWeek = (id: string, offset: number) => stamp(id, NOW - (weekStart + offset));
    const weekly = [inWeek('w-first', HOUR), inWeek('w-mid', 3 * DAY), inWeek('w-last', 6 * DAY)];
    expect(revisionsToPrune([...daily, ...weekly], NOW).sort()).toEqual(
      ['d3h4', 'w-first', 'w-mid'].sort(),
    );
  });

  it('never drops a named version, however old or many', () => {
    const revisions = Array.from({ length: 80 }, (_, i) => stamp(`n${i}`, i * 60_000, 'named'));
    expect(revisionsToPrune(revisions, NOW)).toEqual([]);
  });

  const stamps = fc.array(
    fc.record({
      id: fc.uuid(),
      createdAt: fc.integer({ min: 0, max: 400 * DAY }).map((age) => ago(age)),
      kind: fc.constantFrom<RevisionKind>('auto', 'named', 'restore'),
    }),
    { maxLength: 300 },
  );

  it('keeps every named one and the newest one, drops only what it was given (property)', () => {
    fc.assert(
      fc.property(stamps, (revisions) => {
        const pruned = new Set(revisionsToPrune(revisions, NOW));
        const ids = new Set(revisions.map((r) => r.id));
        for (const id of pruned) expect(ids.has(id)).toBe(true);
        for (const r of revisions) if (r.kind === 'named') expect(pruned.has(r.id)).toBe(false);
        if (revisions.length > 0) {
          const newest = [...revisions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]!;
          const sameTime = revisions.filter((r) => r.createdAt === newest.createdAt);
          expect(sameTime.some((r) => !pruned.has(r.id))).toBe(true);
        }
      }),
    );
  });

  it('is bounded and stable: what it keeps, it keeps when asked again (property)', () => {
    fc.assert(
      fc.property(stamps, (revisions) => {
        const pruned = new Set(revisionsToPrune(revisions, NOW));
        const kept = revisions.filter((r) => !pruned.has(r.id));
        expect(revisionsToPrune(kept, NOW)).toEqual([]);
        const automatic = kept.filter((r) => r.kind !== 'named').length;
        // 400 days: the recent ones, one per day for a month, one per week after (plus edges).
        expect(automatic).toBeLessThanOrEqual(RECENT_CAP + DAILY_FOR_DAYS + 400 / 7 + 2);
      }),
    );
  });
});

describe('a revision in short', () => {
  it('counts steps, lanes and connections', () => {
    expect(summarizeRevision(aSmallProcess())).toEqual({ steps: 3, lanes: 2, connections: 2 });
  });

  it('names: trimmed to one line, empty is no name', () => {
    expect(cleanRevisionName('  Efter\n workshop  2 ')).toBe('Efter workshop 2');
    expect(cleanRevisionName('   ')).toBeNull();
    expect(cleanRevisionName('x'.repeat(500))).toHaveLength(120);
  });
});
