import { describe, expect, it } from 'vitest';
import { bands, planMap, wrap, type MapTableInput, type Measure } from './mapPlan';

/** About Helvetica's average: half the font size per character, bold a little wider. */
const measure: Measure = (text, size, bold) => [...text].length * size * (bold ? 0.56 : 0.5);
/** A4 landscape less margins, heading and footer. */
const A4 = { width: 762, height: 460 };

function library(processes: number, units: number, seed = 1, unnamed = 3): MapTableInput {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const names = [
    'Barn- och utbildningsförvaltningen',
    'Socialförvaltningen',
    'Kommunstyrelseförvaltningen',
    'Samhällsbyggnad',
    'Kultur och fritid',
  ];
  return {
    rows: Array.from({ length: processes }, (_, i) => ({
      title: `Process ${i + 1} ${'ansöka om något '.repeat(1 + Math.floor(random() * 3))}`.trim(),
      toBe: i % 5 === 4,
      nested: i % 5 === 4,
    })),
    units: Array.from({ length: units }, (_, u) => ({
      short: u % unnamed === 0 ? '' : `E${u + 1}`,
      name: `${names[u % names.length]} ${u + 1}`,
    })),
    cells: Array.from({ length: processes }, () =>
      Array.from({ length: units }, () =>
        random() < 0.4
          ? [`${Math.floor(random() * 12)} steg`, `${Math.floor(random() * 5)} överl.`]
          : null,
      ),
    ),
    toBeLabel: 'önskat läge',
  };
}

/** Every cell (row, column) on exactly one page; every row and column on some page. */
function cellsPerPage(plan: ReturnType<typeof planMap>, rows: number, columns: number) {
  const seen = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (const page of plan.pages) {
    for (let r = page.rows.from; r < page.rows.to; r++)
      for (let c = page.columns.from; c < page.columns.to; c++) seen[r]![c]!++;
  }
  return seen;
}

function fits(plan: ReturnType<typeof planMap>, area: { width: number; height: number }) {
  // Each title line within its column, in the weight it is printed in (bold unless a to-be).
  for (const row of plan.rows) {
    for (const line of row.lines) {
      const width = measure(line, 9, !row.toBe) + row.indent + 2 * plan.pad;
      expect(width).toBeLessThanOrEqual(plan.titleWidth + 0.01);
    }
  }
  for (const page of plan.pages) {
    const width = plan.columns
      .slice(page.columns.from, page.columns.to)
      .reduce((sum, c) => sum + c.width, plan.titleWidth);
    const height = plan.rows
      .slice(page.rows.from, page.rows.to)
      .reduce((sum, r) => sum + r.height, plan.headerHeight + page.keyHeight);
    expect(width).toBeLessThanOrEqual(area.width + 0.01);
    expect(height).toBeLessThanOrEqual(area.height + 0.01);
  }
}

describe('the process map on pages', () => {
  it('12 processes × 9 units: every cell on exactly one page, all within the page', () => {
    const plan = planMap(library(12, 9, 1, 9), A4, measure);
    expect(
      cellsPerPage(plan, 12, 9)
        .flat()
        .every((n) => n === 1),
    ).toBe(true);
    fits(plan, A4);
    // Small enough for one A4 page: headers are short names, explained in the key.
    expect(plan.pages).toHaveLength(1);
    // With three long names spelled out in the header it takes two pages, each whole.
    const wide = planMap(library(12, 9), A4, measure);
    expect(wide.pages).toHaveLength(2);
    expect(
      cellsPerPage(wide, 12, 9)
        .flat()
        .every((n) => n === 1),
    ).toBe(true);
    fits(wide, A4);
    const keyed = plan.pages[0]!.key.map((k) => k.unit);
    expect(keyed).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('60 processes × 25 units: every cell on exactly one page, all within the pages', () => {
    const input = library(60, 25, 7);
    const plan = planMap(input, A4, measure);
    expect(
      cellsPerPage(plan, 60, 25)
        .flat()
        .every((n) => n === 1),
    ).toBe(true);
    fits(plan, A4);
    expect(plan.pages.length).toBeGreaterThan(2);
    // Down first, then across: the first pages share the first columns.
    expect(plan.pages[1]!.columns).toEqual(plan.pages[0]!.columns);
    // Shared out evenly: no page holds less than half the rows of the fullest.
    const counts = plan.pages.map((p) => p.rows.to - p.rows.from);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.max(...counts) / 2);
    // Each page's key names exactly the abbreviated units on it.
    for (const page of plan.pages) {
      const expected = [];
      for (let u = page.columns.from; u < page.columns.to; u++)
        if (input.units[u]!.short) expected.push(u);
      expect(page.key.map((k) => k.unit)).toEqual(expected);
    }
  });

  it('a to-be row is indented and taller for its mark', () => {
    const input = library(5, 2);
    const plan = planMap(input, A4, measure);
    expect(plan.rows[4]!.indent).toBeGreaterThan(0);
    expect(plan.rows[4]!.toBe).toBe(true);
    expect(plan.rows[0]!.indent).toBe(0);
  });

  it('no units: the processes are still listed', () => {
    const plan = planMap({ ...library(3, 0), cells: [[], [], []] }, A4, measure);
    expect(plan.pages).toEqual([
      { rows: { from: 0, to: 3 }, columns: { from: 0, to: 0 }, key: [], keyHeight: 0 },
    ]);
  });
});

describe('bands', () => {
  it('uses as few groups as greedy filling, shared out evenly', () => {
    expect(bands([1, 1, 1, 1, 1, 1, 1, 1, 1], 7)).toEqual([
      { from: 0, to: 5 },
      { from: 5, to: 9 },
    ]);
    expect(bands([10], 5)).toEqual([{ from: 0, to: 1 }]);
    expect(bands([], 5)).toEqual([]);
  });
});

describe('wrap', () => {
  const m = (s: string) => s.length;
  it('breaks at spaces, and inside a word only when the word is longer than a line', () => {
    expect(wrap('Barn- och utbildningsförvaltningen', 12, m)).toEqual([
      'Barn- och',
      'utbildningsf',
      'örvaltningen',
    ]);
    expect(wrap('a b c', 3, m)).toEqual(['a b', 'c']);
  });
});
