import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('picks the unit and follows the language', () => {
    expect(formatBytes(1_234_567, 'sv')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(3_500_000_000, 'en')).toBe('3.5 GB');
  });
});
