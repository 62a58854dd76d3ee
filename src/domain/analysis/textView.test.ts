import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aProcess, anEntry, deepFreeze } from '../../test/builders';
import { loadDocument } from '../load/loadDocument';
import { textView, textViewToText, type TextViewLabels } from './textView';

const sv: TextViewLabels = {
  kinds: {
    need: 'Behov',
    activity: 'Aktivitet',
    decision: 'Beslut',
    wait: 'Väntan',
    informationObject: 'Underlag',
    itSystem: 'IT-stöd',
    problem: 'Problem',
    improvement: 'Förbättringsförslag',
    note: 'Anteckning',
    outcome: 'Resultat',
    subprocess: 'Delprocess',
  },
  unknownLane: 'Okänd enhet',
  untitled: '(utan namn)',
  back: 'tillbaka till {number}',
  end: 'Flödet slutar här',
  unreached: 'Steg som flödet inte når',
  loose: 'Inte kopplat till något steg',
};

const en: TextViewLabels = {
  kinds: {
    need: 'Need',
    activity: 'Activity',
    decision: 'Decision',
    wait: 'Waiting',
    informationObject: 'Information',
    itSystem: 'IT system',
    problem: 'Problem',
    improvement: 'Improvement proposal',
    note: 'Note',
    outcome: 'Outcome',
    subprocess: 'Subprocess',
  },
  unknownLane: 'Unknown unit',
  untitled: '(untitled)',
  back: 'back to {number}',
  end: 'The flow ends here',
  unreached: 'Steps the flow does not reach',
  loose: 'Not attached to a step',
};

const register = [anEntry('kg-inv', 'Invånare', 'kundgrupp'), anEntry('u-bygg', 'Bygglovsenheten')];

/**
 * A need, a decision whose "Nej" loops back, a split into two, a step in a lane whose unit is
 * gone and that leads nowhere, a document and a problem on steps, an idea on nothing and a step
 * that no need leads to.
 */
function garage() {
  return (
    aProcess('Bygglov för garage')
      .withLane('l1', { registerId: 'kg-inv' })
      .withLane('l2', { registerId: 'u-bygg' })
      .withLane('l3', { registerId: 'u-borta' })
      .withStep('n', 'l1', { kind: 'need', x: 40, label: 'Vill bygga\nett garage' })
      .withStep('a', 'l2', { x: 260, label: 'Tar emot ansökan' })
      .withStep('d', 'l2', { kind: 'decision', x: 480, label: 'Komplett?' })
      .withStep('y', 'l2', { x: 700, label: 'Bedömer ansökan' })
      .withStep('w', 'l2', { kind: 'wait', x: 920, label: 'Väntar på nämnden' })
      .withStep('x', 'l3', { x: 920, label: '' })
      .withStep('o', 'l1', { kind: 'outcome', x: 1140, label: 'Beslut skickat' })
      .withStep('orphan', 'l2', { x: 1400, label: 'Arkiverar' })
      .withStep('doc', 'l2', { kind: 'informationObject', x: 260, y: 120, label: 'Ansökan' })
      .withStep('prob', 'l2', { kind: 'problem', x: 920, y: 120, label: 'Tar lång tid' })
      .withStep('idea', 'l1', { kind: 'improvement', x: 1400, label: 'Digital ansökan' })
      .withConnection('c1', 'n', 'a')
      .withConnection('c2', 'a', 'd')
      .withConnection('c3', 'd', 'y', { label: 'Ja' })
      .withConnection('c4', 'd', 'a', { label: 'Nej' })
      .withConnection('c5', 'y', 'x')
      .withConnection('c6', 'y', 'w')
      .withConnection('c7', 'w', 'o')
      .withConnection('c8', 'orphan', 'o')
      .withConnection('c9', 'a', 'doc')
      .withConnection('c10', 'prob', 'w', { kind: 'information' })
      // Information between two steps of the flow is not a way the flow goes.
      .withConnection('c11', 'n', 'y', { kind: 'information' })
      .build()
  );
}

describe('textView', () => {
  it('tells the flow in Swedish, line by line', () => {
    const process = deepFreeze(garage());
    expect(textViewToText(textView(process, register, sv), sv)).toBe(
      [
        'Bygglov för garage',
        '',
        '1. Behov: Vill bygga ett garage – Invånare',
        '2. Aktivitet: Tar emot ansökan – Bygglovsenheten',
        '   Underlag: Ansökan',
        '3. Beslut: Komplett? – Bygglovsenheten. Ja → 4, Nej → tillbaka till 2',
        '4. Aktivitet: Bedömer ansökan – Bygglovsenheten. → 5, → 6',
        '5. Väntan: Väntar på nämnden – Bygglovsenheten. → 7',
        '   Problem: Tar lång tid',
        '6. Aktivitet: (utan namn) – Okänd enhet. Flödet slutar här',
        '7. Resultat: Beslut skickat – Invånare',
        '',
        'Steg som flödet inte når',
        '8. Aktivitet: Arkiverar – Bygglovsenheten. Tillbaka till 7',
        '',
        'Inte kopplat till något steg',
        '– Förbättringsförslag: Digital ansökan',
        '',
      ].join('\n'),
    );
  });

  it('tells the same flow in English', () => {
    expect(textViewToText(textView(garage(), register, en), en)).toBe(
      [
        'Bygglov för garage',
        '',
        '1. Need: Vill bygga ett garage – Invånare',
        '2. Activity: Tar emot ansökan – Bygglovsenheten',
        '   Information: Ansökan',
        '3. Decision: Komplett? – Bygglovsenheten. Ja → 4, Nej → back to 2',
        '4. Activity: Bedömer ansökan – Bygglovsenheten. → 5, → 6',
        '5. Waiting: Väntar på nämnden – Bygglovsenheten. → 7',
        '   Problem: Tar lång tid',
        '6. Activity: (untitled) – Unknown unit. The flow ends here',
        '7. Outcome: Beslut skickat – Invånare',
        '',
        'Steps the flow does not reach',
        '8. Activity: Arkiverar – Bygglovsenheten. Back to 7',
        '',
        'Not attached to a step',
        '– Improvement proposal: Digital ansökan',
        '',
      ].join('\n'),
    );
  });

  it('gives each entry its targets with step ids, so a view can link them', () => {
    const view = textView(garage(), register, sv);
    const decision = view.flow.find((e) => e.stepId === 'd')!;
    expect(decision.targets).toEqual([
      { stepId: 'y', connectionId: 'c3', number: 4, label: 'Ja', back: false },
      { stepId: 'a', connectionId: 'c4', number: 2, label: 'Nej', back: true },
    ]);
    expect(view.flow.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.unreached.map((e) => e.number)).toEqual([8]);
  });

  it('without a need, lists every step in order and none as unreached', () => {
    const process = aProcess('Utan start')
      .withLane('l1', { registerId: 'u-bygg' })
      .withStep('a', 'l1', { x: 40, label: 'Först' })
      .withStep('b', 'l1', { x: 260, label: 'Sedan' })
      .withConnection('c1', 'a', 'b')
      .build();
    expect(textViewToText(textView(process, register, sv), sv)).toBe(
      [
        'Utan start',
        '',
        '1. Aktivitet: Först – Bygglovsenheten',
        '2. Aktivitet: Sedan – Bygglovsenheten. Flödet slutar här',
        '',
      ].join('\n'),
    );
  });

  it('an empty process is its title', () => {
    expect(textViewToText(textView(aProcess('Tom').build(), register, sv), sv)).toBe('Tom\n');
  });

  it('reads the preschool fixture exactly', () => {
    const loaded = loadDocument(readFileSync('e2e/fixtures/forskoleplats.json', 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const { process, register: entries } = loaded.file;
    expect(textViewToText(textView(process, entries, sv), sv)).toBe(FORSKOLEPLATS);
  });
});

const FORSKOLEPLATS = `Ansöka om förskoleplats

1. Behov: Behöver förskoleplats till hösten – Invånare
2. Aktivitet: Läser om förskolor på webben – Invånare
3. Aktivitet: Ansöker i e-tjänsten – Invånare
4. Aktivitet: Registrerar ansökan – Barn- och utbildningsförvaltningen
   Underlag: Ansökan
5. Beslut: Komplett ansökan? – Barn- och utbildningsförvaltningen. Ja → 6, Nej → 7
6. Väntan: Väntar i kö – Barn- och utbildningsförvaltningen. → 8
   Problem: Kön syns inte för vårdnadshavaren
7. Aktivitet: Begär komplettering – Barn- och utbildningsförvaltningen. → 9
8. Aktivitet: Fördelar plats enligt turordning – Barn- och utbildningsförvaltningen. → 10
9. Aktivitet: Kompletterar ansökan – Invånare. Tillbaka till 4
10. Aktivitet: Skickar erbjudande – Barn- och utbildningsförvaltningen
    Underlag: Erbjudande om plats
11. Beslut: Tackar ja? – Invånare. Ja → 12, Nej → 13
12. Aktivitet: Tackar ja i e-tjänsten – Invånare. → 14
13. Aktivitet: Tackar nej och står kvar i kö – Invånare. Tillbaka till 6
14. Aktivitet: Lägger upp placering – Barn- och utbildningsförvaltningen. → 15, → 16
15. Aktivitet: Beräknar avgift – Kommunstyrelseförvaltningen. → 17
    Problem: Inkomstuppgift saknas ofta
    Förbättringsförslag: Hämta inkomst automatiskt med samtycke
16. Aktivitet: Ordnar plats i lokalen – Tekniska förvaltningen. → 18
17. Aktivitet: Skickar första fakturan – Kommunstyrelseförvaltningen. → 18, → 19
18. Aktivitet: Inskolning – Barn- och utbildningsförvaltningen. → 20
19. Aktivitet: Prövar nedsättning vid behov – Arbete- och välfärdsförvaltningen. Flödet slutar här
20. Resultat: Barnet går i förskolan – Invånare
`;
