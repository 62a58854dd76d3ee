import { describe, expect, it } from 'vitest';
import { fitLaneName, LEAST_NAME_SIZE, NAME_SIZE, namePieces } from './laneNameFit';

/** 10 px per character at the full size. */
const measure = (text: string) => text.length * 10;

describe('a lane name in its header', () => {
  it('wraps between words and after "-" and "–", never inside a word', () => {
    expect(namePieces('Barn- och utbildningsförvaltningen')).toEqual([
      'Barn-',
      'och',
      'utbildningsförvaltningen',
    ]);
    expect(namePieces('Förskoleförvaltningen – antagning')).toEqual([
      'Förskoleförvaltningen',
      '–',
      'antagning',
    ]);
    expect(namePieces('Miljö–Hälsa  skydd')).toEqual(['Miljö–', 'Hälsa', 'skydd']);
  });

  it('keeps the full size when every word fits', () => {
    expect(fitLaneName('Kommunstyrelsen och nämnden', 160, measure)).toEqual({
      size: NAME_SIZE,
      clipped: false,
    });
  });

  it('shrinks the name when its widest word does not fit, so the word stays whole', () => {
    // "Förskoleförvaltningen": 21 characters, 210 px at 16 px; 190 px of room.
    const fit = fitLaneName('Förskoleförvaltningen', 190, measure);
    expect(fit.clipped).toBe(false);
    expect(fit.size).toBeLessThan(NAME_SIZE);
    expect((210 * fit.size) / NAME_SIZE).toBeLessThanOrEqual(190);
  });

  it('cuts with an ellipsis only when a single word cannot fit at the least size', () => {
    const fit = fitLaneName('Socialförvaltningensbiståndsenhetsmottagning', 190, measure);
    expect(fit).toEqual({ size: LEAST_NAME_SIZE, clipped: true });
    expect(fitLaneName('Socialförvaltningens biståndsenhet mottagning', 190, measure).clipped).toBe(
      false,
    );
  });
});
