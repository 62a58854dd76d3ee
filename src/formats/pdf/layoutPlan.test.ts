import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { loadDocument } from '../../domain/load/loadDocument';
import { STEP_KINDS } from '../../domain/schema/process';
import { aSmallProcess } from '../../test/builders';
import { legendSvg } from '../svg/legendSvg';
import { HEADER_WIDTH, processToSvg, type SvgLabels } from '../svg/processSvg';
import { stepBoxes } from '../../domain/layout/routing';
import {
  DIAGRAM_TEXT_SIZE,
  drawingGeometry,
  legendSize,
  legibleChoice,
  MIN_TEXT_PT,
  OVERLAP,
  planPdfLayout,
  splitSpan,
  type DrawingGeometry,
  type PdfLayout,
} from './layoutPlan';
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from './pdfTypes';
import { MAX_TILES } from './tiling';

const kinds = Object.fromEntries(STEP_KINDS.map((k) => [k, k])) as SvgLabels['kinds'];
// Words for the drawing; more than the type may ask for while the diagram grows new marks.
const labels = {
  kinds,
  customerLane: 'Kundgrupp',
  unknownLane: 'Okänd',
  unnamedStep: 'Namnlöst steg',
  connectionTitle: (from: string, to: string) => `${from} ${to}`,
  duration: () => '',
  activeTime: (t: string) => t,
  waitingTime: (t: string) => t,
  handoverMark: (n: number) => `Ö${n}`,
  handoversHeading: 'Överlämningar',
  handoversNote: '',
  stepChange: { added: 'Ny', changed: 'Ändrad' },
} as unknown as SvgLabels;

function fixture(name: string) {
  const loaded = loadDocument(readFileSync(`e2e/fixtures/${name}`, 'utf8'));
  if (!loaded.ok) throw new Error('fixture');
  return loaded.file.process;
}

const flow25 = drawingGeometry(fixture('forskoleplats-25.json'));
const options = (over: Partial<PdfOptions>): PdfOptions => ({ ...DEFAULT_PDF_OPTIONS, ...over });

/** Every step box lies wholly inside or wholly outside each tile's part of the drawing. */
function cutSteps(drawing: DrawingGeometry, layout: PdfLayout) {
  const cut: string[] = [];
  for (const tile of layout.tiles) {
    for (const b of drawing.boxes) {
      const crossesX = b.x < tile.x.end && b.x + b.w > tile.x.end && tile.x.end < drawing.width;
      const crossesX0 = b.x < tile.x.start && b.x + b.w > tile.x.start;
      const crossesY = b.y < tile.y.end && b.y + b.h > tile.y.end && tile.y.end < drawing.height;
      const crossesY0 = b.y < tile.y.start && b.y + b.h > tile.y.start;
      if (crossesX || crossesX0 || crossesY || crossesY0) cut.push(`${tile.row}:${tile.column}`);
    }
  }
  return cut;
}

/** No column or row of pages is a sliver: each shows at least 35 % of what the page could. */
function slivers(drawing: DrawingGeometry, layout: PdfLayout) {
  const body = (layout.area.w - drawing.header * layout.scale) / layout.scale;
  const height = layout.area.h / layout.scale;
  const out: string[] = [];
  for (const t of layout.tiles) {
    if (layout.columns > 1 && t.x.end - t.x.start < 0.35 * body) out.push(`column ${t.column}`);
    if (layout.rows > 1 && t.y.end - t.y.start < 0.35 * height) out.push(`row ${t.row}`);
  }
  return out;
}

describe('drawingGeometry', () => {
  it('is the drawing processToSvg makes: the same size, the steps where it draws them', () => {
    for (const process of [aSmallProcess(), fixture('forskoleplats-25.json')]) {
      const svg = processToSvg(process, [], labels);
      const geometry = drawingGeometry(process);
      expect([geometry.width, geometry.height]).toEqual([svg.width, svg.height]);
      // Steps keep their places relative to each other, one margin in from the lane names
      // and from the right edge.
      const boxes = stepBoxes(process);
      const dx = geometry.boxes[0]!.x - boxes.get(process.steps[0]!.id)!.x;
      process.steps.forEach((step, i) => {
        const b = boxes.get(step.id)!;
        expect(geometry.boxes[i]).toEqual({ x: b.x + dx, y: b.y, w: b.width, h: b.height });
      });
      expect(Math.min(...geometry.boxes.map((b) => b.x))).toBe(HEADER_WIDTH + 32);
      expect(Math.max(...geometry.boxes.map((b) => b.x + b.w))).toBe(svg.width - 32);
    }
  });

  it('knows the size step labels are drawn at', () => {
    const svg = processToSvg(aSmallProcess(), [], labels).svg;
    expect(svg).toContain(`font-size="${DIAGRAM_TEXT_SIZE}" fill="#0f172a" text-anchor="middle"`);
  });

  it('knows the legend’s size', () => {
    for (const columns of [1, 2, 3, 6]) {
      const l = legendSvg(kinds, columns);
      expect(legendSize(columns)).toEqual({ w: l.width, h: l.height });
    }
  });
});

describe('planPdfLayout: fit', () => {
  it('a small flow fits an A4 page at full size, legend beside or below', () => {
    const layout = planPdfLayout(
      drawingGeometry(aSmallProcess()),
      options({ size: 'A4', mode: 'fit' }),
    );
    expect(layout.textPt).toBeGreaterThan(10);
    expect(layout.textPt).toBeLessThanOrEqual(DIAGRAM_TEXT_SIZE);
    expect(layout.legible).toBe(true);
    expect(['below', 'right']).toContain(layout.legend.placement);
    const box = layout.legend.box!;
    // The legend stays on the page, clear of the drawing.
    expect(box.x + box.w).toBeLessThanOrEqual(layout.area.x + layout.area.w + 0.01);
    expect(box.y + box.h).toBeLessThanOrEqual(layout.area.y + layout.area.h + 0.01);
  });

  it('the 25-step flow on one A4 page would be far too small to read, and says how small', () => {
    for (const orientation of ['landscape', 'portrait', 'auto'] as const) {
      const layout = planPdfLayout(flow25, options({ size: 'A4', mode: 'fit', orientation }));
      expect(layout.legible).toBe(false);
      expect(layout.textPt).toBeLessThan(MIN_TEXT_PT);
      expect(layout.textPt).toBeGreaterThan(1);
    }
  });

  it('auto: landscape for a wide flow, portrait for a tall one', () => {
    const wide: DrawingGeometry = { ...flow25, width: 3000, height: 600 };
    const tall: DrawingGeometry = { ...flow25, width: 700, height: 2400, laneEdges: [] };
    expect(planPdfLayout(wide, options({ mode: 'fit', orientation: 'auto' })).orientation).toBe(
      'landscape',
    );
    const portrait = planPdfLayout(tall, options({ mode: 'fit', orientation: 'auto' }));
    expect(portrait.orientation).toBe('portrait');
    expect(portrait.textPt).toBeGreaterThan(
      planPdfLayout(tall, options({ mode: 'fit', orientation: 'landscape' })).textPt,
    );
    // Asked for explicitly, the orientation is kept.
    expect(
      planPdfLayout(tall, options({ mode: 'fit', orientation: 'landscape' })).orientation,
    ).toBe('landscape');
  });

  it('the legend never overlaps the drawing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 8000 }),
        fc.integer({ min: 80, max: 4000 }),
        fc.constantFrom('A4', 'A3'),
        fc.constantFrom('landscape', 'portrait'),
        (width, height, size, orientation) => {
          const d: DrawingGeometry = { ...flow25, width, height, boxes: [] };
          const l = planPdfLayout(d, options({ size, orientation, mode: 'fit' }));
          const drawing = { x: l.area.x, y: l.area.y, w: width * l.scale, h: height * l.scale };
          expect(drawing.w).toBeLessThanOrEqual(l.area.w + 0.01);
          expect(drawing.h).toBeLessThanOrEqual(l.area.h + 0.01);
          const box = l.legend.box;
          if (!box) {
            expect(l.legend.placement).toBe('page');
            return;
          }
          const apart = box.x >= drawing.x + drawing.w || box.y - 20 >= drawing.y + drawing.h;
          expect(apart).toBe(true);
          expect(box.y + box.h).toBeLessThanOrEqual(l.area.y + l.area.h + 0.01);
          expect(box.x + box.w).toBeLessThanOrEqual(l.area.x + l.area.w + 0.01);
        },
      ),
    );
  });
});

describe('planPdfLayout: tiles', () => {
  it('A3 tiled: the 25-step flow is readable, cut only between steps, no page a sliver', () => {
    const layout = planPdfLayout(flow25, options({ size: 'A3', mode: 'tile' }));
    expect(layout.legible).toBe(true);
    expect(layout.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(layout.tiles.length).toBeGreaterThan(1);
    expect(cutSteps(flow25, layout)).toEqual([]);
    expect(slivers(flow25, layout)).toEqual([]);
  });

  it('tiles cover the whole drawing, overlap a little, and fit their page', () => {
    for (const size of ['A4', 'A3'] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const l = planPdfLayout(flow25, options({ size, orientation, mode: 'tile' }));
        const first = l.tiles.filter((t) => t.row === 0);
        expect(first[0]!.x.start).toBe(flow25.header);
        expect(first[first.length - 1]!.x.end).toBe(flow25.width);
        for (let i = 1; i < first.length; i++) {
          const gap = first[i - 1]!.x.end - first[i]!.x.start;
          expect(gap).toBeGreaterThanOrEqual(0);
          expect(gap).toBeLessThanOrEqual(OVERLAP / l.scale + 0.01);
        }
        for (const t of l.tiles) {
          expect((t.x.end - t.x.start) * l.scale).toBeLessThanOrEqual(
            l.area.w - flow25.header * l.scale + 0.01,
          );
          expect((t.y.end - t.y.start) * l.scale).toBeLessThanOrEqual(l.area.h + 0.01);
        }
        expect(cutSteps(flow25, l)).toEqual([]);
      }
    }
  });

  it('generated flows: never a step cut, never a sliver, within the page cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 160 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('A4', 'A3'),
        fc.constantFrom('landscape', 'portrait'),
        (steps, lanes, seed, size, orientation) => {
          const { process } = generateProcessFile({ steps, lanes, seed });
          const d = drawingGeometry(process);
          const l = planPdfLayout(d, options({ size, orientation, mode: 'tile' }));
          expect(cutSteps(d, l)).toEqual([]);
          expect(slivers(d, l)).toEqual([]);
          expect(l.tiles.length).toBeLessThanOrEqual(MAX_TILES);
          expect(l.legible).toBe(l.textPt >= MIN_TEXT_PT);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a flow too large for the page cap is drawn smaller and says so', () => {
    const { process } = generateProcessFile({ steps: 1000, lanes: 8, seed: 3 });
    const d = drawingGeometry(process);
    const l = planPdfLayout(d, options({ size: 'A4', mode: 'tile' }));
    expect(l.tiles.length).toBeLessThanOrEqual(MAX_TILES);
    expect(l.capped).toBe(true);
    expect(l.wanted).toBeGreaterThan(MAX_TILES);
  });
});

describe('splitSpan', () => {
  it('cuts in the gaps, balanced: no sliver at the end', () => {
    // Ten steps of 100 with gaps of 20: 1180 long, pages of 500.
    const blocked = Array.from({ length: 10 }, (_, i) => ({ start: i * 120, end: i * 120 + 100 }));
    const pieces = splitSpan({ start: 0, end: 1180 }, blocked, 500, 10, []);
    expect(pieces).toHaveLength(3);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(500);
      expect(p.end - p.start).toBeGreaterThan(300);
      for (const b of blocked) {
        expect(b.start < p.end && b.end > p.end && p.end < 1180).toBe(false);
        expect(b.start < p.start && b.end > p.start).toBe(false);
      }
    }
  });

  it('prefers a lane edge', () => {
    const pieces = splitSpan({ start: 0, end: 900 }, [], 500, 0, [400]);
    expect(pieces[0]!.end).toBe(400);
  });
});

describe('legibleChoice', () => {
  it('the 25-step flow: neither A4 nor A3 on one page, so A3 tiled', () => {
    const choice = legibleChoice(flow25, DEFAULT_PDF_OPTIONS);
    expect(choice?.options).toMatchObject({ size: 'A3', mode: 'tile' });
    expect(choice!.layout.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('a small flow: A4 on one page', () => {
    const choice = legibleChoice(drawingGeometry(aSmallProcess()), DEFAULT_PDF_OPTIONS);
    expect(choice?.options).toMatchObject({ size: 'A4', mode: 'fit' });
  });

  it('keeps what the user just chose when that can be legible: A4 means A4 tiled', () => {
    const choice = legibleChoice(flow25, options({ size: 'A4', mode: 'fit' }), { size: 'A4' });
    expect(choice?.options).toMatchObject({ size: 'A4', mode: 'tile' });
  });
});
