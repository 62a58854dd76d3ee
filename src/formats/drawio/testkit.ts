// Reading an imported page back as a person would check it: lanes by name in order, the steps in
// each lane, the connections with their labels. Shared by the fixture and hostile tests.
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../domain/load/loadDocument';
import type { ProcessFile } from '../../domain/model/types';
import type { ImportedPage } from './importDrawio';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export interface PageView {
  lanes: string[];
  /** "lane: kind label" per step, in file order. */
  steps: string[];
  connections: number;
  labels: string[];
  customerLanes: string[];
  file: ProcessFile;
}

/** The page as the load gate accepts it; throws when the gate refuses, so a test fails loudly. */
export function view(page: ImportedPage): PageView {
  const loaded = loadDocument(JSON.stringify(page.file));
  if (!loaded.ok) throw new Error(`load gate refused: ${JSON.stringify(loaded.error)}`);
  const file = loaded.file;
  const entry = new Map(file.register.map((e) => [e.id, e]));
  const laneName = new Map(file.process.lanes.map((l) => [l.id, entry.get(l.registerId)!.name]));
  return {
    lanes: file.process.lanes.map((l) => laneName.get(l.id)!),
    steps: file.process.steps.map((s) => `${laneName.get(s.laneId)}: ${s.kind} ${s.label}`),
    connections: file.process.connections.length,
    labels: file.process.connections
      .map((c) => c.label)
      .filter(Boolean)
      .sort(),
    customerLanes: file.process.lanes
      .filter((l) => entry.get(l.registerId)!.kind === 'kundgrupp')
      .map((l) => laneName.get(l.id)!),
    file,
  };
}
