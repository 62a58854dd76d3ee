// Messages for screen readers: step names on the canvas and announcements of changes.
export const a11ySv = {
  'editor.stepAria': '{kind}: {label}, i {lane}, {index} av {count}',
  'editor.stepAriaAside': '{kind}: {label}, i {lane}',
  'editor.connectionAria': 'Koppling från {from} till {to}',
  'keys.tab': 'Gå mellan verktyg, steg och panelen; ett steg som får fokus markeras',
  'keys.panelLists':
    'I panelen: ”Koppla till” kopplar det markerade steget, ”Simbana” flyttar det till en annan simbana',
  'editor.connectionAriaLabelled': 'Koppling från {from} till {to}: {label}',
  'announce.stepAdded': 'Steg tillagt: {label}, i {lane}',
  'announce.stepRemoved': 'Steg borttaget: {label}',
  'announce.stepMovedLane': '{label} flyttat till {lane}',
  'announce.stepRenamed': 'Steget heter nu {label}',
  'announce.connectionAdded': 'Koppling från {from} till {to}',
  'announce.connectionRemoved': 'Kopplingen från {from} till {to} är borttagen',
  'announce.laneAdded': 'Simbana tillagd: {lane}',
  'announce.laneRemoved': 'Simbana borttagen',
  'announce.lanesReordered': 'Simbanorna har ny ordning',
} as const;

export const a11yEn: Record<keyof typeof a11ySv, string> = {
  'editor.stepAria': '{kind}: {label}, in {lane}, {index} of {count}',
  'editor.stepAriaAside': '{kind}: {label}, in {lane}',
  'editor.connectionAria': 'Connection from {from} to {to}',
  'keys.tab': 'Move between tools, steps and the panel; a step that gets focus is selected',
  'keys.panelLists':
    'In the panel: “Connect to” connects the selected step, “Lane” moves it to another lane',
  'editor.connectionAriaLabelled': 'Connection from {from} to {to}: {label}',
  'announce.stepAdded': 'Step added: {label}, in {lane}',
  'announce.stepRemoved': 'Step removed: {label}',
  'announce.stepMovedLane': '{label} moved to {lane}',
  'announce.stepRenamed': 'The step is now called {label}',
  'announce.connectionAdded': 'Connection from {from} to {to}',
  'announce.connectionRemoved': 'The connection from {from} to {to} was removed',
  'announce.laneAdded': 'Lane added: {lane}',
  'announce.laneRemoved': 'Lane removed',
  'announce.lanesReordered': 'The lanes have a new order',
};
