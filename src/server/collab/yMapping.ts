// The server's one use of src/document/yjs/mapping.ts (the only document/ file it may import):
// the same projection, repair and validation the editor runs on the same Y documents.
import { createYDoc, project, validateProjection, writeDiff } from '../../document/yjs/mapping';
import type { YMapping } from './collab';

/** The origin of the server's own writes (an HTTP save written into a live document). */
export const HTTP_SAVE_ORIGIN = 'flodesverkstan:http-save';

export const yMapping: YMapping = {
  create: createYDoc,
  project: (doc) => validateProjection(project(doc)),
  writeDiff: (doc, before, after) =>
    doc.transact(() => writeDiff(doc, before, after), HTTP_SAVE_ORIGIN),
};
