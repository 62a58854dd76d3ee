import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../domain/model/types';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import { anEntry } from '../test/builders';
import { FlodesDatabase, useDatabase } from './db';
import { listRegister, observeRegister, putRegisterEntries } from './registerRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`register-test-${++n}-${Date.now()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

const byId = (entries: RegisterEntry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));

describe('registerRepository', () => {
  it('lists the default register of a new workspace', async () => {
    expect(byId(await listRegister())).toEqual(byId([...DEFAULT_REGISTER]));
  });

  it('adds new entries and updates existing ones', async () => {
    const own = anEntry('r-own', 'Bygglovsenheten');
    const renamed = {
      ...DEFAULT_REGISTER.find((e) => e.id === 'u-tf')!,
      name: 'Tekniska kontoret',
    };
    await putRegisterEntries([own, renamed]);
    const list = await listRegister();
    expect(list).toHaveLength(DEFAULT_REGISTER.length + 1);
    expect(list.find((e) => e.id === 'r-own')).toEqual(own);
    expect(list.find((e) => e.id === 'u-tf')?.name).toBe('Tekniska kontoret');
  });

  it('accepts an empty list without touching the table', async () => {
    await putRegisterEntries([]);
    expect(await db.register.count()).toBe(DEFAULT_REGISTER.length);
  });

  it('skips rows that do not validate instead of failing the whole list', async () => {
    await db.register.put({ ...anEntry('r-bad', 'Trasig'), color: '"><script>' });
    await db.register.put({ id: 'r-half' } as never);
    const ids = (await listRegister()).map((e) => e.id);
    expect(ids).not.toContain('r-bad');
    expect(ids).not.toContain('r-half');
    expect(ids).toHaveLength(DEFAULT_REGISTER.length);
  });

  it('observes the register now and after a change', async () => {
    const seen: number[] = [];
    let wake: () => void = () => {};
    let next = new Promise<void>((resolve) => (wake = resolve));
    const stop = observeRegister(
      (entries) => {
        seen.push(entries.length);
        wake();
      },
      (e) => {
        throw e;
      },
    );
    await next;
    next = new Promise<void>((resolve) => (wake = resolve));
    await putRegisterEntries([anEntry('r-new', 'Ny enhet')]);
    await next;
    stop();
    expect(seen).toEqual([DEFAULT_REGISTER.length, DEFAULT_REGISTER.length + 1]);
  });
});
