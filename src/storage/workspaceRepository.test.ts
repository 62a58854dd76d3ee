import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Process } from '../domain/model/types';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';
import { parseBackup, serializeBackup, type WorkspaceBackup } from '../formats/backup/backupFile';
import { aProcess, aSmallProcess, anEntry } from '../test/builders';
import { FlodesDatabase, useDatabase, type StoredRevision } from './db';
import { listProcesses, readProcess, writeProcess } from './processRepository';
import { putRegisterEntries } from './registerRepository';
import {
  META_LAST_BACKUP,
  observeMeta,
  previewRestore,
  readMeta,
  readWorkspace,
  restoreWorkspace,
  swapSafetyCopy,
  writeMeta,
} from './workspaceRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`workspace-test-${++n}-${Date.now()}`);
  useDatabase(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

const options = { copySuffix: '(från säkerhetskopia)' };
const createdAt = new Date('2026-05-31T10:00:00Z');

const own = anEntry('r-bygglov', 'Bygglovsenheten');
const bygglov = aSmallProcess();
const forskola = aProcess('Förskoleplats')
  .with({ id: 'p-forskola', customerGroupIds: ['kg-invanare'] })
  .withLane('l1', { registerId: own.id })
  .withStep('s1', 'l1', { label: 'Ansöker <b>nu</b>' })
  .build();
const revision = (id: string, process: Process, name = ''): StoredRevision => ({
  id,
  processId: process.id,
  createdAt: '2026-05-30T08:00:00.000Z',
  kind: name ? 'named' : 'auto',
  name,
  process: { ...process, formatVersion: CURRENT_FORMAT_VERSION },
});

async function seed() {
  await writeProcess(bygglov);
  await writeProcess(forskola);
  await putRegisterEntries([own]);
  await db.revisions.bulkPut([
    revision('r1', bygglov),
    revision('r2', { ...forskola, title: 'Förskoleplats, före' }, 'Efter workshop 2'),
  ]);
  await writeMeta('someSetting', 'kept');
}

/** Every table, every row: what "the database is unchanged" means. */
async function dump() {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function backupText(at = createdAt) {
  return serializeBackup(await readWorkspace(), at);
}

function parsed(text: string): WorkspaceBackup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.backup;
}

describe('backup → wipe → restore', () => {
  it('gives the identical workspace', async () => {
    await seed();
    const before = await backupText();
    const listed = await listProcesses();

    db.close();
    await Dexie.delete(db.name);
    db = new FlodesDatabase(db.name);
    useDatabase(db);
    expect(await listProcesses()).toEqual([]);

    const backup = parsed(before);
    const done = await restoreWorkspace(backup.workspace, 'replace', {
      ...options,
      backupCreatedAt: backup.createdAt,
    });
    expect(done.added.sort()).toEqual(['Ansöka om bygglov', 'Förskoleplats']);
    expect(await backupText()).toBe(before);
    expect(JSON.parse(await backupText())).toEqual(JSON.parse(before));
    expect(await listProcesses()).toEqual(listed);
    const opened = await readProcess(forskola.id);
    expect(opened.ok && opened.process).toEqual(forskola);
    // The file just restored is a backup of what is here now.
    expect(await readMeta(META_LAST_BACKUP)).toBe(createdAt.toISOString());
  });
});

describe('restoreWorkspace', () => {
  it('replace: the workspace becomes the backup, and other data goes', async () => {
    await seed();
    const backup = parsed(await backupText());
    await writeProcess(aProcess('Bara här').with({ id: 'p-extra' }).build());
    await putRegisterEntries([anEntry('r-extra', 'Extra')]);
    await db.revisions.put(revision('r-extra', bygglov));

    const preview = await previewRestore(backup.workspace, 'replace', options);
    expect(preview).toMatchObject({ removed: ['Bara här'], revisionsRemoved: 1 });
    await restoreWorkspace(backup.workspace, 'replace', options);
    expect((await listProcesses()).map((p) => p.id).sort()).toEqual(
      [bygglov.id, forskola.id].sort(),
    );
    expect(await db.register.get('r-extra')).toBeUndefined();
    expect(await db.revisions.get('r-extra')).toBeUndefined();
    expect(await db.summaries.count()).toBe(2);
    expect(await readMeta('someSetting')).toBe('kept');
  });

  it('merge: keeps both versions of a changed process, adds what is new, loses nothing', async () => {
    await seed();
    const backup = parsed(await backupText());
    const edited = { ...bygglov, title: 'Ansöka om bygglov, ändrad' };
    await writeProcess(edited);
    await db.processes.delete(forskola.id);
    await db.summaries.delete(forskola.id);

    const preview = await previewRestore(backup.workspace, 'merge', options);
    expect(preview).toMatchObject({
      added: ['Förskoleplats'],
      copied: ['Ansöka om bygglov'],
      removed: [],
      replaced: [],
    });
    expect(await restoreWorkspace(backup.workspace, 'merge', options)).toEqual(preview);
    const titles = (await listProcesses()).map((p) => p.title).sort();
    expect(titles).toEqual([
      'Ansöka om bygglov (från säkerhetskopia)',
      'Ansöka om bygglov, ändrad',
      'Förskoleplats',
    ]);
    const kept = await readProcess(bygglov.id);
    expect(kept.ok && kept.process).toEqual(edited);
    expect(await db.revisions.count()).toBe(2);
  });

  it('a preview changes nothing', async () => {
    await seed();
    const backup = parsed(await backupText());
    await writeProcess({ ...bygglov, title: 'Ändrad' });
    const before = await dump();
    await previewRestore(backup.workspace, 'merge', options);
    await previewRestore(backup.workspace, 'replace', options);
    expect(await dump()).toEqual(before);
  });

  it('a restore that fails halfway leaves the database exactly as it was', async () => {
    // Revisions are written last: a failure there must take the processes and register back.
    let failing = false;
    const name = db.name;
    db.close();
    const faulty = new FlodesDatabase(name);
    faulty.use({
      stack: 'dbcore',
      name: 'faults',
      create: (down) => ({
        ...down,
        table: (table) => {
          const t = down.table(table);
          return {
            ...t,
            mutate: (req) =>
              failing && table === 'revisions' && req.type === 'put'
                ? Promise.reject(new DOMException('injected', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    db = faulty;
    useDatabase(db);
    await seed();
    const other = parsed(
      serializeBackup(
        {
          processes: [
            { formatVersion: CURRENT_FORMAT_VERSION, process: { ...bygglov, title: 'X' } },
          ],
          register: [anEntry('r-new', 'Ny')],
          revisions: [{ ...revision('r9', bygglov), ...{ formatVersion: 2, process: bygglov } }],
        },
        createdAt,
      ),
    );
    const before = await dump();
    failing = true;
    for (const mode of ['replace', 'merge'] as const) {
      await expect(restoreWorkspace(other.workspace, mode, options)).rejects.toThrow();
      expect(await dump()).toEqual(before);
    }
  });

  it('a stored row the load gate refuses is kept in the backup, and never overwritten by merge', async () => {
    await seed();
    await db.processes.put({ id: 'p-broken', title: 'Trasig', formatVersion: 2 } as never);
    const text = await backupText();
    expect(text).toContain('"p-broken"');
    const backup = parseBackup(text);
    expect(backup.ok && backup.backup.skipped.processes).toBe(1);

    const incoming = parsed(
      serializeBackup(
        {
          processes: [
            { formatVersion: 2, process: { ...bygglov, id: 'p-broken', title: 'Hel igen' } },
          ],
          register: [],
          revisions: [],
        },
        createdAt,
      ),
    );
    const preview = await restoreWorkspace(incoming.workspace, 'merge', options);
    expect(preview.copied).toEqual(['Hel igen']);
    expect(await db.processes.get('p-broken')).toMatchObject({ title: 'Trasig' });
  });
});

describe('replace keeps what it replaces', () => {
  const rowsOf = async () => ({
    processes: await db.processes.toArray(),
    register: await db.register.toArray(),
    revisions: await db.revisions.toArray(),
  });
  const withoutWriteIds = (rows: Awaited<ReturnType<typeof rowsOf>>) => ({
    ...rows,
    processes: rows.processes.map(({ writeId: _w, ...p }) => p),
  });

  it('refuses a backup with nothing readable and changes nothing', async () => {
    await seed();
    const before = await dump();
    const empty = { processes: [], register: [], revisions: [] };
    await expect(restoreWorkspace(empty, 'replace', options)).rejects.toThrow(/refused/);
    expect(await dump()).toEqual(before);
  });

  it('puts the replaced workspace back, row for row, and that can be undone too', async () => {
    await seed();
    const before = await rowsOf();
    const backup = parsed(await backupText());
    await writeProcess(aProcess('Bara här').with({ id: 'p-extra' }).build());
    await putRegisterEntries([anEntry('r-extra', 'Extra')]);
    const withExtra = await rowsOf();

    await restoreWorkspace(backup.workspace, 'replace', options);
    expect(await db.processes.get('p-extra')).toBeUndefined();

    expect(await swapSafetyCopy()).toBe(true);
    expect(withoutWriteIds(await rowsOf())).toEqual(withoutWriteIds(withExtra));
    expect(await listProcesses()).toHaveLength(3);
    const opened = await readProcess('p-extra');
    expect(opened.ok && opened.process.title).toBe('Bara här');

    // The swap kept what it took away: swapping again gives the restored workspace back.
    expect(await swapSafetyCopy()).toBe(true);
    expect(await db.processes.get('p-extra')).toBeUndefined();
    expect(withoutWriteIds(await rowsOf()).processes).toEqual(withoutWriteIds(before).processes);
    expect(await readMeta('someSetting')).toBe('kept');
  });

  it('has nothing to put back before any replace', async () => {
    await seed();
    await restoreWorkspace(parsed(await backupText()).workspace, 'merge', options);
    expect(await swapSafetyCopy()).toBe(false);
  });
});

describe('workspace meta', () => {
  it('is read, written and observed by key', async () => {
    const seen: Record<string, string | null>[] = [];
    const stop = observeMeta(
      [META_LAST_BACKUP, 'other'],
      (v) => seen.push(v),
      () => undefined,
    );
    await writeMeta(META_LAST_BACKUP, '2026-05-31T10:00:00.000Z');
    await expect
      .poll(() => seen.at(-1))
      .toEqual({
        [META_LAST_BACKUP]: '2026-05-31T10:00:00.000Z',
        other: null,
      });
    stop();
    expect(await readMeta('missing')).toBeNull();
  });

  it('the default register of a new workspace is part of what a backup holds', async () => {
    const backup = parsed(await backupText());
    expect(backup.workspace.register.map((e) => e.id).sort()).toEqual(
      DEFAULT_REGISTER.map((e) => e.id).sort(),
    );
  });
});
