// Messages for small flow edits: deleting a step from the middle of a flow, turning a parked
// note into a step, and the kind prefixes of quick entry.
export const flowEditsSv = {
  'remove.joined': 'Steget togs bort och ”{from}” kopplades direkt till ”{to}”.',
  'remove.joinedMany': 'Stegen togs bort och flödet kopplades ihop där de satt.',
  'remove.attached': 'Steget togs bort. Med det följde: {names}.',
  'remove.joinedAttached':
    'Steget togs bort och ”{from}” kopplades direkt till ”{to}”. Med steget följde: {names}.',
  'remove.joinedManyAttached':
    'Stegen togs bort och flödet kopplades ihop där de satt. Med stegen följde: {names}.',
  'parked.title': 'Gör lappen till ett steg',
  'parked.text': 'Stegets text',
  'parked.kind': 'Typ av steg',
  'parked.lane': 'Simbana',
  'parked.newLane': 'Ny simbana: {name}',
  'parked.after': 'Kommer efter',
  'parked.afterNone': 'Inget steg (kopplas senare)',
  'parked.afterOption': '{label} ({lane})',
  'parked.question': 'Texten är en fråga. Välj Beslut om flödet delar sig här.',
  'parked.create': 'Skapa steget',
  'keys.quickEntryLane': 'Simbana: text',
  'keys.quickEntry': 'En aktivitet i simbanan, kopplad efter det markerade steget',
  'keys.quickEntryQuestion': 'Text som slutar med ? blir ett beslut',
  'keys.quickEntryNeed': 'Ett behov, i kundens simbana (det börjar flödet)',
  'keys.quickEntryWait': 'En väntan',
  'keys.quickEntryOutcome': 'Ett resultat',
  'keys.quickEntryHint':
    'Typordet kan stå före eller efter simbanan: ”vänta: BUF: Kö till placering”. Stora och små bokstäver går lika bra, och need, wait, result fungerar också.',
} as const;

export const flowEditsEn: Record<keyof typeof flowEditsSv, string> = {
  'remove.joined': 'The step was deleted and “{from}” now leads straight to “{to}”.',
  'remove.joinedMany': 'The steps were deleted and the flow was joined where they were.',
  'remove.attached': 'The step was deleted. Deleted with it: {names}.',
  'remove.joinedAttached':
    'The step was deleted and “{from}” now leads straight to “{to}”. Deleted with it: {names}.',
  'remove.joinedManyAttached':
    'The steps were deleted and the flow was joined where they were. Deleted with them: {names}.',
  'parked.title': 'Turn the note into a step',
  'parked.text': 'Step text',
  'parked.kind': 'Kind of step',
  'parked.lane': 'Lane',
  'parked.newLane': 'New lane: {name}',
  'parked.after': 'Comes after',
  'parked.afterNone': 'No step (connect later)',
  'parked.afterOption': '{label} ({lane})',
  'parked.question': 'The text is a question. Choose Decision if the flow branches here.',
  'parked.create': 'Create the step',
  'keys.quickEntryLane': 'Lane: text',
  'keys.quickEntry': 'An activity in the lane, connected after the selected step',
  'keys.quickEntryQuestion': 'Text ending in ? becomes a decision',
  'keys.quickEntryNeed': 'A need, in the customer lane (it starts the flow)',
  'keys.quickEntryWait': 'A wait',
  'keys.quickEntryOutcome': 'A result',
  'keys.quickEntryHint':
    'The kind word may come before or after the lane: “wait: BUF: Queue for a place”. Upper or lower case, and the Swedish words (behov, vänta, resultat) work too.',
};
