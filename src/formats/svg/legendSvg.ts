// A legend of the step shapes, for the PDF's cover and anywhere the diagram is read on paper.
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { StepKind } from '../../domain/model/types';
import { STEP_KINDS } from '../../domain/schema/process';
import { shapeOutline } from './shapes';
import { esc, fitFontSize } from './text';

const CELL_W = 200;
const CELL_H = 56;

export function legendSvg(
  kindNames: Record<StepKind, string>,
  columns = 3,
  fontFamily = 'helvetica',
): { svg: string; width: number; height: number } {
  const rows = Math.ceil(STEP_KINDS.length / columns);
  const width = columns * CELL_W;
  const height = rows * CELL_H;
  const parts = STEP_KINDS.map((kind, i) => {
    const x = (i % columns) * CELL_W;
    const y = Math.floor(i / columns) * CELL_H;
    // Shapes at 40 % of their canvas size keep their proportions.
    const { width: w, height: h } = STEP_KIND_INFO[kind];
    const sw = w * 0.4;
    const sh = h * 0.4;
    return (
      shapeOutline(kind, x + 4, y + (CELL_H - sh) / 2, sw, sh) +
      // Smaller when a long name ("Förbättringsförslag") would run into the next cell.
      `<text x="${x + sw + 14}" y="${y + CELL_H / 2 + 4}" font-size="${fitFontSize(kindNames[kind], CELL_W - sw - 22, 12, 8)}" fill="#0f172a">${esc(kindNames[kind])}</text>`
    );
  });
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(fontFamily)}">${parts.join('')}</svg>`,
    width,
    height,
  };
}
