import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aProcess, anEntry } from '../../test/builders';
import { loadDocument } from '../load/loadDocument';
import { handoverMarkers } from './handoverMarkers';
import { keyFigures } from './keyFigures';
import { numberedSteps, stepNumbers } from './stepNumbers';
import { textView } from './textView';

const register = [
  anEntry('kund', 'Invånare', 'kundgrupp'),
  anEntry('buf', 'BUF'),
  anEntry('ksf', 'KSF'),
];

describe('handoverMarkers', () => {
  it('lists the handovers the key figures count, numbered in flow order, with both units', () => {
    // need (customer) → register (ksf) → assess (buf) → check (buf, second lane) → decide (ksf)
    // → answer (customer); drawn right to left, so position alone would number them wrongly.
    const p = aProcess()
      .withLane('lk', { registerId: 'kund' })
      .withLane('lb', { registerId: 'buf' })
      .withLane('lb2', { registerId: 'buf' })
      .withLane('ls', { registerId: 'ksf' })
      .withStep('need', 'lk', { kind: 'need', x: 1200 })
      .withStep('register', 'ls', { x: 1000 })
      .withStep('assess', 'lb', { x: 800 })
      .withStep('check', 'lb2', { kind: 'decision', x: 600 })
      .withStep('decide', 'ls', { x: 400 })
      .withStep('answer', 'lk', { kind: 'outcome', x: 200 })
      .withStep('note', 'lb', { kind: 'problem', x: 800, y: 140 })
      .withConnection('c1', 'need', 'register')
      .withConnection('c2', 'register', 'assess')
      .withConnection('c3', 'assess', 'check')
      .withConnection('c4', 'check', 'decide')
      .withConnection('c5', 'decide', 'answer')
      .withConnection('c6', 'note', 'decide', { kind: 'information' })
      .build();
    const marks = handoverMarkers(p, register);
    expect(marks).toEqual([
      {
        number: 1,
        connectionId: 'c2',
        fromStepId: 'register',
        toStepId: 'assess',
        fromStepNumber: 2,
        toStepNumber: 3,
        fromUnitId: 'ksf',
        toUnitId: 'buf',
      },
      {
        number: 2,
        connectionId: 'c4',
        fromStepId: 'check',
        toStepId: 'decide',
        fromStepNumber: 4,
        toStepNumber: 5,
        fromUnitId: 'buf',
        toUnitId: 'ksf',
      },
    ]);
    expect(marks).toHaveLength(keyFigures(p, register).handovers);
  });

  it('adds up to the key figures on the 25-step fixture, each number once', () => {
    const loaded = loadDocument(readFileSync('e2e/fixtures/forskoleplats-25.json', 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const { process, register: entries } = loaded.file;
    const figures = keyFigures(process, entries);
    const marks = handoverMarkers(process, entries);
    expect(marks.length).toBe(figures.handovers);
    expect(marks.map((m) => m.number)).toEqual(marks.map((_, i) => i + 1));
    expect(new Set(marks.map((m) => m.connectionId))).toEqual(
      new Set(figures.handoverConnectionIds),
    );
    // In flow order: the step a handover leaves from never comes before the previous one's.
    for (let i = 1; i < marks.length; i++)
      expect(marks[i]!.fromStepNumber!).toBeGreaterThanOrEqual(marks[i - 1]!.fromStepNumber!);
  });
});

describe('stepNumbers', () => {
  it('are the text view numbers, for the flow steps only', () => {
    const loaded = loadDocument(readFileSync('e2e/fixtures/forskoleplats-25.json', 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const { process, register: entries } = loaded.file;
    const view = textView(process, entries, {
      kinds: {} as never,
      unknownLane: '',
      untitled: '',
      back: '',
      end: '',
      unreached: '',
      loose: '',
    });
    const numbers = stepNumbers(process);
    const told = [...view.flow, ...view.unreached].map((e) => [e.stepId, e.number]);
    expect([...numbers]).toEqual(expect.arrayContaining(told));
    expect(numbers.size).toBe(told.length);
    expect(numberedSteps(process).map((s) => s.id)).toEqual([...numbers.keys()]);
  });
});
