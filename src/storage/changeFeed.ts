// Tells other tabs of this browser that a process row was written, with the write's id, so a tab
// that has the process open can pick up the change at once. A BroadcastChannel never delivers a
// message to the object that sent it, so a tab does not hear its own writes.
const CHANNEL = 'flodesverkstan.processes';

export interface ProcessWritten {
  id: string;
  /** null when the process was deleted. */
  writeId: string | null;
}

let channel: BroadcastChannel | null = null;
const listeners = new Set<(m: ProcessWritten) => void>();

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const m = e.data as Partial<ProcessWritten> | null;
    if (!m || typeof m.id !== 'string') return;
    const message = { id: m.id, writeId: typeof m.writeId === 'string' ? m.writeId : null };
    for (const l of listeners) l(message);
  };
  return channel;
}

export function announceWrite(message: ProcessWritten): void {
  open()?.postMessage(message);
}

export function onProcessWritten(listener: (m: ProcessWritten) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
