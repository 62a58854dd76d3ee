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

/** How many rows each table holds: "nothing changed" compares two of these. */
export async function counts(h: Harness): Promise<Record<string, number>> {
  const tables = ['processes', 'process_access', 'revisions', 'audit', 'register_entries'] as const;
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  const revisions = await h.db.selectFrom('processes').select(['id', 'revision', 'json']).execute();
  result.revisionSum = revisions.reduce((sum, r) => sum + Number(r.revision), 0);
  result.jsonLength = revisions.reduce((sum, r) => sum + r.json.length, 0);
  return result;
}
