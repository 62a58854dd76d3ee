// JSON from outside (files, links, backups) parsed so that it cannot hurt us: a size cap before
// the text is parsed, a nesting cap before anything recursive walks it (V8's JSON.parse copes
// with 10 000 levels, but a reviver, JSON.stringify and recursive validators overflow the stack),
// and the keys that reach an object's prototype dropped at every depth. JSON.parse keeps
// "__proto__" as an ordinary own key; it turns into a prototype the moment such an object is
// spread, assigned or merged (fastify/secure-json-parse). Every decoder uses this, never JSON.parse.

/** Keys that can reach a prototype through assignment or a merge; no field of ours uses them. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Far deeper than any of our formats (a backup nests about ten levels). */
export const MAX_JSON_DEPTH = 64;

export type SafeJsonError = 'tooLarge' | 'tooDeep' | 'notJson';
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; error: SafeJsonError };

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

const dropPrototypeKeys = (key: string, value: unknown) =>
  PROTOTYPE_KEYS.has(key) ? undefined : value;

/**
 * Such a key must appear in the text as written or spelt with \u escapes; without any of these
 * the reviver (which doubles the parse time of a large file) cannot find anything to drop.
 */
const KEY_HINTS = ['__proto__', 'constructor', 'prototype', '\\u'];

export function parseJsonSafely(
  text: string,
  maxChars: number,
  maxDepth: number = MAX_JSON_DEPTH,
): SafeJsonResult {
  if (text.length > maxChars) return { ok: false, error: 'tooLarge' };
  if (nestingExceeds(text, maxDepth)) return { ok: false, error: 'tooDeep' };
  try {
    const risky = KEY_HINTS.some((hint) => text.includes(hint));
    return { ok: true, value: risky ? JSON.parse(text, dropPrototypeKeys) : JSON.parse(text) };
  } catch {
    return { ok: false, error: 'notJson' };
  }
}

/**
 * Whether brackets nest deeper than `limit`, counting only those outside strings. One linear
 * pass without recursion; malformed text is left for JSON.parse to refuse.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
