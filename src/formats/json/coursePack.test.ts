import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { newLane, newProcess, newStep } from '../../domain/model/factories';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { readCoursePack, serializeCoursePack } from './coursePack';

describe('course pack', () => {
  it('carries several processes that each load as an ordinary file', () => {
    const lane = newLane('kg-invanare');
    const a = {
      ...newProcess('Övning 1'),
      lanes: [lane],
      steps: [newStep('need', lane.id, 0, 20, 'Behov')],
    };
    const b = newProcess('Övning 2');
    const text = serializeCoursePack('Kursdag 1', [a, b], DEFAULT_REGISTER);
    const read = readCoursePack(text);
    expect(read.kind).toBe('pack');
    if (read.kind !== 'pack') return;
    expect(read.title).toBe('Kursdag 1');
    const loaded = read.files.map((f) => loadDocument(f));
    expect(loaded.map((l) => l.ok && l.file.process.title)).toEqual(['Övning 1', 'Övning 2']);
    // Each file brings the register entries its lanes use, and only those.
    expect(loaded[0]!.ok && loaded[0]!.file.register.map((e) => e.id)).toEqual(['kg-invanare']);
  });

  it('tells an ordinary process file, a newer pack and a broken pack apart', () => {
    expect(readCoursePack(JSON.stringify({ formatVersion: 2, process: {} })).kind).toBe('notPack');
    // A process file with a stray top-level "packVersion" is still a process file.
    const stray = { packVersion: 1, formatVersion: 2, process: {}, register: [] };
    expect(readCoursePack(JSON.stringify(stray)).kind).toBe('notPack');
    expect(readCoursePack('{"packVersion": 9, "processes": []}')).toEqual({
      kind: 'invalid',
      reason: 'newerVersion',
    });
    expect(readCoursePack('{"packVersion": 1, "processes": "nej"}')).toEqual({
      kind: 'invalid',
      reason: 'shape',
    });
    const many = JSON.stringify({
      packVersion: 1,
      processes: Array.from({ length: 501 }, () => ({})),
    });
    expect(readCoursePack(many)).toEqual({ kind: 'invalid', reason: 'tooMany' });
  });
});
