// Messages for BPMN 2.0 import and export.
export const bpmnSv = {
  'bpmn.export': 'BPMN 2.0 – för andra processverktyg (.bpmn)',
  'bpmn.defaultLane': 'Processen',
  'bpmn.done': '”{file}” importerades från BPMN.',
  'bpmn.simplified':
    '”{file}” importerades. {count} element kunde inte visas fullt ut och förenklades: {list}',
  'bpmn.error.tooLarge':
    '”{file}” är större än {max} MB, gränsen för BPMN-filer. Inget har ändrats.',
  'bpmn.error.doctype':
    '”{file}” innehåller en DOCTYPE-deklaration, som vi av säkerhetsskäl inte läser. Inget har ändrats.',
  'bpmn.error.notXml': '”{file}” är inte läsbar XML – kanske är den avklippt. Inget har ändrats.',
  'bpmn.error.notBpmn': '”{file}” är XML men inte BPMN 2.0. Inget har ändrats.',
  'bpmn.error.empty': '”{file}” innehåller ingen process. Inget har ändrats.',
} as const;

export const bpmnEn: Record<keyof typeof bpmnSv, string> = {
  'bpmn.export': 'BPMN 2.0 – for other process tools (.bpmn)',
  'bpmn.defaultLane': 'The process',
  'bpmn.done': '“{file}” was imported from BPMN.',
  'bpmn.simplified':
    '“{file}” was imported. {count} elements could not be shown in full and were simplified: {list}',
  'bpmn.error.tooLarge':
    '“{file}” is larger than {max} MB, the limit for BPMN files. Nothing was changed.',
  'bpmn.error.doctype':
    '“{file}” contains a DOCTYPE declaration, which we do not read for safety. Nothing was changed.',
  'bpmn.error.notXml':
    '“{file}” is not readable XML – perhaps it was cut off. Nothing was changed.',
  'bpmn.error.notBpmn': '“{file}” is XML but not BPMN 2.0. Nothing was changed.',
  'bpmn.error.empty': '“{file}” contains no process. Nothing was changed.',
};
