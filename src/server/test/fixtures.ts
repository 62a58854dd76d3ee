// Process files as the app exports them, for the API tests.
import { newStartedProcess } from '../../domain/model/factories';
import type { ProcessFile } from '../../domain/model/types';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { toProcessFile } from '../../formats/json/processFile';
import type { Harness } from './testApp';
import type { SessionUser } from '../http/env';

export function processFile(title: string, tags: string[] = []): ProcessFile {
  const process = newStartedProcess(title, 'kg-invanare', { need: 'Behov', outcome: 'Resultat' });
  return toProcessFile({ ...process, tags }, DEFAULT_REGISTER);
}

/** Stores a process as `owner` and gives back its id. */
export async function share(
  h: Harness,
  owner: SessionUser,
  file: ProcessFile = processFile('Bygglov'),
): Promise<string> {
  const res = await h.call(owner, 'POST', '/api/processes', file);
  if (res.status !== 201) throw new Error(`share: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

const TABLES = ['processes', 'process_access', 'revisions', 'audit', 'register_entries'] as const;
export type Counts = Record<(typeof TABLES)[number] | 'revisionSum' | 'jsonLength', number>;

/** How many rows each table holds, and the stored revisions and JSON: "nothing changed" compares
 * two of these. */
export async function counts(h: Harness): Promise<Counts> {
  const rows: Partial<Counts> = {};
  for (const table of TABLES) {
    const row = await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    rows[table] = Number(row.n);
  }
  const stored = await h.db.selectFrom('processes').select(['revision', 'json']).execute();
  return {
    ...(rows as Record<(typeof TABLES)[number], number>),
    revisionSum: stored.reduce((sum, r) => sum + Number(r.revision), 0),
    jsonLength: stored.reduce((sum, r) => sum + r.json.length, 0),
  };
}
