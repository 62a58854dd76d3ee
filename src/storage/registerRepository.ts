// The organisation register: units and customer groups shared by every process.
import { liveQuery } from 'dexie';
import type { RegisterEntry } from '../domain/model/types';
import { registerEntrySchema } from '../domain/schema/process';
import { database } from './db';

export async function listRegister(): Promise<RegisterEntry[]> {
  const rows = await database().register.toArray();
  // Skip rows that do not validate rather than break every lane that renders.
  return rows.flatMap((r) => {
    const parsed = registerEntrySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function putRegisterEntries(entries: readonly RegisterEntry[]): Promise<void> {
  if (entries.length) await database().register.bulkPut([...entries]);
}

export async function deleteRegisterEntries(ids: readonly string[]): Promise<void> {
  if (ids.length) await database().register.bulkDelete([...ids]);
}

export function observeRegister(
  onChange: (entries: RegisterEntry[]) => void,
  onError: (e: unknown) => void,
): () => void {
  const sub = liveQuery(listRegister).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}
