import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { methodChecks } from '../analysis/methodChecks';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { buildFromTemplate } from './templateText';
import { TEMPLATES } from './templates';

describe('templates', () => {
  it('there is a blank method template and at least five worked examples', () => {
    expect(TEMPLATES.filter((t) => t.head.tags?.includes('exempel')).length).toBeGreaterThanOrEqual(
      5,
    );
    expect(TEMPLATES.some((t) => t.id === 'metod')).toBe(true);
  });

  for (const template of TEMPLATES) {
    it(`${template.id}: builds a valid, connected flow from need to outcome`, () => {
      const { process, newEntries } = buildFromTemplate(
        template.head,
        template.text,
        DEFAULT_REGISTER,
      );
      const register = [...DEFAULT_REGISTER, ...newEntries];
      const file = { formatVersion: 2, process, register };
      const loaded = loadDocument(JSON.stringify(file));
      expect(loaded.ok).toBe(true);
      // Only generic units from the default register: nothing invented.
      expect(newEntries).toEqual([]);
      const errors = methodChecks(process, register).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
      if (template.head.tags?.includes('exempel')) {
        // As-is examples come with their problems marked, as a workshop would find them.
        expect(process.steps.some((s) => s.kind === 'problem')).toBe(true);
      }
      // Customer lanes on top.
      const firstEntry = register.find((e) => e.id === process.lanes[0]!.registerId);
      if (
        process.lanes.some((l) => register.find((e) => e.id === l.registerId)?.kind === 'kundgrupp')
      )
        expect(firstEntry?.kind).toBe('kundgrupp');
    });
  }

  it('reads kinds, decisions with labelled ways out, and attachments', () => {
    const { process } = buildFromTemplate(
      { title: 'T', category: 'huvudprocess' },
      `
behov Invånare: A
beslut Kommunstyrelseförvaltningen: B?
Nej → Invånare: D
problem Kommunstyrelseförvaltningen: P
Kommunstyrelseförvaltningen: C
resultat Invånare: E
Invånare: D
→ Invånare: A
`,
      DEFAULT_REGISTER,
    );
    const label = (id: string) => process.steps.find((s) => s.id === id)!.label;
    expect(process.steps.map((s) => [s.kind, s.label])).toEqual([
      ['need', 'A'],
      ['decision', 'B?'],
      ['problem', 'P'],
      ['activity', 'C'],
      ['outcome', 'E'],
      ['activity', 'D'],
    ]);
    expect(
      process.connections.map((c) => `${label(c.from)}>${label(c.to)}:${c.kind}:${c.label}`),
    ).toEqual([
      'A>B?:flow:',
      'P>B?:information:',
      'B?>C:flow:Ja',
      'C>E:flow:',
      'B?>D:flow:Nej',
      'D>A:flow:',
    ]);
  });
});
