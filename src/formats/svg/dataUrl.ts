// An SVG as an image address. Base64 of its UTF-8 bytes rather than encodeURIComponent, which
// throws on a lone surrogate (half an emoji): TextEncoder writes U+FFFD for one instead, so this
// never throws whatever the labels hold. A data: URL needs no revoking, unlike a Blob URL.

/** Bytes per String.fromCharCode call: well under any engine's argument limit. */
const CHUNK = 0x8000;

export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
