// The pixel size an SVG declares on its root, so a PNG can be made from the SVG text alone.
export interface Size {
  width: number;
  height: number;
}

/** width/height of the root <svg> (unitless or px), else the viewBox's; null when neither. */
export function svgSize(svg: string): Size | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1]?.trim();
  const length = (value: string | undefined) => {
    const m = value ? /^(\d+(?:\.\d+)?)(px)?$/.exec(value) : null;
    return m ? Number(m[1]) : NaN;
  };
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = attribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  return null;
}
