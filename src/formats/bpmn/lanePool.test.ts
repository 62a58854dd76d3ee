// A lane's BPMN pool with its flags (noParticipant, outsideLanes) is kept by everything that
// copies lanes: without them an export would make up the participant or lane the file never had.
import { describe, expect, it } from 'vitest';
import { createYDoc, project, writeDiff } from '../../document/yjs/mapping';
import { normalise } from '../../domain/model/normalise';
import type { Process } from '../../domain/model/types';
import { applyOperations } from '../../domain/operations/applyOperation';
import { diffOps } from '../../domain/operations/diff';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { aProcess } from '../../test/builders';
import { loadDocument } from '../../domain/load/loadDocument';
import { parseProcessFile, serializeProcessFile } from '../json/processFile';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';

const bare = { id: 'WFP-6-', name: 'Ansökan', noParticipant: true as const };

function imported(): Process {
  return normalise(
    aProcess('Från BPMN')
      .withLane('l1', { registerId: 'kg-invanare', pool: { ...bare, outsideLanes: true } })
      .withLane('l2', { registerId: 'u-sbf', pool: { id: 'pool', name: 'Bygglov' } })
      .withLane('l3', {
        registerId: 'u-sbf',
        pool: { id: 'pool', name: 'Bygglov', outsideLanes: true },
      })
      .withStep('s1', 'l1')
      .withStep('s2', 'l3')
      .build(),
  );
}

const pools = (p: Process) => p.lanes.map((l) => l.pool);

describe('the pool flags of a lane survive', () => {
  it('the JSON file round trip', () => {
    const p = imported();
    const back = parseProcessFile(serializeProcessFile(p, DEFAULT_REGISTER));
    if (!back.ok) throw new Error('does not load');
    expect(pools(back.file.process)).toEqual(pools(p));
    expect(pools(p).filter((x) => x?.outsideLanes)).toHaveLength(2);
  });

  it('the Y.Doc mapping, and a flag changed there arrives', () => {
    const p = imported();
    const ydoc = createYDoc(p);
    expect(pools(project(ydoc)!)).toEqual(pools(p));
    const lanes = p.lanes.map((l) =>
      l.id === 'l3' ? { ...l, pool: { id: 'pool', name: 'Bygglov' } } : l,
    );
    writeDiff(ydoc, p, { ...p, lanes });
    expect(project(ydoc)!.lanes.find((l) => l.id === 'l3')!.pool).toEqual({
      id: 'pool',
      name: 'Bygglov',
    });
  });

  it('the operations an edit or undo is made of', () => {
    const p = imported();
    const changed = {
      ...p,
      lanes: p.lanes.map((l) => (l.id === 'l1' ? { ...l, pool: { ...bare } } : l)),
    };
    const ops = diffOps(p, changed);
    expect(ops.map((o) => o.type)).toEqual(['lane.update']);
    expect(pools(applyOperations(p, ops))).toEqual(pools(changed));
    expect(pools(applyOperations(changed, diffOps(changed, p)))).toEqual(pools(p));
  });
});

describe('a pool id that is no XML name', () => {
  it('goes out as one, and the lane comes back with the pool it had', async () => {
    const pool = { id: '1 pool: ä', name: 'Bygglov' };
    const p = normalise(
      aProcess('Pooler')
        .withLane('l1', { registerId: 'u-sbf', pool })
        .withLane('l2', { registerId: 'u-sbf', pool: { ...pool, id: '2 ä', noParticipant: true } })
        .withStep('s1', 'l1')
        .withStep('s2', 'l2')
        .build(),
    );
    const xml = await exportBpmn(p, DEFAULT_REGISTER);
    const ids = [...xml.matchAll(/<bpmn:(?:participant|process) id="([^"]*)"/g)].map((m) => m[1]);
    // The participant and its process, and the process drawn without a pool.
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
    const back = await importBpmn(xml);
    const loaded = back.ok ? loadDocument(JSON.stringify(back.file)) : null;
    if (!loaded?.ok) throw new Error('our export does not load');
    expect(pools(loaded.file.process)).toEqual(pools(p));
  });
});
