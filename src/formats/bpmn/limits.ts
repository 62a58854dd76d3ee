// What a BPMN file may be, here so that the messages can name the limits without loading the
// converter (it is split off and loaded on demand).

/** Characters; larger BPMN files are refused before parsing. */
export const MAX_BPMN_CHARS = 10 * 1024 * 1024;
/** Far deeper than any real model; deep enough nesting would overflow the recursive walks. */
export const MAX_XML_DEPTH = 256;
