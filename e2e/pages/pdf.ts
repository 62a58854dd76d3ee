// Reading a downloaded PDF as a person gets it: its text (pdftotext), its pages and their sizes
// (pdfinfo), and the words on each page with where they are (pdftotext -bbox).
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '../fixtures/guard';

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): { count: number; sizes: string[] } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
  return { count, sizes };
}

export interface PdfWord {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every page's words with their positions, page by page. */
export function pdfWords(path: string): PdfWord[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return html
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        text: decode(m[5]!),
        x: Number(m[1]),
        y: Number(m[2]),
        width: Number(m[3]) - Number(m[1]),
        height: Number(m[4]) - Number(m[2]),
      })),
    );
}

/** Opens Exportera → PDF and returns the dialog. */
export async function openPdfDialog(page: Page) {
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: /PDF/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * What a reader sees of each word on a page: pdftotext lists the text of a clipped drawing too
 * (a tiled page places the whole diagram under a clip), so the page is rendered and a word
 * counts as shown where there is ink in its box. `cut` is a word shown only in part: ink at one
 * end of its box and none at the other.
 */
/** Pixels per point in the rendering that tells shown words from clipped ones. */
const PX = 2;

export function shownWords(
  path: string,
  pageNumber: number,
  words: PdfWord[],
): { shown: PdfWord[]; cut: PdfWord[] } {
  // 144 dpi: two pixels a point (pdftotext's boxes are in points); at 72 dpi a regular-weight
  // "i" at 8 pt can leave no pixel dark enough to count as ink.
  const pgm = execFileSync(
    'pdftoppm',
    [
      '-gray',
      '-r',
      String(72 * PX),
      '-f',
      String(pageNumber),
      '-l',
      String(pageNumber),
      '-singlefile',
      path,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const ink = (x0: number, x1: number, y0: number, y1: number, dark = 110) => {
    for (let y = Math.max(0, Math.floor(y0 * PX)); y < Math.min(h, Math.ceil(y1 * PX)); y++)
      for (let x = Math.max(0, Math.floor(x0 * PX)); x < Math.min(w, Math.ceil(x1 * PX)); x++)
        if (pixels[y * w + x]! < dark) return true;
    return false;
  };
  const shown: PdfWord[] = [];
  const cut: PdfWord[] = [];
  for (const word of words) {
    const { x, y, width, height } = word;
    if (!ink(x, x + width, y, y + height)) continue;
    shown.push(word);
    const edge = Math.max(1, width * 0.3);
    if (
      width > 6 &&
      (!ink(x, x + edge, y, y + height, 200) ||
        !ink(x + width - edge, x + width, y, y + height, 200))
    )
      cut.push(word);
  }
  return { shown, cut };
}
