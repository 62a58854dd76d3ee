import { describe, expect, it } from 'vitest';
import { parseDuration } from './durations';

const d = (cell: string, unit: Parameters<typeof parseDuration>[1] = null) => {
  const p = parseDuration(cell, unit);
  return p.ok ? p.duration : 'bad';
};

describe('parseDuration', () => {
  it.each([
    ['2 dagar', { value: 2, unit: 'd' }],
    ['30 min', { value: 30, unit: 'min' }],
    ['1,5 h', { value: 1.5, unit: 'h' }],
    ['2 d', { value: 2, unit: 'd' }],
    ['45 minuter', { value: 45, unit: 'min' }],
    ['1 vecka', { value: 1, unit: 'w' }],
    ['3 veckor', { value: 3, unit: 'w' }],
    ['2 timmar', { value: 2, unit: 'h' }],
    ['1.5 hours', { value: 1.5, unit: 'h' }],
    ['2 days', { value: 2, unit: 'd' }],
    ['1 week', { value: 1, unit: 'w' }],
    ['10min', { value: 10, unit: 'min' }],
    ['1 h 30 min', { value: 90, unit: 'min' }],
    ['1:30', { value: 90, unit: 'min' }],
    ['1 månad', { value: 30, unit: 'd' }],
    ['2 MIN.', { value: 2, unit: 'min' }],
  ])('%s', (cell, expected) => expect(d(cell)).toEqual(expected));

  it('empty and dash are no time, not an error', () => {
    expect(d('')).toBeNull();
    expect(d(' - ')).toBeNull();
  });

  it('refuses text that is no time rather than guessing', () => {
    expect(d('ca en vecka')).toBe('bad');
    expect(d('2 äpplen')).toBe('bad');
    expect(d('snart')).toBe('bad');
    expect(d('9999999 d')).toBe('bad');
  });

  it('a bare number takes the header unit, else minutes and says so', () => {
    expect(parseDuration('3', 'd')).toEqual({
      ok: true,
      duration: { value: 3, unit: 'd' },
      guessedUnit: false,
    });
    expect(parseDuration('3')).toEqual({
      ok: true,
      duration: { value: 3, unit: 'min' },
      guessedUnit: true,
    });
  });
});
