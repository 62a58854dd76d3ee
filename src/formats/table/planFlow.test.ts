import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { newStartedProcess, newProcess } from '../../domain/model/factories';
import { applyOperations } from '../../domain/operations/applyOperation';
import { keyFigures } from '../../domain/analysis/keyFigures';
import { planTablePaste } from './importTable';

const TSV = [
  'Enhet\tAktivitet\tTyp\tTid\tVäntetid\tNästa\tVillkor',
  'Invånare\tVill bygga altan\tBehov\t\t\t\t',
  'Invånare\tSkickar ansökan\t\t30 min\t\t\t',
  'SBF\tÄr ansökan komplett?\t\t1 h\t2 dagar\t4, 5\tJa, Nej',
  'Bygglov\tFattar beslut\t\t2 h\t1 vecka\t6\t',
  'Invånare\tKompletterar\t\t1 h\t\t3\t',
  'Invånare\tFår bygglov\tResultat\t\t\t\t',
].join('\n');

function paste(text: string, doc = newProcess('T')) {
  const plan = planTablePaste(doc, DEFAULT_REGISTER, text, { defaultLane: { name: 'Processen' } });
  if (!plan.ok) throw new Error(plan.error);
  return { plan, doc: applyOperations(doc, plan.ops) };
}

describe('planTablePaste', () => {
  it('makes steps in their lanes, a labelled decision, times and a lead time', () => {
    const { plan, doc } = paste(TSV);
    expect(doc.steps.map((s) => [s.label, s.kind])).toEqual([
      ['Vill bygga altan', 'need'],
      ['Skickar ansökan', 'activity'],
      ['Är ansökan komplett?', 'decision'],
      ['Fattar beslut', 'activity'],
      ['Kompletterar', 'activity'],
      ['Får bygglov', 'outcome'],
    ]);
    const lane = (label: string) => {
      const s = doc.steps.find((x) => x.label === label)!;
      const l = doc.lanes.find((x) => x.id === s.laneId)!;
      return [...DEFAULT_REGISTER, ...plan.newEntries].find((e) => e.id === l.registerId)!.name;
    };
    // SBF is the default register's short name for the building department.
    expect(lane('Är ansökan komplett?')).toBe('Samhällsbyggnadsförvaltningen');
    expect(lane('Vill bygga altan')).toBe('Invånare');
    expect(lane('Fattar beslut')).toBe('Bygglov');
    expect(plan.newEntries.map((e) => [e.name, e.kind])).toEqual([['Bygglov', 'forvaltning']]);
    const label = (from: string, to: string) =>
      doc.connections.find(
        (c) =>
          c.from === doc.steps.find((s) => s.label === from)!.id &&
          c.to === doc.steps.find((s) => s.label === to)!.id,
      )?.label;
    expect(label('Är ansökan komplett?', 'Fattar beslut')).toBe('Ja');
    expect(label('Är ansökan komplett?', 'Kompletterar')).toBe('Nej');
    expect(label('Kompletterar', 'Är ansökan komplett?')).toBe('');
    expect(label('Fattar beslut', 'Får bygglov')).toBe('');
    expect(doc.connections).toHaveLength(6);
    const figures = keyFigures(doc, [...DEFAULT_REGISTER, ...plan.newEntries]);
    // 30 min + (1 h + 2 d) + (2 h + 1 w): the loop back is taken once, not followed.
    expect(figures.longest?.minutes).toBe(30 + 60 + 2 * 1440 + 120 + 7 * 1440);
  });

  it('rows follow each other; a customer name makes a customer lane, on top', () => {
    const { plan, doc } = paste('Lane\tStep\nBuilding\tCheck\nCustomer\tPay\nBuilding\tIssue');
    expect(plan.newEntries.map((e) => [e.name, e.kind])).toEqual([
      ['Building', 'forvaltning'],
      ['Customer', 'kundgrupp'],
    ]);
    const customerLane = doc.lanes.find((l) => l.registerId === plan.newEntries[1]!.id)!;
    expect([...doc.lanes].sort((a, b) => (a.order! < b.order! ? -1 : 1))[0]).toBe(customerLane);
    const [a, b, c] = doc.steps;
    expect(doc.connections.map((x) => [x.from, x.to])).toEqual([
      [a!.id, b!.id],
      [b!.id, c!.id],
    ]);
  });

  it('joins a started process: after its need, into its waiting result', () => {
    const started = newStartedProcess('T', 'kg-invanare', { need: 'Behov', outcome: 'Resultat' });
    const [need, outcome] = started.steps;
    const plan = planTablePaste(started, DEFAULT_REGISTER, 'Steg\tTid\nA\t1 h\nB\t2 h', {
      defaultLane: { laneId: started.lanes[0]!.id },
      afterId: need!.id,
      joinOutcome: true,
    });
    if (!plan.ok) throw new Error(plan.error);
    const doc = applyOperations(started, plan.ops);
    expect(keyFigures(doc, DEFAULT_REGISTER).longest?.minutes).toBe(180);
    expect(doc.connections.map((c) => c.to)).toContain(outcome!.id);
  });

  it('Nästa by step text and a Nr column; annotations attach; unknown targets are told', () => {
    const { plan, doc } = paste(
      [
        'Nr;Steg;Typ;Nästa',
        '10;Ta emot;;30',
        '20;Blankett;Underlag;',
        '30;Granska;;Arkivera, Okänt steg',
        '40;Arkivera;;slut',
      ].join('\n'),
    );
    const id = (l: string) => doc.steps.find((s) => s.label === l)!.id;
    const pairs = doc.connections.map((c) => [c.from, c.to, c.kind]);
    expect(pairs).toEqual([
      [id('Ta emot'), id('Granska'), 'flow'],
      [id('Blankett'), id('Ta emot'), 'information'],
      [id('Granska'), id('Arkivera'), 'flow'],
    ]);
    expect(plan.unresolved).toEqual(['4: Okänt steg']);
  });

  it('refuses rows that would take the process over its step limit', () => {
    const full = { ...newProcess('T'), steps: new Array(19_999).fill(null) };
    const plan = planTablePaste(full as never, DEFAULT_REGISTER, 'Steg\nA\nB', {
      defaultLane: { name: 'X' },
    });
    expect(plan).toEqual({ ok: false, error: 'processFull' });
  });
});
