import { describe, expect, it } from 'vitest';
import type { Process } from '../model/types';
import {
  aConnection,
  aFile,
  aLane,
  aProcess,
  aSmallProcess,
  aStep,
  anEntry,
} from '../../test/builders';
import { MAX_INPUT_CHARS, loadDocument, type LoadResult } from './loadDocument';
import { CURRENT_FORMAT_VERSION, LIMITS, processSchema } from '../schema/process';

const text = (p: Process, register = [anEntry('u-sbf', 'Samhällsbyggnadsförvaltningen')]) =>
  JSON.stringify(aFile(p, register));

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('loadDocument: what it refuses', () => {
  it('refuses input over the size limit before parsing', () => {
    const huge = ' '.repeat(MAX_INPUT_CHARS + 1);
    expect(loadDocument(huge)).toEqual({ ok: false, error: { code: 'tooLarge' } });
  });

  it.each(['', '{', '{"formatVersion": 2,', 'undefined', '<bpmn:definitions/>'])(
    'refuses text that is not JSON: %j',
    (input) => {
      expect(loadDocument(input)).toEqual({ ok: false, error: { code: 'notJson' } });
    },
  );

  it.each([
    ['an array', '[]'],
    ['a string', '"process"'],
    ['null', 'null'],
    ['an object without process', '{"formatVersion": 2}'],
    ['a file without version', '{"process": {}}'],
    ['a file with version 0', '{"formatVersion": 0, "process": {}}'],
  ])('refuses %s as not a process file', (_name, input) => {
    expect(loadDocument(input)).toEqual({ ok: false, error: { code: 'notProcessFile' } });
  });

  it('refuses non-string inputs that are not files', () => {
    for (const input of [undefined, null, 42, [], true]) {
      expect(loadDocument(input)).toEqual({ ok: false, error: { code: 'notProcessFile' } });
    }
  });

  it('refuses a file from a newer version and says which', () => {
    const input = JSON.stringify({ ...aFile(aSmallProcess()), formatVersion: 7 });
    expect(loadDocument(input)).toEqual({ ok: false, error: { code: 'newerVersion', version: 7 } });
  });

  it('refuses an invalid file and says where', () => {
    const p = aSmallProcess();
    const broken = { ...p, steps: p.steps.map((s, i) => (i === 1 ? { ...s, kind: 'x' } : s)) };
    expect(loadDocument(text(broken as Process))).toEqual({
      ok: false,
      error: { code: 'invalid', detail: 'process.steps.1.kind' },
    });
    const badRegister = aFile(p, [anEntry('u', 'U', 'bolag', { color: 'javascript:1' })]);
    expect(loadDocument(badRegister)).toMatchObject({
      ok: false,
      error: { code: 'invalid', detail: 'register.0.color' },
    });
  });
});

describe('loadDocument: what it accepts', () => {
  it('loads a current file from text without warnings', () => {
    const p = aSmallProcess();
    const register = [anEntry('u-sbf', 'Samhällsbyggnadsförvaltningen')];
    const { file, warnings } = loaded(loadDocument(text(p, register)));
    expect(warnings).toEqual([]);
    expect(file).toEqual({
      formatVersion: CURRENT_FORMAT_VERSION,
      application: 'test',
      process: p,
      register,
    });
  });

  it('loads an already parsed object the same way', () => {
    const p = aSmallProcess();
    expect(loaded(loadDocument(aFile(p))).file.process).toEqual(p);
  });
});

describe('loadDocument: repairs', () => {
  it('keeps the first of duplicate lanes, steps and connections', () => {
    const p = aProcess()
      .withLane('l1', { registerId: 'u-a' })
      .withLane('l1', { registerId: 'u-b' })
      .withStep('s1', 'l1', { label: 'first' })
      .withStep('s2', 'l1')
      .withStep('s1', 'l1', { label: 'second' })
      .withConnection('c1', 's1', 's2', { label: 'first' })
      .withConnection('c1', 's2', 's1', { label: 'second' })
      .build();
    const { file, warnings } = loaded(loadDocument(text(p)));
    expect(file.process.lanes).toEqual([aLane('l1', { registerId: 'u-a', order: 'a0' })]);
    expect(file.process.steps.map((s) => s.label)).toEqual(['first', 'Steg s2']);
    expect(file.process.connections).toEqual([aConnection('c1', 's1', 's2', { label: 'first' })]);
    expect(warnings).toEqual([{ code: 'droppedDuplicate', count: 3 }]);
  });

  it('moves steps of a missing lane into the first lane, growing it to fit', () => {
    const p = aProcess()
      .withLane('l1')
      .withLane('l2')
      .withStep('s1', 'l2')
      .withStep('s2', 'gone', { y: 200 })
      .withStep('s3', 'gone2')
      .build();
    const { file, warnings } = loaded(loadDocument(text(p)));
    expect(file.process.steps.map((s) => s.laneId)).toEqual(['l2', 'l1', 'l1']);
    const moved = file.process.steps[1]!;
    expect(moved.y).toBe(200);
    expect(file.process.lanes[0]!.height).toBe(200 + moved.height + 20);
    expect(warnings).toEqual([{ code: 'movedOrphanStep', count: 2 }]);
  });

  it('drops steps, and their connections, when there is no lane at all', () => {
    const p = aProcess()
      .withStep('s1', 'gone')
      .withStep('s2', 'gone')
      .withConnection('c1', 's1', 's2')
      .build();
    const { file, warnings } = loaded(loadDocument(text(p)));
    expect(file.process.steps).toEqual([]);
    expect(file.process.connections).toEqual([]);
    expect(warnings).toEqual([
      { code: 'droppedOrphanStep', count: 2 },
      { code: 'droppedConnection', count: 1 },
    ]);
  });

  it('drops connections to missing steps and from a step to itself', () => {
    const p = aProcess()
      .withLane('l1')
      .withStep('s1', 'l1')
      .withStep('s2', 'l1')
      .withConnection('ok', 's1', 's2')
      .withConnection('dangling-from', 'nope', 's2')
      .withConnection('dangling-to', 's1', 'nope')
      .withConnection('self', 's2', 's2')
      .build();
    const { file, warnings } = loaded(loadDocument(text(p)));
    expect(file.process.connections.map((c) => c.id)).toEqual(['ok']);
    expect(warnings).toEqual([{ code: 'droppedConnection', count: 3 }]);
  });

  it('grows lanes too low for their steps, and only those', () => {
    const p = aProcess()
      .withLane('l1', { height: 140 })
      .withLane('l2', { height: 300 })
      .withStep('s1', 'l1', { y: 100, height: 88 })
      .withStep('s2', 'l2', { y: 100, height: 88 })
      .build();
    const { file, warnings } = loaded(loadDocument(text(p)));
    expect(file.process.lanes.map((l) => l.height)).toEqual([208, 300]);
    expect(warnings).toEqual([]);
  });

  it('leaves a step at the top edge of its lane or left of the origin where it is', () => {
    const p = aProcess().withLane('l1').build();
    const withStep = { ...p, steps: [aStep('s1', 'l1', { x: -40, y: 0 })] };
    const { file } = loaded(loadDocument(aFile(withStep)));
    expect(file.process.steps[0]).toMatchObject({ x: -40, y: 0, laneId: 'l1' });
  });
});

describe('the repair keeps what it read within the schema (issue 15)', () => {
  it('a lane the repair would grow past the maximum is kept at it, the step moved inside', () => {
    const doc = aProcess()
      .withLane('l1', { height: LIMITS.laneMaxHeight })
      .withStep('s1', 'l1', { y: 95_000, height: 5_000 })
      .build();
    const result = loadDocument(aFile(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // What was read is what the next save writes: it must pass the gate again.
    expect(processSchema.safeParse(result.file.process).success).toBe(true);
    expect(loadDocument(aFile(result.file.process)).ok).toBe(true);
  });

  it('takes bidi controls out of an imported title and labels', () => {
    const doc = aProcess('Faktura\u202Egpj.exe').withLane('l1').withStep('s1', 'l1', {
      label: '\u202Dsteg\u202C',
    });
    const result = loadDocument(aFile(doc.build()));
    expect(result.ok && result.file.process.title).toBe('Fakturagpj.exe');
    expect(result.ok && result.file.process.steps[0]!.label).toBe('steg');
  });
});
