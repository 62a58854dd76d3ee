// The backup decoder on the bad-input corpus: a typed result every time; on success every
// process (also in saved versions) is a valid model; prototypes untouched; text stays text.
import { stripBidiControls } from '../../domain/text/bidi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEntries } from '../../domain/backup/workspace';
import { nestingExceeds } from '../../domain/load/safeJson';
import { CURRENT_FORMAT_VERSION, registerEntrySchema } from '../../domain/schema/process';
import { aSmallProcess, anEntry } from '../../test/builders';
import {
  HOSTILE_STRINGS,
  expectNoPrototypeKeys,
  expectValidProcessFile,
  prototypeCorpus,
  prototypeGuard,
  referenceCorpus,
  structureCorpus,
} from '../../test/corpus';
import { parseBackup, serializeBackup, type BackupParseResult } from './backupFile';

const CODES = ['tooLarge', 'notJson', 'notBackup', 'newerVersion', 'invalid'];
const createdAt = new Date('2026-05-31T10:00:00Z');

function decode(text: string): BackupParseResult {
  const guard = prototypeGuard();
  let result: BackupParseResult | undefined;
  expect(() => (result = parseBackup(text))).not.toThrow();
  guard.expectUnchanged();
  if (!result!.ok) {
    expect(CODES).toContain(result!.error.code);
    return result!;
  }
  const { workspace } = result!.backup;
  expectNoPrototypeKeys(workspace);
  for (const process of [...workspace.processes, ...workspace.revisions.map((r) => r.process)])
    expectValidProcessFile({ formatVersion: CURRENT_FORMAT_VERSION, process, register: [] });
  for (const e of workspace.register) expect(registerEntrySchema.safeParse(e).success).toBe(true);
  return result!;
}

const process = aSmallProcess();
const entries = (processes: unknown[] = [process]): WorkspaceEntries => ({
  processes: processes.map((p) => ({ formatVersion: CURRENT_FORMAT_VERSION, process: p })),
  register: [anEntry('u-sbf', 'SBF'), anEntry('kg-invanare', 'Invånare', 'kundgrupp')],
  revisions: processes.map((p, i) => ({
    id: `r${i}`,
    processId: 'p-test',
    createdAt: '2026-05-30T08:00:00.000Z',
    kind: 'auto' as const,
    name: '',
    formatVersion: CURRENT_FORMAT_VERSION,
    process: p,
  })),
});
const valid = serializeBackup(entries(), createdAt);

/** Many small runs per property: on a busy shared machine they outlast the 5 s default. */
const SLOW = { timeout: 60_000 };

describe('parseBackup on the bad-input corpus', SLOW, () => {
  it.each(structureCorpus(valid).map((t, i) => [i, t.slice(0, 50), t] as const))(
    'structure #%i %j: typed result',
    (_i, _head, text) => void decode(text),
  );

  it('every corpus process file inside a backup: loaded valid, or skipped and counted', () => {
    const files = [...structureCorpus(), ...prototypeCorpus(), ...referenceCorpus()];
    for (const text of files) {
      // Texts nested too deep for JSON.stringify are covered by the test below.
      if (nestingExceeds(text, 50)) continue;
      let file: { process?: unknown } | null;
      try {
        file = JSON.parse(text) as { process?: unknown } | null;
      } catch {
        continue;
      }
      const result = decode(serializeBackup(entries([file?.process ?? file]), createdAt));
      if (result.ok) {
        const { skipped, workspace } = result.backup;
        expect(skipped.processes + workspace.processes.length).toBe(1);
      }
    }
  });

  it('prototype keys anywhere in a backup are dropped, never obeyed', () => {
    const objects = [...valid.matchAll(/\{(?!\s*\})/g)].map((m) => m.index);
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(fc.constantFrom(...objects), key, (at, k) => {
        const text = `${valid.slice(0, at + 1)}"${k}":{"polluted":1},${valid.slice(at + 1)}`;
        const result = decode(text);
        expect(result.ok).toBe(true);
        expect(JSON.stringify(result.ok && result.backup)).not.toContain('polluted');
      }),
    );
  });

  it('10 000 levels of nesting are refused without a stack overflow', () => {
    const deep = valid.replace(
      '"processes":[',
      `"processes":[${'['.repeat(10_000)}${']'.repeat(10_000)},`,
    );
    expect(decode(deep)).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('every prefix and random damage: typed result', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), (n) => void decode(valid.slice(0, n))),
      { numRuns: 200 },
    );
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = valid;
        for (const [at, cut, insert] of edits) {
          const p = at % text.length;
          text = text.slice(0, p) + insert + text.slice(p + cut);
        }
        decode(text);
      }),
      { numRuns: 200 },
    );
  });

  it('any JSON in any field of the frame: typed result', () => {
    const json = JSON.parse(valid) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(json)),
        fc.jsonValue({ maxDepth: 4 }),
        (field, value) => void decode(JSON.stringify({ ...json, [field]: value })),
      ),
      { numRuns: 300 },
    );
  });

  it('titles, labels and version names come back as written', () => {
    const text = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, text, (title, label) => {
        const p = {
          ...process,
          title: title.trim() ? title.slice(0, 500) : 'x',
          steps: process.steps.map((s) => ({ ...s, label: label.slice(0, 500) })),
        };
        const e = entries([p]);
        e.revisions[0]!.name = label.slice(0, 500);
        const result = decode(serializeBackup(e, createdAt));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const [back] = result.backup.workspace.processes;
        // As written, but for bidi controls, which the load gate takes out of titles and labels.
        expect(back!.title).toBe(stripBidiControls(p.title));
        expect(back!.steps.map((s) => s.label)).toEqual(
          p.steps.map((s) => stripBidiControls(s.label)),
        );
        expect(result.backup.workspace.revisions[0]!.name).toBe(label.slice(0, 500));
      }),
      { numRuns: 60 },
    );
  });
});
