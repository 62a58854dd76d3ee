import { describe, expect, it } from 'vitest';
import { aFile, aProcess, aSmallProcess, aStep, anEntry } from '../../test/builders';
import {
  CURRENT_FORMAT_VERSION,
  LIMITS,
  STEP_KINDS,
  processFileSchema,
  processSchema,
  registerEntrySchema,
  stepSchema,
} from './process';

const failsAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.path.join('.') ?? '');

describe('process schema', () => {
  it('is at format version 3', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(3);
  });

  it('accepts a complete process unchanged', () => {
    const p = aSmallProcess();
    expect(processSchema.parse(p)).toEqual(p);
  });

  it('fills defaults for the optional fields', () => {
    const minimal = {
      id: 'p1',
      title: 'Minimal',
      category: 'stodprocess',
      status: 'utkast',
      variant: 'onskat',
      createdAt: 'x',
      changedAt: 'x',
      lanes: [{ id: 'l1', registerId: 'u-tf', height: 140 }],
      steps: [
        {
          id: 's1',
          kind: 'wait',
          label: 'Vänta',
          laneId: 'l1',
          x: 0,
          y: 10,
          width: 100,
          height: 60,
        },
      ],
      connections: [{ id: 'c1', kind: 'information', from: 's1', to: 's1' }],
    };
    const p = processSchema.parse(minimal);
    expect(p).toMatchObject({
      purpose: '',
      customerGroupIds: [],
      need: '',
      outcome: '',
      owner: '',
      tags: [],
    });
    expect(p.steps[0]).toMatchObject({
      properties: {
        description: '',
        responsibleRole: '',
        activeTime: null,
        waitingTime: null,
        itSystems: [],
        valueAdding: null,
      },
      linkedProcessId: null,
    });
    expect(p.connections[0]?.label).toBe('');
  });

  it('fills missing step properties one by one', () => {
    const step = stepSchema.parse({ ...aStep('s1', 'l1'), properties: { description: 'Hej' } });
    expect(step.properties).toEqual({
      description: 'Hej',
      responsibleRole: '',
      activeTime: null,
      waitingTime: null,
      itSystems: [],
      valueAdding: null,
    });
  });

  it('drops fields it does not know', () => {
    const p = processSchema.parse({ ...aSmallProcess(), futureField: 1 });
    expect(p).not.toHaveProperty('futureField');
  });

  it('knows the eleven step kinds of the method', () => {
    expect(STEP_KINDS).toHaveLength(11);
    for (const kind of STEP_KINDS) {
      expect(stepSchema.safeParse(aStep('s', 'l', { kind })).success).toBe(true);
    }
    expect(failsAt(stepSchema.safeParse({ ...aStep('s', 'l'), kind: 'gateway' }))).toBe('kind');
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a too long title', { title: 'x'.repeat(LIMITS.label + 1) }, 'title'],
    ['an unknown category', { category: 'karnprocess' }, 'category'],
    ['an unknown status', { status: 'klar' }, 'status'],
    ['an unknown variant', { variant: 'framtid' }, 'variant'],
    ['too many tags', { tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`) }, 'tags'],
    ['an empty tag', { tags: [''] }, 'tags.0'],
    ['a too long purpose', { purpose: 'x'.repeat(LIMITS.text + 1) }, 'purpose'],
    [
      'a lane lower than 40',
      { lanes: [{ id: 'l1', registerId: 'u', height: 39 }] },
      'lanes.0.height',
    ],
    [
      'a lane without register id',
      { lanes: [{ id: 'l1', registerId: '', height: 140 }] },
      'lanes.0.registerId',
    ],
  ])('refuses a process with %s', (_name, patch, path) => {
    expect(failsAt(processSchema.safeParse({ ...aSmallProcess(), ...patch }))).toBe(path);
  });

  it.each([
    ['a negative y', { y: -1 }, 'y'],
    ['a non-finite x', { x: Number.POSITIVE_INFINITY }, 'x'],
    ['NaN as x', { x: Number.NaN }, 'x'],
    ['an x beyond a million', { x: 1_000_001 }, 'x'],
    ['a width below 10', { width: 9 }, 'width'],
    ['a height above 5000', { height: 5_001 }, 'height'],
    ['an empty id', { id: '' }, 'id'],
    ['an id over 100 characters', { id: 'x'.repeat(101) }, 'id'],
    ['a too long label', { label: 'x'.repeat(LIMITS.label + 1) }, 'label'],
  ])('refuses a step with %s', (_name, patch, path) => {
    expect(failsAt(stepSchema.safeParse({ ...aStep('s1', 'l1'), ...patch }))).toBe(path);
  });

  it('accepts negative x (steps left of the origin) but not negative durations', () => {
    expect(stepSchema.safeParse(aStep('s1', 'l1', { x: -500 })).success).toBe(true);
    const bad = aStep('s1', 'l1');
    const result = stepSchema.safeParse({
      ...bad,
      properties: { ...bad.properties, activeTime: { value: -1, unit: 'h' } },
    });
    expect(failsAt(result)).toBe('properties.activeTime.value');
    const badUnit = stepSchema.safeParse({
      ...bad,
      properties: { ...bad.properties, waitingTime: { value: 1, unit: 'month' } },
    });
    expect(failsAt(badUnit)).toBe('properties.waitingTime.unit');
  });

  it('refuses unknown connection kinds', () => {
    const p = aProcess().withLane('l1').withStep('a', 'l1').withStep('b', 'l1').build();
    const conn = { id: 'c', kind: 'message', from: 'a', to: 'b' };
    expect(failsAt(processSchema.safeParse({ ...p, connections: [conn] }))).toBe(
      'connections.0.kind',
    );
  });
});

describe('register entry schema', () => {
  it('accepts an entry and defaults the short name', () => {
    const { shortName: _omit, ...noShort } = anEntry('u-x', 'Enhet X');
    expect(registerEntrySchema.parse(noShort).shortName).toBe('');
  });

  it.each(['red', '#fff', '#12345g', '#1234567', 'url(#x)', '#dbeafe"'])(
    'refuses the colour %s',
    (color) => {
      expect(failsAt(registerEntrySchema.safeParse(anEntry('u', 'U', 'bolag', { color })))).toBe(
        'color',
      );
    },
  );

  it('refuses unknown kinds and empty names', () => {
    expect(failsAt(registerEntrySchema.safeParse({ ...anEntry('u', 'U'), kind: 'nämnd' }))).toBe(
      'kind',
    );
    expect(failsAt(registerEntrySchema.safeParse(anEntry('u', '')))).toBe('name');
  });
});

describe('process file schema', () => {
  it('accepts only the current format version', () => {
    const p = aSmallProcess();
    expect(processFileSchema.safeParse(aFile(p)).success).toBe(true);
    expect(failsAt(processFileSchema.safeParse({ ...aFile(p), formatVersion: 1 }))).toBe(
      'formatVersion',
    );
    expect(failsAt(processFileSchema.safeParse({ ...aFile(p), formatVersion: '2' }))).toBe(
      'formatVersion',
    );
  });

  it('defaults the register to empty and keeps application optional', () => {
    const parsed = processFileSchema.parse({ formatVersion: 3, process: aSmallProcess() });
    expect(parsed.register).toEqual([]);
    expect(parsed.application).toBeUndefined();
  });
});
