// Messages for the method: the fuller process specification and the method guide.
export const methodSv = {
  'spec.objectsIn': 'Objekt in',
  'spec.objectsOut': 'Objekt ut',
  'spec.measures': 'Mätetal',
  'spec.measuresHint': 'Ett per rad: namn: målvärde (t.ex. ”Ledtid: högst 4 veckor”).',
  'spec.version': 'Version',
  'spec.actions': 'Åtgärder',
  'guide.button': 'Metodguide',
  'guide.title': 'Metodguide: från stuprör till flöden',
  'guide.done': 'klart',
  'guide.todo': 'att göra',
  'guide.purpose': 'Syfte och kund',
  'guide.purposeHelp':
    'Varför finns processen, och för vem? Skriv syftet och kryssa i kundgruppen i processbeskrivningen.',
  'guide.needOutcome': 'Behov och resultat',
  'guide.needOutcomeHelp':
    'Vad är kundens behov när flödet börjar, och vad har kunden fått när det slutar? Rita ett behov först och ett resultat sist.',
  'guide.asIs': 'Nuläge',
  'guide.asIsHelp':
    'Rita hur det går till i dag, steg för steg, i de enheters simbanor som gör arbetet. Inte hur det borde vara – det kommer sedan.',
  'guide.problems': 'Problem och goda idéer',
  'guide.problemsHelp':
    'Markera var det skaver för kunden eller medarbetarna, och fånga idéerna som kommer upp. Sätt dem vid steget de gäller.',
  'guide.toBe': 'Önskat läge',
  'guide.toBeHelp':
    'Skapa ett önskat läge från nuläget och rita flödet som det borde gå: färre överlämningar, färre kundkontakter, kortare ledtid.',
  'guide.measures': 'Mätetal',
  'guide.measuresHelp':
    'Hur vet ni att det blev bättre? Skriv mätetal med målvärden i processbeskrivningen.',
  'guide.actions': 'Åtgärder',
  'guide.actionsHelp': 'Vad ska göras, av vem och när, för att nå det önskade läget?',
  'huki.button': 'HUKI-matris',
  'huki.heading': 'HUKI: {title}',
  'huki.help':
    'H huvudansvarig · U utför · K konsulteras · I informeras. Framräknat ur flödet; ändra en ruta när gruppen vet bättre. Skriv ut med Ctrl+P.',
  'huki.step': 'Steg',
  'huki.auto': 'auto ({value})',
  'huki.none': '–',
  'huki.cell': '{unit} för ”{step}”',
  'huki.back': 'Tillbaka till flödet',
} as const;

export const methodEn: Record<keyof typeof methodSv, string> = {
  'spec.objectsIn': 'Objects in',
  'spec.objectsOut': 'Objects out',
  'spec.measures': 'Measures',
  'spec.measuresHint': 'One per line: name: target (e.g. “Lead time: at most 4 weeks”).',
  'spec.version': 'Version',
  'spec.actions': 'Actions',
  'guide.button': 'Method guide',
  'guide.title': 'Method guide: from silos to flows',
  'guide.done': 'done',
  'guide.todo': 'to do',
  'guide.purpose': 'Purpose and customer',
  'guide.purposeHelp':
    'Why does the process exist, and for whom? Write the purpose and tick the customer group in the specification.',
  'guide.needOutcome': 'Need and outcome',
  'guide.needOutcomeHelp':
    'What does the customer need when the flow starts, and what have they got when it ends? Draw a need first and an outcome last.',
  'guide.asIs': 'As-is',
  'guide.asIsHelp':
    'Draw how it works today, step by step, in the lanes of the units that do the work. Not how it should be – that comes later.',
  'guide.problems': 'Problems and good ideas',
  'guide.problemsHelp':
    'Mark where it chafes for the customer or the staff, and catch the ideas that come up. Attach them to the step they concern.',
  'guide.toBe': 'To-be',
  'guide.toBeHelp':
    'Create a to-be from the as-is and draw the flow as it should run: fewer handovers, fewer customer contacts, shorter lead time.',
  'guide.measures': 'Measures',
  'guide.measuresHelp':
    'How will you know it got better? Write measures with targets in the specification.',
  'guide.actions': 'Actions',
  'guide.actionsHelp': 'What is to be done, by whom and when, to reach the to-be?',
  'huki.button': 'HUKI matrix',
  'huki.heading': 'HUKI: {title}',
  'huki.help':
    'H accountable · U does · K consulted · I informed. Worked out from the flow; change a cell when the group knows better. Print with Ctrl+P.',
  'huki.step': 'Step',
  'huki.auto': 'auto ({value})',
  'huki.none': '–',
  'huki.cell': '{unit} for “{step}”',
  'huki.back': 'Back to the flow',
};
