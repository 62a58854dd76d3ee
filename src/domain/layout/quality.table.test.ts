// Prints the layout-quality table for every fixture, as it comes and after tidy-up (QUALITY_TABLE=1).
import { describe, expect, it } from 'vitest';
import { qualityFlows } from './fixtures/flows';
import { tidyInNode } from './fixtures/tidyInNode';
import { layoutQuality, QUALITY_KEYS } from './quality';

describe('layout quality table', () => {
  it('is measured for every fixture', { timeout: 120_000 }, async () => {
    const rows: Record<string, unknown>[] = [];
    for (const { name, process } of qualityFlows()) {
      const t0 = performance.now();
      const before = layoutQuality(process);
      const t1 = performance.now();
      const tidied = await tidyInNode(process);
      const after = layoutQuality(tidied);
      rows.push({ name: `${name} (som den är)`, ...before, ms: Math.round(t1 - t0) });
      rows.push({ name: `${name} (städad)`, ...after });
      expect(Object.keys(after)).toEqual([...QUALITY_KEYS]);
    }
    if (process.env.QUALITY_TABLE) console.table(rows);
  });
});
