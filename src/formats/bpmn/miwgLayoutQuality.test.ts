// Every MIWG reference model, imported and tidied, draws nothing that misleads (crossings and
// items kept in another lane aside).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { tidyInNode } from '../../domain/layout/fixtures/tidyInNode';
import { layoutQuality, QUALITY_KEYS } from '../../domain/layout/quality';
import { importBpmn } from './importBpmn';
import { EXPECTED } from './miwgCounts';

const ZERO = Object.fromEntries(QUALITY_KEYS.map((k) => [k, 0]));

describe('layout quality of the MIWG models after tidy-up', () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`${name}`, { timeout: 60_000 }, async () => {
      const xml = readFileSync(`src/formats/bpmn/fixtures/miwg/${name}.bpmn`, 'utf8');
      const result = await importBpmn(xml, { now: new Date('2026-11-25T06:00:00Z') });
      const loaded = result.ok ? loadDocument(result.file) : null;
      if (!loaded?.ok) throw new Error(`${name} does not import`);
      const q = layoutQuality(await tidyInNode(loaded.file.process));
      if (process.env.QUALITY_TABLE) console.log(name, JSON.stringify(q));
      expect({ ...q, crossings: 0, attachedAcrossLanes: 0 }).toEqual(ZERO);
    });
  }
});
