// "Importera": the hidden file input behind the library's button; the file goes the same way as
// one dropped on the library (importFile.ts).
import { useRef, type ChangeEvent } from 'react';
import { runImport } from './importFile';

/** What the chooser offers; any other file can still be picked and is read by its content. */
export const IMPORT_ACCEPT = [
  '.json',
  '.bpmn',
  '.xml',
  '.drawio',
  '.csv',
  '.tsv',
  '.vsdx',
  'application/json',
  'application/xml',
  'text/xml',
  'text/csv',
  'text/tab-separated-values',
].join(',');

export function useFileImport() {
  const inputRef = useRef<HTMLInputElement>(null);

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    for (const file of files) await runImport(file);
  }

  return {
    inputRef,
    open: () => inputRef.current?.click(),
    input: (
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        onChange={(e) => void onChange(e)}
        data-testid="import-file"
      />
    ),
  };
}
