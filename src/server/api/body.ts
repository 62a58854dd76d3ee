// Reading request bodies as file import reads files: the size cap before anything is parsed,
// then the safe JSON parser (nesting cap, prototype keys dropped).
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_INPUT_CHARS, type LoadError } from '../../domain/load/loadDocument';
import { parseJsonSafely } from '../../domain/load/safeJson';
import type { AppEnv } from '../http/env';

/** Refuses a larger body while it streams in: UTF-8 bytes are never fewer than characters. */
export const bodyCap = bodyLimit({
  maxSize: MAX_INPUT_CHARS,
  onError: (c) => c.json({ error: 'tooLarge' }, 413),
});

export type BodyResult =
  { ok: true; text: string } | { ok: false; status: 400 | 413; error: string };

export async function bodyText(c: Context<AppEnv>): Promise<BodyResult> {
  const text = await c.req.text();
  if (text.length > MAX_INPUT_CHARS) return { ok: false, status: 413, error: 'tooLarge' };
  return { ok: true, text };
}

export type JsonResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

export async function bodyJson(c: Context<AppEnv>): Promise<JsonResult> {
  const body = await bodyText(c);
  if (!body.ok) return body;
  const parsed = parseJsonSafely(body.text, MAX_INPUT_CHARS);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return parsed.error === 'tooLarge'
    ? { ok: false, status: 413, error: 'tooLarge' }
    : { ok: false, status: 400, error: parsed.error === 'tooDeep' ? 'invalid' : 'notJson' };
}

/** The load gate's refusal as an answer. */
export function loadErrorAnswer(error: LoadError): { status: 400 | 413; error: string } {
  return error.code === 'tooLarge'
    ? { status: 413, error: 'tooLarge' }
    : { status: 400, error: error.code };
}
