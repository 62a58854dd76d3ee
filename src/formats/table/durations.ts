// Times as people write them in a step list, in Swedish and English: "2 dagar", "30 min",
// "1,5 h", "2 d", "45 minuter", "1 vecka", "1 h 30 min", "1:30". A bare number takes the unit
// the column's header names ("Tid (dagar)"), else minutes, and says it was guessed.
import { LIMITS } from '../../domain/schema/limits';
import type { Duration, TimeUnit } from '../../domain/model/types';
import { fold } from './words';

const MINUTES: Record<TimeUnit, number> = { min: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };

/** Unit words, folded; months and years are calendar days (a citizen waits them). */
const UNITS: [RegExp, TimeUnit, number][] = [
  [/^(m|min|mins|minut|minuter|minute|minutes)$/, 'min', 1],
  [/^(h|t|tim|timme|timmar|tr|hr|hrs|hour|hours)$/, 'h', 1],
  [/^(d|dag|dagar|dygn|arbetsdag|arbetsdagar|day|days)$/, 'd', 1],
  [/^(v|w|vk|vecka|veckor|veckan|week|weeks|wk|wks)$/, 'w', 1],
  [/^(man|manad|manader|month|months|mo)$/, 'd', 30],
  [/^(ar|year|years|yr)$/, 'd', 365],
];

export function unitOf(word: string): { unit: TimeUnit; factor: number } | null {
  const w = fold(word).replace(/\s+/g, '');
  for (const [re, unit, factor] of UNITS) if (re.test(w)) return { unit, factor };
  return null;
}

export type ParsedDuration =
  { ok: true; duration: Duration | null; guessedUnit: boolean } | { ok: false };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const PART = new RegExp(String.raw`${NUMBER}\s*([a-zA-ZåäöÅÄÖ.]+)?`, 'g');

/** The value in the unit, rounded so 1,5 h stays 1.5 and a third of a day does not run on. */
const tidy = (value: number) => Math.round(value * 100) / 100;

/**
 * A cell's time. Empty → no time. Several parts add up in the smallest unit named; a value
 * above the format's limit or text that is no time is not ok (the caller reports the cell).
 */
export function parseDuration(cell: string, headerUnit: TimeUnit | null = null): ParsedDuration {
  const text = cell.trim().replace(/\u00a0/g, ' ');
  if (!text || text === '-' || text === '–')
    return { ok: true, duration: null, guessedUnit: false };
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) {
    return done({ value: Number(clock[1]) * 60 + Number(clock[2]), unit: 'min' }, false);
  }
  const parts: { minutes: number; unit: TimeUnit }[] = [];
  let consumed = '';
  let guessed = false;
  for (const m of text.matchAll(PART)) {
    const value = Number(m[1]!.replace(',', '.'));
    const word = m[2]?.replace(/\.$/, '');
    const found = word ? unitOf(word) : null;
    if (word && !found) return { ok: false };
    if (!found) guessed = headerUnit === null;
    const unit = found?.unit ?? headerUnit ?? 'min';
    parts.push({ minutes: value * (found?.factor ?? 1) * MINUTES[unit], unit });
    consumed += m[0];
  }
  // Anything besides the parts ("ca", "?", "ungefär") makes it no time we can trust.
  const rest = text.replace(/\s+/g, '').length - consumed.replace(/\s+/g, '').length;
  if (parts.length === 0 || rest !== 0) return { ok: false };
  if (parts.length > 1 && guessed) return { ok: false };
  const smallest = parts.reduce((a, b) => (MINUTES[b.unit] < MINUTES[a.unit] ? b : a)).unit;
  const minutes = parts.reduce((sum, p) => sum + p.minutes, 0);
  return done({ value: tidy(minutes / MINUTES[smallest]), unit: smallest }, guessed);
}

function done(duration: Duration, guessedUnit: boolean): ParsedDuration {
  if (!Number.isFinite(duration.value) || duration.value > LIMITS.duration) return { ok: false };
  return { ok: true, duration, guessedUnit };
}
