// What features may ask of the rest of the app (storage, files) without importing it.
// app/bootstrap provides the real implementation; tests can provide fakes.
import type { LoadError, LoadWarning } from '../domain/load/loadDocument';
import type { Category, Process, RegisterEntry } from '../domain/model/types';
import type { ProcessSummary } from '../domain/model/summary';

export type { ProcessSummary };

export type ImportResult =
  { ok: true; id: string; warnings: LoadWarning[] } | { ok: false; error: LoadError };

export interface Services {
  createProcess(title: string, category: Category): Promise<string>;
  /** Loads a process into the document store. */
  openProcess(id: string): Promise<'ok' | 'missing' | 'unreadable'>;
  renameProcess(id: string, title: string): Promise<void>;
  duplicateProcess(id: string, titleSuffix: string): Promise<string | null>;
  /** Makes a to-be (önskat läge) from an as-is, linked to it; returns the new id. */
  createToBe(asIsId: string, title: string): Promise<string | null>;
  /** Reads a stored process without opening it (for comparisons). */
  readProcess(id: string): Promise<Process | null>;
  /** Deletes and returns a function that brings the process back. */
  deleteProcess(id: string): Promise<() => Promise<void>>;
  importProcessFile(text: string): Promise<ImportResult>;
  exportProcessFile(): { name: string; text: string } | null;
  addRegisterEntries(entries: RegisterEntry[]): Promise<void>;
  /** Takes entries out again: only the undo of the edit that added them does this. */
  removeRegisterEntries(ids: string[]): Promise<void>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
}

let current: Services | null = null;

export function provideServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('Services not provided: app/bootstrap must run first');
  return current;
}
