import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../domain/operations/applyOperation';
import { normalise } from '../../domain/model/normalise';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { aProcess, aSmallProcess, anEntry } from '../../test/builders';
import {
  APPLICATION_NAME,
  fileNameFor,
  parseProcessFile,
  referencedRegisterIds,
  serializeProcessFile,
  toProcessFile,
} from './processFile';

const own = anEntry('r-bygglov', 'Bygglovsenheten');
const register = [...DEFAULT_REGISTER, own];

/** A process using most of what the format can hold. */
function richProcess() {
  const p = aProcess('Ansöka om bygglov')
    .with({
      category: 'huvudprocess',
      purpose: 'Rättssäkra beslut, snabbt.',
      customerGroupIds: ['kg-invanare', 'kg-foretagare'],
      need: 'Bygga ett uterum',
      outcome: 'Beslut',
      owner: 'Bygglovschef',
      status: 'remiss',
      tags: ['bygglov', 'e-tjänst'],
      variant: 'onskat',
    })
    .withLane('l1', { registerId: 'kg-invanare', height: 200 })
    .withLane('l2', { registerId: 'u-sbf' })
    .withLane('l3', { registerId: 'r-bygglov', height: 300 })
    .withStep('s1', 'l1', { kind: 'need', label: 'Vill bygga "uterum" <snart>' })
    .withStep('s2', 'l2', {
      x: 250.5,
      properties: {
        description: 'Rad 1\nRad 2',
        responsibleRole: 'Handläggare',
        activeTime: { value: 1.5, unit: 'h' },
        waitingTime: { value: 3, unit: 'w' },
        itSystems: ['Castor', 'E-tjänst'],
        valueAdding: true,
      },
    })
    .withStep('s3', 'l3', { kind: 'subprocess', linkedProcessId: 'p-remiss', y: 150 })
    .withStep('s4', 'l3', { kind: 'problem', x: -30 })
    .withConnection('c1', 's1', 's2')
    .withConnection('c2', 's2', 's3', { label: 'Komplett' })
    .withConnection('c3', 's4', 's3', { kind: 'information' })
    .build();
  return p;
}

describe('own JSON file format', () => {
  it('round-trips: serialize → parse gives an equal process and its register entries', () => {
    const p = richProcess();
    const result = parseProcessFile(serializeProcessFile(p, register));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    // What was written is the normalised document (customer groups sorted as a set).
    expect(result.file.process).toEqual(normalise(p));
    expect(result.file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(result.file.application).toBe(APPLICATION_NAME);
    expect(result.file.register.map((e) => e.id).sort()).toEqual([
      'kg-foretagare',
      'kg-invanare',
      'r-bygglov',
      'u-sbf',
    ]);
  });

  it('round-trips a process after edits', () => {
    const now = new Date('2025-05-05T10:00:00.000Z');
    let p = aSmallProcess();
    p = applyOperation(
      p,
      { type: 'step.move', placements: [{ id: 's1', laneId: 'l2', x: 33, y: 180 }] },
      now,
    );
    p = normalise(applyOperation(p, { type: 'lane.remove', laneId: 'l1', moveStepsTo: 'l2' }, now));
    const result = parseProcessFile(serializeProcessFile(p, register));
    expect(result.ok && result.file.process).toEqual(p);
  });

  it('writes the documented top-level fields, readable and indented', () => {
    const text = serializeProcessFile(aSmallProcess(), register);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['formatVersion', 'application', 'process', 'register']);
    expect(json.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(text).toContain('\n  "process": {');
  });

  it('carries only the register entries the process refers to', () => {
    const p = richProcess();
    expect(referencedRegisterIds(p)).toEqual([
      'kg-invanare',
      'u-sbf',
      'r-bygglov',
      'kg-foretagare',
    ]);
    const file = toProcessFile(p, register);
    expect(file.register).toHaveLength(4);
    expect(file.register).toContainEqual(own);
    expect(toProcessFile(aProcess().build(), register).register).toEqual([]);
  });

  it('does not list a register entry twice when lanes share it', () => {
    const p = aProcess()
      .withLane('a', { registerId: 'u-sbf' })
      .withLane('b', { registerId: 'u-sbf' })
      .build();
    expect(referencedRegisterIds(p)).toEqual(['u-sbf']);
  });

  it.each([
    ['not JSON', '{"formatVersion": 2, "process": ', 'notJson'],
    ['a JSON array', '[1, 2]', 'notProcessFile'],
    [
      'a file of a newer version',
      `{"formatVersion": ${CURRENT_FORMAT_VERSION + 1}, "process": {}}`,
      'newerVersion',
    ],
    ['a file with a broken process', '{"formatVersion": 2, "process": {"id": "p"}}', 'invalid'],
  ])('refuses %s with ok:false', (_name, text, code) => {
    const result = parseProcessFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('reads the v1 fixture through the same gate', () => {
    const text = readFileSync(
      new URL('../../domain/migrations/fixtures/v1-bygglov.json', import.meta.url),
      'utf8',
    );
    const result = parseProcessFile(text);
    expect(result.ok && result.warnings).toEqual([{ code: 'migrated', count: 1 }]);
  });
});

describe('docs/file-format.md', () => {
  const doc = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');

  it('has an example that loads as it is, without repairs', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseProcessFile(example!);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    // What the example says it is: every field written out, so loading changes nothing.
    expect(result.file).toEqual(JSON.parse(example!));
  });

  it('states the current format version', () => {
    expect(doc).toContain(`(version ${CURRENT_FORMAT_VERSION})`);
  });
});

describe('fileNameFor', () => {
  it('keeps a readable title, Swedish letters included', () => {
    expect(fileNameFor('Ansöka om bygglov', 'json')).toBe('Ansöka om bygglov.json');
  });

  it('replaces characters that file systems refuse, and control characters', () => {
    expect(fileNameFor('Nuläge/Börläge: "bygglov" <v2>?*|\\', 'pdf')).toBe(
      'Nuläge Börläge bygglov v2.pdf',
    );
    expect(fileNameFor('Rad\u0000ett\ttvå\nrad', 'json')).toBe('Rad ett två rad.json');
  });

  it('collapses and trims spaces', () => {
    expect(fileNameFor('  a   b  ', 'json')).toBe('a b.json');
  });

  it('never escapes the folder', () => {
    const name = fileNameFor('../../etc/passwd', 'json');
    expect(name).not.toContain('/');
    expect(name).not.toContain('\\');
    expect(name).toBe('.. .. etc passwd.json');
  });

  it('falls back to "process" when nothing usable is left', () => {
    expect(fileNameFor('', 'json')).toBe('process.json');
    expect(fileNameFor(' /:*? ', 'json')).toBe('process.json');
  });

  it('cuts long titles to 80 characters', () => {
    const name = fileNameFor('x'.repeat(200), 'json');
    expect(name).toBe(`${'x'.repeat(80)}.json`);
  });

  it('normalises decomposed letters (macOS input) to composed ones', () => {
    expect(fileNameFor('Bo\u0308rla\u0308ge', 'json')).toBe('Börläge.json');
  });
});
