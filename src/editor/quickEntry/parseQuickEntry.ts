// "[kind:] Lane: step text" → which kind, which lane and what label. A colon inside the text
// (e.g. "kl. 10:30") only counts as a separator when what precedes it looks like a name, not a
// time. The kind words are the template format's (behov, vänta, resultat), in both languages
// whatever the UI language, so a room that mixes them is never surprised.
export type QuickEntryKind = 'need' | 'wait' | 'outcome';

export interface QuickEntry {
  lane: string | null;
  label: string;
  /** A kind given by a prefix; null means an activity (or a decision when it ends in "?"). */
  kind: QuickEntryKind | null;
}

/** The prefixes, lower case; the "?" dialog lists the first of each in the UI language. */
export const KIND_PREFIXES: Record<QuickEntryKind, { sv: string[]; en: string[] }> = {
  need: { sv: ['behov'], en: ['need'] },
  wait: { sv: ['vänta', 'väntan', 'kö'], en: ['wait', 'queue'] },
  outcome: { sv: ['resultat'], en: ['result', 'outcome'] },
};

const BY_WORD = new Map<string, QuickEntryKind>(
  (Object.keys(KIND_PREFIXES) as QuickEntryKind[]).flatMap((kind) =>
    [...KIND_PREFIXES[kind].sv, ...KIND_PREFIXES[kind].en].map((w) => [w, kind] as const),
  ),
);

/** "Name: rest" when the colon separates a name (not a time of day) from the rest. */
function splitName(text: string): { name: string; rest: string } | null {
  const m = /^([^:]{1,200}?)\s*:\s*(.*)$/s.exec(text);
  if (!m || /\d$/.test(m[1]!)) return null;
  return { name: m[1]!.trim(), rest: m[2]!.trim() };
}

const kindWord = (name: string) => BY_WORD.get(name.toLocaleLowerCase('sv')) ?? null;

export function parseQuickEntry(input: string): QuickEntry | null {
  let text = input.trim();
  if (!text) return null;
  let kind: QuickEntryKind | null = null;
  // The kind may come first ("vänta: BUF: Kö") or after the lane ("BUF: vänta: Kö").
  const first = splitName(text);
  if (first && kindWord(first.name)) {
    kind = kindWord(first.name);
    text = first.rest;
    if (!text) return null;
  }
  const split = splitName(text);
  if (split?.name) {
    let label = split.rest;
    const inner = kind ? null : splitName(label);
    if (inner && kindWord(inner.name)) {
      kind = kindWord(inner.name);
      label = inner.rest;
    }
    return label ? { lane: split.name, label, kind } : null;
  }
  return { lane: null, label: text, kind };
}
