import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Process, RegisterEntry } from '../model/types';
import { aProcess, anEntry } from '../../test/builders';
import {
  nothingReadable,
  planRestore,
  type CurrentWorkspace,
  type RestorePlan,
} from './restorePlan';
import { sameData, type Workspace, type WorkspaceRevision } from './workspace';

let counter = 0;
const options = { newId: (prefix: string) => `${prefix}-new-${++counter}`, copySuffix: '(kopia)' };

const proc = (id: string, title: string, registerId = 'u-1', label = 'Steg'): Process =>
  aProcess(title)
    .with({ id })
    .withLane('l1', { registerId })
    .withStep('s1', 'l1', { label })
    .build();
const revision = (id: string, process: Process): WorkspaceRevision => ({
  id,
  processId: process.id,
  createdAt: '2026-01-01T00:00:00.000Z',
  kind: 'named',
  name: id,
  process,
});
const current = (w: Partial<CurrentWorkspace>): CurrentWorkspace => ({
  processes: [],
  register: [],
  revisions: [],
  unreadable: [],
  unreadableRevisionIds: [],
  ...w,
});

/** What storage does with a plan, on plain arrays. */
function apply(here: Workspace, plan: RestorePlan): Workspace {
  const put = <T extends { id: string }>(list: T[], puts: T[], deletes: string[]) => {
    const byId = new Map(list.filter((x) => !deletes.includes(x.id)).map((x) => [x.id, x]));
    for (const x of puts) byId.set(x.id, x);
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  };
  return {
    processes: put(here.processes, plan.putProcesses, plan.deleteProcessIds),
    register: put(here.register, plan.putRegister, plan.deleteRegisterIds),
    revisions: put(here.revisions, plan.putRevisions, plan.deleteRevisionIds),
  };
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('planRestore: replace', () => {
  it('makes the workspace the backup, and the preview says what goes', () => {
    const here = current({
      processes: [proc('p1', 'Bygglov'), proc('p2', 'Förskola')],
      register: [anEntry('u-1', 'SBF'), anEntry('u-old', 'Gammal')],
      revisions: [revision('r-old', proc('p2', 'Förskola'))],
      unreadable: [{ id: 'p-broken', title: 'Trasig' }],
    });
    const backup: Workspace = {
      processes: [proc('p1', 'Bygglov'), proc('p3', 'Nytt'), proc('p2', 'Förskola 2')],
      register: [anEntry('u-1', 'SBF')],
      revisions: [revision('r-new', proc('p3', 'Nytt'))],
    };
    const plan = planRestore(here, backup, 'replace', options);
    expect(plan.preview).toEqual({
      added: ['Nytt'],
      replaced: ['Förskola 2'],
      removed: ['Trasig'],
      copied: [],
      unchanged: ['Bygglov'],
      revisionsAdded: 1,
      revisionsRemoved: 1,
      register: { units: 1, customerGroups: 0, added: [], removed: ['Gammal'] },
    });
    expect(plan.deleteProcessIds).toEqual(['p-broken']);
    expect(apply(here, plan)).toEqual({
      processes: byId(backup.processes),
      register: backup.register,
      revisions: backup.revisions,
    });
  });

  it('gives a lane whose register entry the backup lacks a placeholder', () => {
    const backup: Workspace = {
      processes: [proc('p1', 'A', 'u-gone')],
      register: [],
      revisions: [],
    };
    const plan = planRestore(current({}), backup, 'replace', options);
    expect(plan.putRegister.map((e) => e.id)).toEqual(['u-gone']);
  });

  it('refuses a backup with nothing readable: nothing here is removed, the register included', () => {
    const here = current({
      processes: [proc('p1', 'Bygglov')],
      register: [anEntry('u-1', 'SBF'), anEntry('kg-1', 'Invånare', 'kundgrupp')],
      revisions: [revision('r1', proc('p1', 'Bygglov'))],
      unreadable: [{ id: 'p-broken', title: 'Trasig' }],
    });
    const empty: Workspace = { processes: [], register: [], revisions: [] };
    const plan = planRestore(here, empty, 'replace', options);
    expect(plan.preview.refused).toBe('nothingReadable');
    expect(apply(here, plan)).toEqual({
      processes: here.processes,
      register: byId(here.register),
      revisions: here.revisions,
    });
    expect(plan.deleteProcessIds).toEqual([]);
  });

  it('keeps the register here when the file’s register could not be read at all', () => {
    const here = current({ register: [anEntry('u-1', 'SBF'), anEntry('u-2', 'Skola')] });
    const backup: Workspace = { processes: [proc('p1', 'A', 'u-1')], register: [], revisions: [] };
    const plan = planRestore(here, backup, 'replace', options);
    expect(plan.deleteRegisterIds).toEqual([]);
    expect(plan.preview.register.removed).toEqual([]);
  });

  it('lists the register in the preview: how many of each kind, which are new', () => {
    const here = current({ register: [anEntry('u-1', 'SBF')] });
    const backup: Workspace = {
      processes: [proc('p1', 'A', 'u-1')],
      register: [
        anEntry('u-1', 'SBF'),
        anEntry('u-2', 'Skola'),
        anEntry('kg-1', 'Invånare', 'kundgrupp'),
      ],
      revisions: [],
    };
    for (const mode of ['replace', 'merge'] as const)
      expect(planRestore(here, backup, mode, options).preview.register).toEqual({
        units: 2,
        customerGroups: 1,
        added: ['Skola', 'Invånare'],
        removed: [],
      });
  });
});

describe('planRestore: merge', () => {
  it('adds what is new, keeps what is the same, and brings a changed process in as a copy', () => {
    const mine = proc('p1', 'Bygglov', 'u-1', 'Mitt steg');
    const here = current({
      processes: [mine, proc('p2', 'Förskola')],
      register: [anEntry('u-1', 'SBF')],
      revisions: [revision('r1', mine)],
    });
    const theirs = proc('p1', 'Bygglov', 'u-1', 'Deras steg');
    const backup: Workspace = {
      processes: [theirs, proc('p2', 'Förskola'), proc('p3', 'Nytt')],
      register: [anEntry('u-1', 'SBF')],
      revisions: [revision('r1', theirs), revision('r2', theirs)],
    };
    const plan = planRestore(here, backup, 'merge', options);
    expect(plan.preview).toMatchObject({
      added: ['Nytt'],
      copied: ['Bygglov'],
      unchanged: ['Förskola'],
      removed: [],
      replaced: [],
      revisionsAdded: 1,
    });
    const after = apply(here, plan);
    expect(after.processes.find((p) => p.id === 'p1')).toEqual(mine);
    const copy = after.processes.find((p) => p.title === 'Bygglov (kopia)')!;
    expect({ ...copy, id: 'p1', title: 'Bygglov' }).toEqual(theirs);
    expect(after.revisions.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(after.revisions[0]).toEqual(here.revisions[0]);
  });

  it('matches the backup’s register entries to ours by name and moves its lanes along', () => {
    const here = current({ register: [anEntry('u-mine', 'Socialförvaltningen')] });
    const backup: Workspace = {
      processes: [proc('p1', 'A', 'u-theirs')],
      register: [anEntry('u-theirs', 'Socialförvaltningen'), anEntry('u-extra', 'Extra')],
      revisions: [revision('r1', proc('p1', 'A', 'u-theirs'))],
    };
    const plan = planRestore(here, backup, 'merge', options);
    expect(plan.putRegister.map((e) => e.id)).toEqual(['u-extra']);
    expect(plan.putProcesses[0]!.lanes[0]!.registerId).toBe('u-mine');
    expect(plan.putRevisions[0]!.process.lanes[0]!.registerId).toBe('u-mine');
  });

  it('never overwrites a row it cannot read: the backup’s version comes in as a copy', () => {
    const here = current({ unreadable: [{ id: 'p1', title: '?' }] });
    const backup: Workspace = { processes: [proc('p1', 'A')], register: [], revisions: [] };
    const plan = planRestore(here, backup, 'merge', options);
    expect(plan.preview.copied).toEqual(['A']);
    expect(plan.putProcesses[0]!.id).not.toBe('p1');
  });
});

describe('planRestore: properties', () => {
  const ids = fc.constantFrom('p1', 'p2', 'p3', 'p4');
  const aProc = fc
    .tuple(ids, fc.constantFrom('A', 'B'), fc.constantFrom('u-1', 'u-2', 'u-3'), fc.boolean())
    .map(([id, title, reg, other]) => proc(id, title, reg, other ? 'Annat' : 'Steg'));
  const entries = fc.subarray([
    anEntry('u-1', 'Ett'),
    anEntry('u-2', 'Två'),
    anEntry('u-3', 'Ett'),
  ]);
  const unique = <T extends { id: string }>(list: T[]) => [
    ...new Map(list.map((x) => [x.id, x])).values(),
  ];
  const workspace = fc
    .tuple(
      fc.array(aProc, { maxLength: 4 }),
      entries,
      fc.array(fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), aProc), { maxLength: 3 }),
    )
    .map(([processes, register, revs]) => ({
      processes: unique(processes),
      register: register as RegisterEntry[],
      revisions: unique(revs.map(([id, p]) => revision(id, p))),
    }));

  it('replace: the workspace afterwards is the backup (with placeholders for missing entries)', () => {
    fc.assert(
      fc.property(workspace, workspace, (here, backup) => {
        const plan = planRestore(current(here), backup, 'replace', options);
        const after = apply(here, plan);
        if (nothingReadable(backup)) {
          expect(after).toEqual({
            processes: byId(here.processes),
            register: byId(here.register),
            revisions: byId(here.revisions),
          });
          return;
        }
        expect(after.processes).toEqual(byId(backup.processes));
        expect(after.revisions).toEqual(byId(backup.revisions));
        for (const e of backup.register) expect(after.register).toContainEqual(e);
        const p = plan.preview;
        expect(p.added.length + p.replaced.length + p.unchanged.length).toBe(
          backup.processes.length,
        );
        expect(p.removed.length).toBe(plan.deleteProcessIds.length);
      }),
    );
  });

  it('merge: nothing here changes or goes, and every process of the backup is there', () => {
    fc.assert(
      fc.property(workspace, workspace, (here, backup) => {
        const plan = planRestore(current(here), backup, 'merge', options);
        const after = apply(here, plan);
        for (const p of here.processes) expect(after.processes).toContainEqual(p);
        for (const e of here.register) expect(after.register).toContainEqual(e);
        for (const r of here.revisions) expect(after.revisions).toContainEqual(r);
        const regIds = new Set(after.register.map((e) => e.id));
        for (const p of backup.processes) {
          // By id with the same content, or as a copy beside it: same steps and lanes' names.
          const there = after.processes.filter(
            (q) => q.id === p.id || q.title === `${p.title} ${options.copySuffix}`,
          );
          expect(there.some((q) => sameData(q.steps, p.steps))).toBe(true);
        }
        // What comes in refers only to register entries that are there afterwards.
        for (const p of plan.putProcesses)
          for (const l of p.lanes) expect(regIds.has(l.registerId)).toBe(true);
        const { added, copied, unchanged, removed, replaced } = plan.preview;
        expect(added.length + copied.length + unchanged.length).toBe(backup.processes.length);
        expect(removed.length + replaced.length).toBe(0);
      }),
    );
  });
});
