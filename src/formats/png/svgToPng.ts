// PNG from our own SVG: drawn by the browser onto a canvas at 2×, so it looks like the SVG and
// the PDF. Browser-only (Image and canvas). Canvases have a size limit; a huge flow is scaled
// down to stay under it rather than failing.
import { svgDataUrl } from '../svg/dataUrl';
import { svgSize } from './svgSize';

const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

export function pngScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = svgSize(svg);
  if (!size) throw new Error('The SVG declares no size');
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const factor = pngScale(size.width, size.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * factor);
  canvas.height = Math.round(size.height * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  // A white page behind the drawing: a transparent PNG pasted into a dark-mode mail is unreadable.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
