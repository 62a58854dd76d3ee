import { describe, expect, it } from 'vitest';
import { fileFormatOf } from './fileFormat';

describe('fileFormatOf', () => {
  it('goes by the extension when it names one format', () => {
    expect(fileFormatOf('Bygglov.drawio', '<mxfile>')).toBe('drawio');
    expect(fileFormatOf('flöde.VSDX', 'PK\u0003\u0004')).toBe('vsdx');
    expect(fileFormatOf('steg.csv', 'Enhet;Aktivitet')).toBe('table');
    expect(fileFormatOf('steg.tsv', 'Enhet\tAktivitet')).toBe('table');
    expect(fileFormatOf('process.json', '{"formatVersion":3}')).toBe('json');
  });

  it('tells draw.io XML from BPMN XML by the root element', () => {
    expect(fileFormatOf('swimlane.drawio.xml', '\uFEFF  <mxfile host="app">')).toBe('drawio');
    expect(fileFormatOf('copied.xml', '<mxGraphModel dx="1">')).toBe('drawio');
    expect(fileFormatOf('model.xml', '<?xml version="1.0"?><bpmn:definitions>')).toBe('bpmn');
    expect(fileFormatOf('model.bpmn', '<definitions>')).toBe('bpmn');
  });

  it('sends a cut-off BPMN file to the BPMN importer, which explains what is wrong', () => {
    expect(fileFormatOf('model.bpmn', '')).toBe('bpmn');
  });
});
