// The bad-input corpus every decoder's hostile tests run through (reliability.md, section (b)),
// and the invariants they assert: a typed result, a valid model on success, no prototype
// pollution, no own prototype keys anywhere in what comes out.
import { expect } from 'vitest';
import { processFileSchema } from '../domain/schema/process';
import { PROTOTYPE_KEYS } from './hostileInputs';

export * from './hostileInputs';

/** Watches the built-in prototypes: nothing a decoder does may add to or replace them. */
export function prototypeGuard(): { expectUnchanged(): void } {
  const watched = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  const before = watched.map((p) => Object.getOwnPropertyDescriptors(p));
  return {
    expectUnchanged() {
      const changed = watched.flatMap((p, i) => {
        const was = before[i]!;
        const now = Object.getOwnPropertyDescriptors(p);
        const names = new Set([...Reflect.ownKeys(was), ...Reflect.ownKeys(now)]);
        return [...names].filter((n) => now[n as string]?.value !== was[n as string]?.value);
      });
      expect(changed.map(String)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    },
  };
}

/** No object anywhere in `value` has an own key that reaches a prototype. Iterative: no stack. */
export function expectNoPrototypeKeys(value: unknown): void {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== (Array.isArray(v) ? Array.prototype : Object.prototype)) found.push('prototype');
    for (const key of Object.keys(v)) {
      if ((PROTOTYPE_KEYS as readonly string[]).includes(key)) found.push(key);
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  expect(found).toEqual([]);
}

/** What a successful load must be: schema-valid, unique ids, every reference resolved. */
export function expectValidProcessFile(file: unknown): void {
  const parsed = processFileSchema.safeParse(file);
  expect(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues[0])).toBe(true);
  if (!parsed.success) return;
  const { lanes, steps, connections } = parsed.data.process;
  const problems: string[] = [];
  const unique = (what: string, ids: string[]) =>
    new Set(ids).size !== ids.length && problems.push(`duplicate ${what} id`);
  unique(
    'lane',
    lanes.map((l) => l.id),
  );
  unique(
    'step',
    steps.map((s) => s.id),
  );
  unique(
    'connection',
    connections.map((c) => c.id),
  );
  const laneIds = new Set(lanes.map((l) => l.id));
  const stepIds = new Set(steps.map((s) => s.id));
  for (const s of steps) if (!laneIds.has(s.laneId)) problems.push(`step ${s.id} without lane`);
  for (const c of connections)
    if (!stepIds.has(c.from) || !stepIds.has(c.to) || c.from === c.to)
      problems.push(`connection ${c.id} dangling`);
  expect(problems).toEqual([]);
  expectNoPrototypeKeys(file);
}
