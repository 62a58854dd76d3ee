import { readFileSync } from 'node:fs';
import { Parser } from 'saxen';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { STEP_KINDS } from '../../domain/schema/process';
import { documentToSvg, processToSvg, type SvgLabels } from './processSvg';
import { breakCompounds, wrap } from './text';

const labels: SvgLabels = {
  kinds: Object.fromEntries(STEP_KINDS.map((k) => [k, `Kind ${k}`])) as SvgLabels['kinds'],
  customerLane: 'Kundgrupp',
  unknownLane: 'Okänd',
};

function fixture() {
  const loaded = loadDocument(readFileSync('e2e/fixtures/forskoleplats.json', 'utf8'));
  if (!loaded.ok) throw new Error('fixture');
  return loaded.file;
}

/** Parses as XML and returns the text content and the element names; throws when not well-formed. */
function parse(svg: string) {
  const parser = new Parser();
  const texts: string[] = [];
  const elements: { name: string; attrs: Record<string, string> }[] = [];
  let error: Error | null = null;
  parser.on('error', (e: Error) => {
    error = e;
  });
  parser.on('text', (t: string, decode: (s: string) => string) => texts.push(decode(t)));
  parser.on('openTag', (name: string, attrs: () => Record<string, string>) =>
    elements.push({ name, attrs: attrs() }),
  );
  parser.parse(svg);
  if (error) throw error;
  return { text: texts.join(' ').replace(/\s+/g, ' '), elements };
}

describe('processToSvg', () => {
  it('is well-formed, standalone SVG with every label, lane name and kind', () => {
    const { process, register } = fixture();
    const { svg, width, height } = processToSvg(process, register, labels);
    const { text, elements } = parse(svg);
    expect(elements[0]!.name).toBe('svg');
    expect(elements[0]!.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(elements[0]!.attrs.width)).toBe(width);
    expect(Number(elements[0]!.attrs.height)).toBe(height);
    const squeezed = text.replace(/\s+/g, '');
    for (const step of process.steps) expect(squeezed).toContain(step.label.replace(/\s+/g, ''));
    for (const entry of register) expect(text).toContain(entry.name);
    expect(text).toContain('Kind decision');
  });

  it('keeps hostile text literal: no element, attribute or reference comes from a label', () => {
    const { process, register } = fixture();
    const hostile = '<img src=x onerror=alert(1)> & "quotes" \'apos\' <script>alert(2)</script>';
    const evil = {
      ...process,
      title: '</title><script>alert(3)</script>',
      steps: process.steps.map((s, i) => (i < 3 ? { ...s, label: hostile } : s)),
      connections: process.connections.map((c, i) => (i === 0 ? { ...c, label: hostile } : c)),
    };
    const evilRegister = register.map((e, i) => (i === 0 ? { ...e, name: hostile } : e));
    const { svg } = processToSvg(evil, evilRegister, labels);
    const { text, elements } = parse(svg);
    expect(elements.map((e) => e.name)).not.toContain('script');
    expect(elements.map((e) => e.name)).not.toContain('img');
    for (const e of elements) {
      for (const [name, value] of Object.entries(e.attrs)) {
        expect(name.startsWith('on'), name).toBe(false);
        if (/href$/i.test(name)) expect(value.startsWith('#')).toBe(true);
      }
    }
    expect(text).toContain('<img src=x');
    expect(text).toContain('</title><script>');
  });

  it('wraps long labels into lines that fit, and ends an overflow with an ellipsis', () => {
    const lines = wrap(
      'Handläggaren bedömer om ansökan är komplett och begär komplettering',
      100,
      13,
      3,
    );
    expect(lines.length).toBe(3);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(100 / (13 * 0.56)));
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrap('Kort', 100, 13, 3)).toEqual(['Kort']);
    expect(
      wrap('Ett_mycket_långt_ord_utan_mellanslag_alls', 60, 13, 5).every((l) => l.length <= 8),
    ).toBe(true);
  });

  it('as a file: XML declaration, the font stack declared in a <style>, and still well-formed', () => {
    const { process, register } = fixture();
    const file = documentToSvg(process, register, labels);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const { elements } = parse(file);
    expect(elements.map((e) => e.name)).toContain('style');
    expect(file).toMatch(/<style>[^<]*font-family:[^<]*DejaVu Sans[^<]*sans-serif/);
    // Only the file carries the <style>: the same markup placed inline in the app must not.
    expect(processToSvg(process, register, labels).svg).not.toContain('<style');
  });

  it('lanes only: the lane names without any step or connection, at the same size', () => {
    const { process, register } = fixture();
    const full = processToSvg(process, register, labels);
    const lanes = processToSvg(process, register, labels, { lanesOnly: true });
    const { text, elements } = parse(lanes.svg);
    expect([lanes.width, lanes.height]).toEqual([full.width, full.height]);
    for (const entry of register) expect(text).toContain(entry.name);
    expect(text).not.toContain(process.steps[0]!.label);
    // No arrow (only connections carry a marker) and no diamond (the fixture has decisions).
    expect(elements.some((e) => 'marker-end' in e.attrs || e.name === 'polygon')).toBe(false);
    expect(full.svg).toContain('marker-end');
    expect(full.svg).toContain('<polygon');
  });

  it('breaks a long unit name before its ending instead of shrinking it', () => {
    expect(breakCompounds('Kommunstyrelseförvaltningen', 23)).toBe('Kommunstyrelse- förvaltningen');
    expect(breakCompounds('Tekniska förvaltningen', 23)).toBe('Tekniska förvaltningen');
    expect(breakCompounds('Räddningstjänstförbundet', 10)).toBe('Räddningstjänstförbundet');
    const { process, register } = fixture();
    const { svg } = processToSvg(process, register, labels);
    // Drawn in two lines at the lane names' full size; the whole name stays in the title.
    expect(svg).toMatch(/font-size="15" font-weight="bold"[^>]*>Kommunstyrelse-<\/text>/);
    expect(svg).toMatch(/font-size="15" font-weight="bold"[^>]*>förvaltningen<\/text>/);
    expect(svg).toContain('<title>Kommunstyrelseförvaltningen</title>');
  });
});
