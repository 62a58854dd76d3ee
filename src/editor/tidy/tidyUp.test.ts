import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutGraph } from '../../domain/tidy/tidyLayout';
import { aSmallProcess } from '../../test/builders';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import { useTidyBusy } from './tidyBusy';
import { tidyUp } from './tidyUp';

// The worker, held until the test lets it answer (as a big flow holds it for seconds).
const pending: (() => void)[] = [];
vi.mock('./runLayout', () => ({
  runLayout: vi.fn(
    (graph: LayoutGraph) => new Promise((resolve) => pending.push(() => resolve(graph))),
  ),
}));

beforeEach(() => {
  pending.length = 0;
  useTidyBusy.setState({ busy: false });
  useSessionStore.getState().showToast(null);
  documentSession.load(aSmallProcess());
});

describe('tidyUp while the layout runs', () => {
  it('is busy until the layout is applied, and a second click starts nothing', async () => {
    const first = tidyUp();
    expect(useTidyBusy.getState().busy).toBe(true);
    await tidyUp();
    expect(pending).toHaveLength(1);
    pending[0]!();
    await first;
    expect(useTidyBusy.getState().busy).toBe(false);
    expect(useSessionStore.getState().toast?.key).toBe('layout.done');
  });

  it('is no longer busy when the layout fails', async () => {
    const { runLayout } = await import('./runLayout');
    vi.mocked(runLayout).mockRejectedValueOnce(new Error('worker gone'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    await tidyUp();
    expect(useTidyBusy.getState().busy).toBe(false);
    expect(useSessionStore.getState().alert?.key).toBe('layout.failed');
  });
});
