// Messages for Visio (.vsdx) import: what was brought in, what was simplified, why a file was
// refused.
export const vsdxSv = {
  'vsdx.defaultLane': 'Processen',
  'vsdx.done':
    '”{file}” importerades från Visio – steg: {steps}, simbanor: {lanes}, kopplingar: {connections}.{pages}',
  'vsdx.simplified':
    '”{file}” importerades från Visio – steg: {steps}, simbanor: {lanes}, kopplingar: {connections}.{pages} Förenklat: {list}.',
  'vsdx.pages': ' Filens {count} sidor blev var sin process; den första visas.',
  'vsdx.reason.noLanes': 'sidan har inga simbanor, så alla former lades i en simbana',
  'vsdx.reason.phase': 'faser och avgränsare togs inte med ({count})',
  'vsdx.reason.decoration': 'former utan text (ramar, dekor) togs inte med ({count})',
  'vsdx.reason.image': 'bilder och inbäddade objekt togs inte med ({count})',
  'vsdx.reason.guessedActivity': 'former av okänd typ blev aktiviteter: {list}',
  'vsdx.reason.looseConnector':
    'kopplingar som inte sitter fast i båda ändar togs inte med ({count})',
  'vsdx.reason.selfLoop': 'kopplingar från en form till sig själv togs inte med ({count})',
  'vsdx.reason.outsideLanes': 'former utanför simbanorna lades i närmaste simbana: {list}',
  'vsdx.reason.emptyPage': 'sidor utan något som kan bli steg hoppades över ({list})',
  'vsdx.reason.tooManyPages': 'sidor efter de första 50 importerades inte ({list})',
  'vsdx.reason.backgroundPage': 'bakgrundssidor togs inte med ({list})',
  'vsdx.error.notZip': '”{file}” är ingen Visio-fil (.vsdx är ett zip-arkiv). Inget har ändrats.',
  'vsdx.error.broken': '”{file}” är skadad eller avklippt och kan inte läsas. Inget har ändrats.',
  'vsdx.error.notVisio': '”{file}” är ett zip-arkiv men ingen Visio-ritning. Inget har ändrats.',
  'vsdx.error.tooManyEntries':
    '”{file}” innehåller fler delar än en Visio-ritning har – den läses inte. Inget har ändrats.',
  'vsdx.error.tooLarge':
    '”{file}” packas upp till mer än en ritning rimligen är – den läses inte. Inget har ändrats.',
  'vsdx.error.ratio':
    '”{file}” packas upp till mångdubbelt sin storlek (en ”zip-bomb”) – den läses inte. Inget har ändrats.',
  'vsdx.error.doctype':
    '”{file}” innehåller en DOCTYPE-deklaration, som vi av säkerhetsskäl inte läser. Inget har ändrats.',
  'vsdx.error.tooDeep': '”{file}” har former nästlade djupare än någon ritning. Inget har ändrats.',
  'vsdx.error.notXml': '”{file}” har en sida som inte är läsbar XML. Inget har ändrats.',
  'vsdx.error.tooManyShapes':
    '”{file}” har en sida med fler former än en process kan ha. Inget har ändrats.',
  'vsdx.error.empty':
    '”{file}” har inga former med text eller flödesschemaformer som kan bli steg. Inget har ändrats.',
} as const;

export const vsdxEn: Record<keyof typeof vsdxSv, string> = {
  'vsdx.defaultLane': 'The process',
  'vsdx.done':
    '“{file}” was imported from Visio – steps: {steps}, lanes: {lanes}, connections: {connections}.{pages}',
  'vsdx.simplified':
    '“{file}” was imported from Visio – steps: {steps}, lanes: {lanes}, connections: {connections}.{pages} Simplified: {list}.',
  'vsdx.pages': ' The file’s {count} pages became a process each; the first is shown.',
  'vsdx.reason.noLanes': 'the page has no swimlanes, so every shape went into one lane',
  'vsdx.reason.phase': 'phases and separators were left out ({count})',
  'vsdx.reason.decoration': 'shapes without text (frames, decoration) were left out ({count})',
  'vsdx.reason.image': 'images and embedded objects were left out ({count})',
  'vsdx.reason.guessedActivity': 'shapes of unknown type became activities: {list}',
  'vsdx.reason.looseConnector': 'connectors not glued at both ends were left out ({count})',
  'vsdx.reason.selfLoop': 'connectors from a shape to itself were left out ({count})',
  'vsdx.reason.outsideLanes': 'shapes outside the swimlanes went to the nearest lane: {list}',
  'vsdx.reason.emptyPage': 'pages with nothing that could be a step were skipped ({list})',
  'vsdx.reason.tooManyPages': 'pages after the first 50 were not imported ({list})',
  'vsdx.reason.backgroundPage': 'background pages were left out ({list})',
  'vsdx.error.notZip':
    '“{file}” is not a Visio file (a .vsdx is a zip archive). Nothing was changed.',
  'vsdx.error.broken': '“{file}” is damaged or cut off and cannot be read. Nothing was changed.',
  'vsdx.error.notVisio': '“{file}” is a zip archive but not a Visio drawing. Nothing was changed.',
  'vsdx.error.tooManyEntries':
    '“{file}” holds more parts than a Visio drawing has – it is not read. Nothing was changed.',
  'vsdx.error.tooLarge':
    '“{file}” unpacks to more than any drawing – it is not read. Nothing was changed.',
  'vsdx.error.ratio':
    '“{file}” unpacks to many times its size (a “zip bomb”) – it is not read. Nothing was changed.',
  'vsdx.error.doctype':
    '“{file}” contains a DOCTYPE declaration, which we do not read for safety. Nothing was changed.',
  'vsdx.error.tooDeep': '“{file}” nests shapes deeper than any drawing. Nothing was changed.',
  'vsdx.error.notXml': '“{file}” has a page that is not readable XML. Nothing was changed.',
  'vsdx.error.tooManyShapes':
    '“{file}” has a page with more shapes than a process can hold. Nothing was changed.',
  'vsdx.error.empty':
    '“{file}” has no shapes with text or flowchart shapes that could become steps. Nothing was changed.',
};
