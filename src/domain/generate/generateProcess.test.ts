import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { STEP_KIND_INFO } from '../model/stepKinds';
import { generateProcessFile } from './generateProcess';

describe('generateProcessFile', () => {
  it('gives the same process for the same seed, and another for another seed', () => {
    const a = generateProcessFile({ steps: 300, seed: 7 });
    expect(generateProcessFile({ steps: 300, seed: 7 })).toEqual(a);
    expect(JSON.stringify(generateProcessFile({ steps: 300, seed: 7 }))).toBe(JSON.stringify(a));
    expect(generateProcessFile({ steps: 300, seed: 8 }).process.steps).not.toEqual(a.process.steps);
  });

  it.each([1, 2, 100, 1000, 5000])('makes a valid file of %i steps that loads unchanged', (n) => {
    const file = generateProcessFile({ steps: n, seed: 3 });
    const loaded = loadDocument(JSON.stringify(file));
    expect(loaded).toEqual({ ok: true, file, warnings: [] });
    expect(file.process.steps).toHaveLength(n);
  });

  it('has 8 lanes, every one used, from the register it carries', () => {
    const { process, register } = generateProcessFile({ steps: 1000 });
    expect(process.lanes).toHaveLength(8);
    const entries = new Set(register.map((e) => e.id));
    expect(process.lanes.every((l) => entries.has(l.registerId))).toBe(true);
    const used = new Set(process.steps.map((s) => s.laneId));
    expect(used.size).toBe(8);
  });

  it('has about 1.2 connections per step, none repeated, chain first', () => {
    for (const n of [100, 1000, 5000]) {
      const { process } = generateProcessFile({ steps: n, seed: 11 });
      const ratio = process.connections.length / n;
      expect(ratio).toBeGreaterThan(1.15);
      expect(ratio).toBeLessThan(1.25);
      const pairs = new Set(process.connections.map((c) => `${c.from}>${c.to}`));
      expect(pairs.size).toBe(process.connections.length);
    }
  });

  it('keeps every step inside its lane, never overlapping another, from need to outcome', () => {
    const { process } = generateProcessFile({ steps: 2000, seed: 5 });
    const heights = new Map(process.lanes.map((l) => [l.id, l.height]));
    for (const s of process.steps) {
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.y + s.height).toBeLessThanOrEqual(heights.get(s.laneId)!);
      expect([s.width, s.height]).toEqual([
        STEP_KIND_INFO[s.kind].width,
        STEP_KIND_INFO[s.kind].height,
      ]);
    }
    const places = new Set(process.steps.map((s) => `${s.laneId}@${s.x}`));
    expect(places.size).toBe(process.steps.length);
    expect(process.steps[0]!.kind).toBe('need');
    expect(process.steps.at(-1)!.kind).toBe('outcome');
  });

  it('puts several steps side by side in a column, so a zoomed-out view holds hundreds', () => {
    const { process } = generateProcessFile({ steps: 1000 });
    const columns = new Set(process.steps.map((s) => s.x)).size;
    expect(1000 / columns).toBeGreaterThan(2.5);
  });
});
