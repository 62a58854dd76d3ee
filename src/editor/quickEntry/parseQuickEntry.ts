// "Lane: step text" → which lane and what label. A colon inside the text (e.g. "kl. 10:30")
// only counts as a lane separator when what precedes it looks like a name, not a time.
export interface QuickEntry {
  lane: string | null;
  label: string;
}

export function parseQuickEntry(input: string): QuickEntry | null {
  const text = input.trim();
  if (!text) return null;
  const m = /^([^:]{1,200}?)\s*:\s*(.*)$/s.exec(text);
  if (m && !/\d$/.test(m[1]!)) {
    const lane = m[1]!.trim();
    const label = m[2]!.trim();
    if (lane && label) return { lane, label };
    if (lane && !label) return null;
  }
  return { lane: null, label: text };
}
