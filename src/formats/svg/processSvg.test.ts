import { readFileSync } from 'node:fs';
import { Parser } from 'saxen';
import { describe, expect, it } from 'vitest';
import { compareProcesses } from '../../domain/analysis/compare';
import { keyFigures } from '../../domain/analysis/keyFigures';
import { stepChanges } from '../../domain/analysis/stepChanges';
import { textView, type TextViewLabels } from '../../domain/analysis/textView';
import { loadDocument } from '../../domain/load/loadDocument';
import { STEP_KINDS } from '../../domain/schema/process';
import { routeProcess } from '../../domain/layout/routing';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { buildFromTemplate } from '../../domain/templates/templateText';
import { TEMPLATES } from '../../domain/templates/templates';
import { documentToSvg, HEADER_WIDTH, processToSvg, type SvgLabels } from './processSvg';
import { breakCompounds, wrap } from './text';

const labels: SvgLabels = {
  kinds: Object.fromEntries(STEP_KINDS.map((k) => [k, `Kind ${k}`])) as SvgLabels['kinds'],
  customerLane: 'Kundgrupp',
  unknownLane: 'Okänd',
  unnamedStep: 'Namnlöst steg',
  connectionTitle: (from, to, label) => `Från ${from} till ${to}${label ? `: ${label}` : ''}`,
  duration: (d) => (d ? `${d.value} ${d.unit}` : ''),
  activeTime: (time) => `Aktiv ${time}`,
  waitingTime: (time) => `Väntan ${time}`,
  handoverMark: (number) => `Ö${number}`,
  handoversHeading: 'Överlämningar',
  handoversNote: 'Ö1 … markerar överlämningar.',
  stepChange: { added: 'Ny', changed: 'Ändrad' },
};

function fixture(name = 'forskoleplats') {
  const loaded = loadDocument(readFileSync(`e2e/fixtures/${name}.json`, 'utf8'));
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

interface Group {
  title: string;
  /** Texts without a class: the labels. */
  texts: string[];
  /** Texts of the method's marks, by class: fv-step-number, fv-step-time, fv-handover, fv-change. */
  marks: Record<string, string[]>;
  elements: { name: string; attrs: Record<string, string> }[];
}

/** The top-level groups of the drawing, with their title, texts and elements. */
function groups(svg: string): Group[] {
  const parser = new Parser();
  const out: Group[] = [];
  const stack: string[] = [];
  let current: Group | null = null;
  let textClass = '';
  parser.on(
    'openTag',
    (name: string, attrs: () => Record<string, string>, _d: unknown, empty: boolean) => {
      if (name === 'g' && !current) current = { title: '', texts: [], marks: {}, elements: [] };
      else current?.elements.push({ name, attrs: attrs() });
      if (name === 'text') textClass = attrs().class ?? '';
      if (!empty) stack.push(name);
    },
  );
  parser.on('closeTag', (name: string) => {
    stack.pop();
    if (name === 'g' && current && !stack.includes('g')) {
      out.push(current);
      current = null;
    }
  });
  parser.on('text', (t: string, decode: (s: string) => string) => {
    if (!current || !t.trim()) return;
    if (stack[stack.length - 1] === 'title') current.title += decode(t);
    else if (stack[stack.length - 1] === 'text' && textClass)
      (current.marks[textClass] ??= []).push(decode(t));
    else if (stack[stack.length - 1] === 'text') current.texts.push(decode(t));
  });
  parser.parse(svg);
  return out;
}

function forskola() {
  const template = TEMPLATES.find((t) => t.id === 'forskoleplats')!;
  const { process, newEntries } = buildFromTemplate(template.head, template.text, DEFAULT_REGISTER);
  return { process, register: [...DEFAULT_REGISTER, ...newEntries] };
}

describe('processToSvg', () => {
  it('export contract: one group per connection, titled with both steps and the label, label inside', () => {
    const { process, register } = fixture();
    const all = groups(processToSvg(process, register, labels).svg);
    const byTitle = new Map(all.map((g) => [g.title, g]));
    const label = (id: string) => process.steps.find((s) => s.id === id)!.label;
    const labelled = process.connections.filter((c) => c.label.trim());
    expect(labelled.length).toBeGreaterThan(0);
    for (const c of process.connections) {
      const title = `Från ${label(c.from)} till ${label(c.to)}${c.label ? `: ${c.label}` : ''}`;
      const group = byTitle.get(title);
      expect(group, title).toBeDefined();
      expect(group!.elements.filter((e) => e.name === 'path')).toHaveLength(1);
      expect(group!.texts).toEqual(c.label ? [c.label] : []);
    }
    // Each step's group keeps its title with the full label.
    for (const step of process.steps)
      expect(byTitle.has(`Kind ${step.kind}: ${step.label}`)).toBe(true);
  });

  it('draws the routes and label plates that routeProcess gives, moved right by the lane headers', () => {
    const { process, register } = fixture();
    const all = groups(processToSvg(process, register, labels).svg);
    const routes = routeProcess(process);
    const dx = HEADER_WIDTH + 32 - Math.min(...process.steps.map((s) => s.x));
    const round = (v: number) => Math.round(v * 10) / 10;
    for (const c of process.connections) {
      const route = routes.get(c.id)!;
      const group = all.find((g) =>
        g.title.startsWith(
          `Från ${process.steps.find((s) => s.id === c.from)!.label} till ${process.steps.find((s) => s.id === c.to)!.label}`,
        ),
      )!;
      const d = group.elements.find((e) => e.name === 'path')!.attrs.d!;
      expect(d).toBe(
        route.points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x + dx)},${round(y)}`).join(' '),
      );
      const plate = group.elements.find((e) => e.name === 'rect');
      if (!route.label) {
        expect(plate).toBeUndefined();
        continue;
      }
      expect(Number(plate!.attrs.x)).toBeCloseTo(route.label.x + dx, 0);
      expect(Number(plate!.attrs.y)).toBeCloseTo(route.label.y, 0);
      const text = group.elements.find((e) => e.name === 'text')!;
      expect(Number(text.attrs.x)).toBeCloseTo(route.label.x + dx + route.label.width / 2, 0);
    }
  });

  it('names a step without a label, and a connection without one, in its title', () => {
    const { process, register } = fixture();
    const [first] = process.connections;
    const unnamed = {
      ...process,
      steps: process.steps.map((s) => (s.id === first!.from ? { ...s, label: '' } : s)),
      connections: process.connections.map((c) => (c === first ? { ...c, label: '' } : c)),
    };
    const to = process.steps.find((s) => s.id === first!.to)!.label;
    const titles = groups(processToSvg(unnamed, register, labels).svg).map((g) => g.title);
    expect(titles).toContain(`Från Namnlöst steg till ${to}`);
  });

  it('förskola template: lane names break between words and after dashes, inside their lane', () => {
    const { process, register } = forskola();
    const social = 'Socialförvaltningen-Individ-och-familjeomsorgen';
    const renamed = register.map((e) =>
      e.id === process.lanes[2]!.registerId ? { ...e, name: social } : e,
    );
    const svg = processToSvg(process, renamed, labels).svg;
    const bands = groups(svg).slice(0, process.lanes.length);
    const laneLines = (i: number) =>
      bands[i]!.elements.filter((e) => e.name === 'text' && e.attrs['font-weight'] === 'bold').map(
        (e, k) => ({
          y: Number(e.attrs.y),
          size: Number(e.attrs['font-size']),
          text: bands[i]!.texts[k]!,
        }),
      );
    // The template's own long name: whole words, the compound broken after a hyphen.
    expect(laneLines(1).map((l) => l.text)).toEqual(['Barn- och utbildnings-', 'förvaltningen']);
    // Was "Socialförvaltningen-Individ-och-fam" / "iljeomsorgen".
    expect(laneLines(2).map((l) => l.text)).toEqual([
      'Socialförvaltningen-',
      'Individ-och-',
      'familjeomsorgen',
    ]);
    let top = 0;
    for (const [i, lane] of process.lanes.entries()) {
      for (const line of laneLines(i)) {
        expect(line.text).not.toMatch(/^[-–]|…/);
        expect(line.y - line.size).toBeGreaterThanOrEqual(top);
        expect(line.y).toBeLessThanOrEqual(top + lane.height - (i === 0 ? 14 : 0));
      }
      top += lane.height;
    }
  });

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

describe('processToSvg carries the method', () => {
  const textLabels: TextViewLabels = {
    kinds: labels.kinds,
    unknownLane: 'Okänd',
    untitled: '(utan namn)',
    back: 'tillbaka till {number}',
    end: 'Slut',
    unreached: 'Ej nådda',
    loose: 'Lösa',
  };
  /** The first shape of a group: a step's outline. */
  const shape = (g: Group) => g.elements.find((e) => ['rect', 'polygon', 'path'].includes(e.name))!;
  const stepGroup = (all: Group[], kind: string, label: string) =>
    all.find((g) => g.title === `Kind ${kind}: ${label}`)!;

  it('numbers every step of the flow as the text view does, and no annotation', () => {
    for (const name of ['forskoleplats', 'forskoleplats-25']) {
      const { process, register } = fixture(name);
      const all = groups(processToSvg(process, register, labels).svg);
      const view = textView(process, register, textLabels);
      const entries = [...view.flow, ...view.unreached];
      expect(entries.length).toBeGreaterThan(5);
      for (const e of entries) {
        const step = process.steps.find((s) => s.id === e.stepId)!;
        expect(stepGroup(all, step.kind, step.label).marks['fv-step-number'], step.label).toEqual([
          String(e.number),
        ]);
      }
      const numbered = new Set(entries.map((e) => e.stepId));
      for (const step of process.steps.filter((s) => !numbered.has(s.id)))
        expect(stepGroup(all, step.kind, step.label).marks['fv-step-number']).toBeUndefined();
      // The badge is drawn after the outline: the outline stays the group's first shape.
      const first = stepGroup(
        all,
        entries[1]!.kind,
        process.steps.find((s) => s.id === entries[1]!.stepId)!.label,
      );
      expect(shape(first).attrs.class).toBeUndefined();
    }
  });

  it('writes active and waiting time on a step when set, and makes the label room', () => {
    const { process, register } = fixture();
    const [a, b] = process.steps.filter((s) => s.kind === 'activity');
    const timed = {
      ...process,
      steps: process.steps.map((s) =>
        s.id === a!.id
          ? { ...s, properties: { ...s.properties, activeTime: { value: 2, unit: 'h' as const } } }
          : s.id === b!.id
            ? {
                ...s,
                properties: {
                  ...s.properties,
                  activeTime: { value: 20, unit: 'min' as const },
                  waitingTime: { value: 3, unit: 'w' as const },
                },
              }
            : s,
      ),
    };
    const all = groups(processToSvg(timed, register, labels).svg);
    expect(stepGroup(all, 'activity', a!.label).marks['fv-step-time']).toEqual(['Aktiv 2 h']);
    const both = stepGroup(all, 'activity', b!.label).marks['fv-step-time']!.join(' / ');
    expect(both).toMatch(/^Aktiv 20 min( · | \/ )Väntan 3 w$/);
    const untimed = timed.steps.filter(
      (s) => !s.properties.activeTime && !s.properties.waitingTime,
    );
    expect(untimed.length).toBeGreaterThan(3);
    for (const s of untimed)
      expect(stepGroup(all, s.kind, s.label).marks['fv-step-time']).toBeUndefined();
    // Inside the shape, below the label.
    const group = stepGroup(all, 'activity', a!.label);
    const [time] = group.elements.filter((e) => e.attrs.class === 'fv-step-time');
    const label = group.elements.filter((e) => e.name === 'text' && !e.attrs.class).at(-1)!;
    const box = shape(group).attrs;
    expect(Number(time!.attrs.y)).toBeGreaterThan(Number(label.attrs.y));
    expect(Number(time!.attrs.y)).toBeLessThan(Number(box.y) + Number(box.height));
  });

  it('marks each handover on its connection, numbered in flow order, as many as the key figures count', () => {
    const { process, register } = fixture('forskoleplats-25');
    const figures = keyFigures(process, register);
    expect(figures.handovers).toBeGreaterThan(1);
    const svg = processToSvg(process, register, labels).svg;
    const all = groups(svg);
    const label = (id: string) => process.steps.find((s) => s.id === id)!.label;
    const marks = process.connections.flatMap((c) => {
      const title = `Från ${label(c.from)} till ${label(c.to)}${c.label ? `: ${c.label}` : ''}`;
      const g = all.find((x) => x.title === title)!;
      // The label stays the only plain text of its group.
      expect(g.texts).toEqual(c.label ? [c.label] : []);
      return (g.marks['fv-handover'] ?? []).map((m) => ({ id: c.id, m, g }));
    });
    expect(marks).toHaveLength(figures.handovers);
    expect(marks.map((x) => x.id).sort()).toEqual([...figures.handoverConnectionIds].sort());
    expect(marks.map((x) => x.m).sort()).toEqual(
      figures.handoverConnectionIds.map((_, i) => `Ö${i + 1}`).sort(),
    );
    // Each mark sits on its own line (on a segment of its path) and over no step.
    const boxes = all
      .filter((g) => /^Kind /.test(g.title))
      .map((g) => shape(g).attrs)
      .filter((a) => a.x !== undefined);
    expect(boxes.length).toBeGreaterThan(10);
    for (const { g } of marks) {
      const circle = g.elements.find((e) => e.name === 'circle')!.attrs;
      const [cx, cy] = [Number(circle.cx), Number(circle.cy)];
      const d = g.elements.find((e) => e.name === 'path')!.attrs.d!;
      const pts = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const onLine = pts.slice(1).some(([x2, y2], i) => {
        const [x1, y1] = pts[i]!;
        const within = (v: number, a: number, b: number) =>
          v >= Math.min(a, b) - 0.2 && v <= Math.max(a, b) + 0.2;
        return within(cx, x1!, x2!) && within(cy, y1!, y2!);
      });
      expect(onLine, g.title).toBe(true);
      for (const b of boxes) {
        const inside =
          cx > Number(b.x) &&
          cx < Number(b.x) + Number(b.width) &&
          cy > Number(b.y) &&
          cy < Number(b.y) + Number(b.height);
        expect(inside, g.title).toBe(false);
      }
    }
  });

  it("outlines a to-be's added and changed steps and tags them in words", () => {
    const { process: asIs, register } = fixture();
    const [renamed, kept] = asIs.steps.filter((s) => s.kind === 'activity');
    const toBe = {
      ...asIs,
      steps: [
        ...asIs.steps.map((s) => (s.id === renamed!.id ? { ...s, label: 'Ny lydelse' } : s)),
        { ...kept!, id: 'st-new', label: 'Digital kontroll', x: kept!.x, y: kept!.y + 120 },
      ],
    };
    const changes = stepChanges(compareProcesses(asIs, toBe, register));
    expect([...changes]).toEqual([
      [renamed!.id, 'changed'],
      ['st-new', 'added'],
    ]);
    const all = groups(processToSvg(toBe, register, { ...labels, changes }).svg);
    const outline = (g: Group) =>
      g.elements.find((e) => e.attrs.class === 'fv-change' && e.attrs.fill === 'none')?.attrs
        .stroke;
    const added = stepGroup(all, 'activity', 'Digital kontroll');
    const changed = stepGroup(all, 'activity', 'Ny lydelse');
    expect(added.marks['fv-change']).toEqual(['Ny']);
    expect(outline(added)).toBe('#15803d');
    expect(changed.marks['fv-change']).toEqual(['Ändrad']);
    expect(outline(changed)).toBe('#b45309');
    expect(stepGroup(all, 'activity', kept!.label).marks['fv-change']).toBeUndefined();
    // Without changes nothing is marked.
    expect(processToSvg(toBe, register, labels).svg).not.toContain('fv-change');
  });
});
