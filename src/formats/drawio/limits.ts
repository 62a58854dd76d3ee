// What an imported draw.io file may be. Apart from the converter (a lazy chunk) so that the
// library's messages can name the limits without loading it.

/** Characters of the file; larger files are refused before parsing. */
export const MAX_DRAWIO_CHARS = 10 * 1024 * 1024;
/** Characters of one page once inflated: a deflate bomb stops here, not when memory runs out. */
export const MAX_PAGE_CHARS = 10 * 1024 * 1024;
/** Past a megabyte, a page may be at most this many times its compressed size. Real pages
 * compress 5–20 times; hundreds of times is a crafted stream of repeats. */
export const MAX_INFLATE_RATIO = 100;
/** Nesting depth of elements, checked before parsing; real files nest below 10. */
export const MAX_DRAWIO_DEPTH = 256;
/** Pages in one file: each becomes a process of its own. */
export const MAX_PAGES = 100;
/** Cells of one page. */
export const MAX_CELLS = 50_000;
