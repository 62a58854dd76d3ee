// Every text of a process that its PDF may print: each string anywhere in the process (labels,
// notes, the specification, measures ...) and the names of the register entries it refers to.
// Ids and dates are ASCII, which the font has, so taking every string errs on no side.
import type { Process, RegisterEntry } from '../../../domain/model/types';

export function pdfTexts(process: Process, register: readonly RegisterEntry[]): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object')
      for (const item of Object.values(value)) walk(item);
  };
  walk(process);
  const referred = new Set(texts);
  for (const entry of register) if (referred.has(entry.id)) texts.push(entry.name);
  return texts;
}
