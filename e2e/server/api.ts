// The server's API (docs/server-api.md) as a person's browser reaches it: through their own
// context, so their session cookie goes along and the server checks their rights, not ours.
import type { Page } from '@playwright/test';
import { generateProcessFile } from '../../src/domain/generate/generateProcess';
import type { ProcessFile } from '../../src/domain/model/types';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/**
 * A request as the app makes it: same origin, so state-changing calls carry the Origin header the
 * CSRF check wants. Sent from the page itself (fetch), as a person could from the console.
 */
export async function call<T = Record<string, unknown>>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const response = await page.request.fetch(path, {
    method,
    headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
    failOnStatusCode: false,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { text };
  }
  return { status: response.status(), body: parsed as T };
}

/** A small process over real register units (the default register's first lanes). */
export function smallProcess(title: string, steps = 6): ProcessFile {
  return generateProcessFile({ steps, lanes: 3, title, seed: steps });
}

export interface Stored {
  file: ProcessFile;
  revision: number;
  role: string;
}

export async function createShared(page: Page, file: ProcessFile): Promise<string> {
  const answer = await call<{ id: string }>(page, 'POST', '/api/processes', file);
  if (answer.status !== 201) throw new Error(`POST /api/processes: ${answer.status}`);
  return answer.body.id;
}

export async function usersByName(page: Page): Promise<Record<string, string>> {
  const answer = await call<{ users: { id: string; name: string }[] }>(page, 'GET', '/api/users');
  return Object.fromEntries(answer.body.users.map((u) => [u.name, u.id]));
}

export function share(
  page: Page,
  id: string,
  entries: { userId: string; role: 'editor' | 'reader' }[],
): Promise<Answer> {
  return call(page, 'PUT', `/api/processes/${id}/access`, {
    entries: entries.map((e) => ({ principalType: 'user', principalId: e.userId, role: e.role })),
  });
}

export function read(page: Page, id: string): Promise<Answer<Stored>> {
  return call<Stored>(page, 'GET', `/api/processes/${id}`);
}

export function write(
  page: Page,
  id: string,
  file: ProcessFile,
  baseRevision: number,
): Promise<Answer<{ revision: number }>> {
  return call(page, 'PUT', `/api/processes/${id}`, { file, baseRevision });
}

/** The file with one more step label changed: an edit the server must keep. */
export function renamed(file: ProcessFile, stepIndex: number, label: string): ProcessFile {
  const steps = file.process.steps.map((s, i) => (i === stepIndex ? { ...s, label } : s));
  return { ...file, process: { ...file.process, steps } };
}
