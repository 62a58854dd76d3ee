// Messages for the draw.io import: the page picker, the notice of what was guessed and what was
// simplified, and the reasons a file is refused.
export const drawioSv = {
  'drawio.pagesTitle': 'Vilka sidor ska importeras?',
  'drawio.pagesDescription':
    '”{file}” har {count} sidor. Varje sida du väljer blir en egen process.',
  'drawio.pagesAll': 'Alla',
  'drawio.pagesImport': 'Importera {count}',
  'drawio.defaultLane': 'Processen',
  'drawio.done': '”{title}” importerades från draw.io.',
  'drawio.doneMany': '{count} processer importerades från ”{file}”.',
  'drawio.notice': '{done} {details}',
  'drawio.guessed': 'Gissat från formen: {list}.',
  'drawio.simplified': 'Förenklat: {list}.',
  'drawio.laneByPosition':
    'Simbana efter läget (utanför simbanorna i filen): {count} steg, {list}.',
  'drawio.reason.outsideLanes': 'utanför simbanorna, ej importerade',
  'drawio.reason.textOutside': 'text utanför simbanorna, ej importerad',
  'drawio.reason.group': 'grupper upplösta',
  'drawio.reason.image': 'bilder, ej importerade',
  'drawio.reason.danglingEdge': 'pilar som saknar ände',
  'drawio.reason.edgeToLane': 'pilar till en simbana i stället för ett steg',
  'drawio.reason.edgeToDropped': 'pilar till något som inte importerades',
  'drawio.reason.selfLoop': 'pilar från ett steg till sig självt',
  'drawio.error.tooLarge':
    '”{file}” är större än {max} MB, gränsen för draw.io-filer. Inget har ändrats.',
  'drawio.error.tooDeep': '”{file}” är nästlad djupare än {max} nivåer. Inget har ändrats.',
  'drawio.error.doctype':
    '”{file}” innehåller en DOCTYPE- eller ENTITY-deklaration, som vi av säkerhetsskäl inte läser. Inget har ändrats.',
  'drawio.error.notXml': '”{file}” är inte läsbar XML – kanske är den avklippt. Inget har ändrats.',
  'drawio.error.notDrawio': '”{file}” är inte en draw.io-fil. Inget har ändrats.',
  'drawio.error.empty': '”{file}” innehåller ingen sida att importera. Inget har ändrats.',
  'drawio.error.tooManyPages': '”{file}” har fler sidor än vi läser ({max}). Inget har ändrats.',
  'drawio.error.tooManyCells': 'Sidan ”{page}” i ”{file}” har för många former. Inget har ändrats.',
  'drawio.error.bomb':
    'Sidan ”{page}” i ”{file}” packas upp till orimligt mycket data och lästes inte. Inget har ändrats.',
  'drawio.error.corrupt':
    'Sidan ”{page}” i ”{file}” är skadad och kunde inte packas upp. Inget har ändrats.',
} as const;

export const drawioEn: Record<keyof typeof drawioSv, string> = {
  'drawio.pagesTitle': 'Which pages should be imported?',
  'drawio.pagesDescription':
    '“{file}” has {count} pages. Each page you pick becomes a process of its own.',
  'drawio.pagesAll': 'All',
  'drawio.pagesImport': 'Import {count}',
  'drawio.defaultLane': 'The process',
  'drawio.done': '“{title}” was imported from draw.io.',
  'drawio.doneMany': '{count} processes were imported from “{file}”.',
  'drawio.notice': '{done} {details}',
  'drawio.guessed': 'Guessed from the shape: {list}.',
  'drawio.simplified': 'Simplified: {list}.',
  'drawio.laneByPosition':
    'Lane by position (outside the lanes in the file): {count} steps, {list}.',
  'drawio.reason.outsideLanes': 'outside the lanes, not imported',
  'drawio.reason.textOutside': 'text outside the lanes, not imported',
  'drawio.reason.group': 'groups dissolved',
  'drawio.reason.image': 'images, not imported',
  'drawio.reason.danglingEdge': 'arrows missing an end',
  'drawio.reason.edgeToLane': 'arrows to a lane instead of a step',
  'drawio.reason.edgeToDropped': 'arrows to something not imported',
  'drawio.reason.selfLoop': 'arrows from a step to itself',
  'drawio.error.tooLarge':
    '“{file}” is larger than {max} MB, the limit for draw.io files. Nothing was changed.',
  'drawio.error.tooDeep': '“{file}” nests deeper than {max} levels. Nothing was changed.',
  'drawio.error.doctype':
    '“{file}” contains a DOCTYPE or ENTITY declaration, which we do not read for safety. Nothing was changed.',
  'drawio.error.notXml':
    '“{file}” is not readable XML – perhaps it was cut off. Nothing was changed.',
  'drawio.error.notDrawio': '“{file}” is not a draw.io file. Nothing was changed.',
  'drawio.error.empty': '“{file}” contains no page to import. Nothing was changed.',
  'drawio.error.tooManyPages': '“{file}” has more pages than we read ({max}). Nothing was changed.',
  'drawio.error.tooManyCells':
    'Page “{page}” of “{file}” has too many shapes. Nothing was changed.',
  'drawio.error.bomb':
    'Page “{page}” of “{file}” unpacks to an unreasonable amount of data and was not read. Nothing was changed.',
  'drawio.error.corrupt':
    'Page “{page}” of “{file}” is damaged and could not be unpacked. Nothing was changed.',
};
