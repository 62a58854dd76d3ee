import { describe, expect, it } from 'vitest';
import { aProcess, aSmallProcess, aStep } from '../../test/builders';
import { LIMITS, processSchema } from '../schema/process';
import { loadDocument } from './loadDocument';
import { prepareForWrite } from './prepareForWrite';
import { salvageProcess } from './salvage';

const reads = (process: unknown) => loadDocument({ formatVersion: 2, process, register: [] }).ok;

describe('prepareForWrite', () => {
  it('passes a valid process through as the same object', () => {
    const doc = aSmallProcess();
    expect(prepareForWrite(doc)).toEqual({ ok: true, process: doc, repaired: false });
    expect(prepareForWrite(doc).ok && prepareForWrite(doc)).toHaveProperty('process', doc);
  });

  it('repairs the three edits of issue 15 into a process the loader reads', () => {
    const doc = aSmallProcess();
    const broken = {
      ...doc,
      steps: [
        { ...doc.steps[0]!, label: 'x'.repeat(650) },
        {
          ...doc.steps[1]!,
          properties: {
            ...doc.steps[1]!.properties,
            itSystems: Array.from({ length: 130 }, (_, i) => String(i + 1)),
          },
        },
        doc.steps[2]!,
      ],
    };
    expect(reads(broken)).toBe(false);
    const result = prepareForWrite(broken);
    expect(result.ok && result.repaired).toBe(true);
    if (!result.ok) return;
    expect(reads(result.process)).toBe(true);
    expect(result.process.steps[0]!.label).toBe('x'.repeat(LIMITS.label));
    expect(result.process.steps[1]!.properties.itSystems).toEqual(
      Array.from({ length: 100 }, (_, i) => String(i + 1)),
    );
  });

  it('cuts lists, clamps numbers, and keeps the steps inside their lanes', () => {
    const doc = aProcess()
      .withLane('a', { height: 10_000_000 })
      .withStep('s', 'a', { x: -5e9, y: 9e9, width: 1e7, height: 1 })
      .with({ tags: Array.from({ length: 80 }, (_, i) => `t${i}`), title: 'T'.repeat(900) })
      .build();
    const result = prepareForWrite(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.process;
    expect(processSchema.safeParse(p).success).toBe(true);
    expect(p.tags).toHaveLength(LIMITS.tags);
    expect(p.title).toHaveLength(LIMITS.label);
    expect(p.lanes[0]!.height).toBe(LIMITS.laneMaxHeight);
    const s = p.steps[0]!;
    expect([s.x, s.width, s.height]).toEqual([-LIMITS.coordinate, LIMITS.stepMaxSize, 10]);
    expect(s.y + s.height).toBeLessThanOrEqual(p.lanes[0]!.height);
  });

  it('refuses what no cutting can mend, and says where', () => {
    const doc = aProcess().withLane('a').build();
    const bad = { ...doc, steps: [{ ...aStep('s', 'a'), kind: 'teleport' as never }] };
    expect(prepareForWrite(bad)).toEqual({ ok: false, detail: 'steps.0.kind' });
  });
});

describe('salvageProcess', () => {
  it('keeps every part that reads, drops the rest, and counts both', () => {
    const doc = aSmallProcess();
    const row = {
      ...doc,
      formatVersion: 2,
      writeId: 'w1',
      title: 'Faktura\u202Egpj.exe',
      status: 'nonsense',
      steps: [...doc.steps, { id: 's9', kind: 'teleport' }, null],
    };
    expect(reads(row)).toBe(false);
    const salvage = salvageProcess(row);
    expect(salvage).not.toBeNull();
    if (!salvage) return;
    expect(salvage.found).toEqual({ lanes: 2, steps: 5, connections: 2 });
    expect(salvage.kept).toEqual({ lanes: 2, steps: 3, connections: 2 });
    expect(salvage.process.title).toBe('Fakturagpj.exe');
    expect(salvage.process.status).toBe('utkast');
    expect(salvage.process.id).toBe(doc.id);
    expect(reads(salvage.process)).toBe(true);
  });

  it('makes something readable of nearly nothing, and nothing of a non-object', () => {
    const salvage = salvageProcess({ formatVersion: 2, title: 42, steps: 'x' });
    expect(salvage?.kept).toEqual({ lanes: 0, steps: 0, connections: 0 });
    expect(salvage && reads(salvage.process)).toBe(true);
    expect(salvageProcess('text')).toBeNull();
  });
});
