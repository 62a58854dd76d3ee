// Files dragged from the desktop onto the library are imported like ones picked with "Importera".
// Only drags that carry files react: a dragged text or link is left to the browser.
import { useState, type DragEvent } from 'react';
import { runImport } from './importFile';

function carriesFiles(e: DragEvent): boolean {
  return [...e.dataTransfer.types].includes('Files');
}

export function useLibraryDrop() {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver(e: DragEvent) {
        if (!carriesFiles(e)) return;
        // Without preventDefault the browser would open the file itself, leaving the app.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave(e: DragEvent) {
        // Leaving for a child element is not leaving the library.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      },
      async onDrop(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        for (const file of [...e.dataTransfer.files]) await runImport(file);
      },
    },
  };
}
