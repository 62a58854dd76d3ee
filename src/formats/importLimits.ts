// What an imported BPMN file may be, outside the converter so that the library's messages can
// name the limits without loading it (the converter is a lazy chunk).

/** Characters; larger BPMN files are refused before parsing. */
export const MAX_BPMN_CHARS = 10 * 1024 * 1024;
/** Far deeper than any real model; deep enough nesting would overflow the recursive walks. */
export const MAX_XML_DEPTH = 256;
