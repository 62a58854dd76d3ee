// How a lane's name fits its header: it wraps between words and after "-" and "–", never inside
// a word ("Förskoleförvaltninge n"). A word too wide for the column makes the name smaller, down
// to a least size; past that the name is cut with an ellipsis (the full name on hover and focus).

/** The pieces a name may wrap between: words, and the parts of a word after "-" or "–". */
export function namePieces(name: string): string[] {
  return name
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[-–])/))
    .filter(Boolean);
}

export interface NameFit {
  /** Font size in px. */
  size: number;
  /** The widest piece does not fit even at the least size: one line, cut with an ellipsis. */
  clipped: boolean;
}

export const NAME_SIZE = 16;
export const LEAST_NAME_SIZE = 12;

/**
 * The largest font size (whole px, NAME_SIZE down to LEAST_NAME_SIZE) at which every piece of
 * the name fits in `room` px. `measure` gives a text's width at NAME_SIZE; width grows with size.
 */
export function fitLaneName(
  name: string,
  room: number,
  measure: (text: string) => number,
): NameFit {
  const widest = Math.max(0, ...namePieces(name).map(measure));
  if (widest <= room) return { size: NAME_SIZE, clipped: false };
  const size = Math.floor((NAME_SIZE * room) / widest);
  return size >= LEAST_NAME_SIZE
    ? { size, clipped: false }
    : { size: LEAST_NAME_SIZE, clipped: true };
}

/** The app's font (styles.css :root), named here: reading it from the page forces a style pass. */
const FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";

/** Measures bold text as the header draws it, with one shared canvas (no layout involved). */
let context: CanvasRenderingContext2D | null | undefined;
export function measureHeaderText(text: string): number {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `700 ${NAME_SIZE}px ${FAMILY}`;
  }
  // Without a canvas (tests without one), a generous guess per character.
  return context ? context.measureText(text).width : text.length * NAME_SIZE * 0.62;
}
