import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/schema/limits';
import { MAX_PASTE_LINES, planPlainPaste } from './clipboard';

describe('planPlainPaste', () => {
  it('counts the lines whose step text is past the label limit (the lane name not counted)', () => {
    const long = 'x'.repeat(629);
    const plan = planPlainPaste(`${long}\r\n\nBygglovsenheten: ${'y'.repeat(LIMITS.label)}\nKort`);
    expect(plan.lines).toHaveLength(3);
    expect(plan.cut).toBe(1);
    expect(plan.dropped).toBe(0);
  });

  it('keeps the first lines up to the maximum and counts the rest', () => {
    const text = Array.from({ length: MAX_PASTE_LINES + 30 }, (_, i) => `Steg ${i}`).join('\n');
    const plan = planPlainPaste(text);
    expect(plan.lines).toHaveLength(MAX_PASTE_LINES);
    expect(plan.lines[0]).toBe('Steg 0');
    expect(plan.dropped).toBe(30);
  });
});
