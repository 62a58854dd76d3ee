import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useSessionStore } from '../sessionStore';
import {
  PRESENCE_COLORS,
  attachPresence,
  colorFor,
  readPeer,
  setLocalPresence,
  usePresence,
} from './presence';

/** Two tabs' awareness, wired both ways as a provider would. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const link = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'peer');
    });
  link(a, b);
  link(b, a);
  return { a, b };
}

let leave: (() => void) | null = null;
beforeEach(() => useSessionStore.getState().select([]));
afterEach(() => {
  leave?.();
  leave = null;
  vi.useRealTimers();
});

describe('presence', () => {
  it('shows the other person with name, colour and selection, and forgets them when they leave', () => {
    const { a, b } = pair();
    b.setLocalState({
      user: { id: 'u-bo', name: 'Bo', color: colorFor('u-bo') },
      selection: ['s-1'],
    });
    useSessionStore.getState().select(['s-9']);
    leave = attachPresence(a, { id: 'u-anna', name: 'Anna' });
    const [bo] = usePresence.getState().peers;
    expect(bo).toMatchObject({ user: { name: 'Bo', color: colorFor('u-bo') }, selection: ['s-1'] });
    // Anna's own selection went out with her name, and follows the session.
    expect(b.getStates().get(a.clientID)).toMatchObject({
      user: { name: 'Anna' },
      selection: ['s-9'],
    });
    useSessionStore.getState().select(['s-2', 's-3']);
    expect(b.getStates().get(a.clientID)).toMatchObject({ selection: ['s-2', 's-3'] });
    b.setLocalState(null);
    expect(usePresence.getState().peers).toEqual([]);
    expect(usePresence.getState().self?.name).toBe('Anna');
  });

  it('clears this person from the room on leaving', () => {
    const { a, b } = pair();
    leave = attachPresence(a, { id: 'u-anna', name: 'Anna' });
    expect(b.getStates().has(a.clientID)).toBe(true);
    leave();
    leave = null;
    expect(b.getStates().has(a.clientID)).toBe(false);
    expect(usePresence.getState()).toEqual({ peers: [], self: null });
  });

  it('sends the pointer at most every 100 ms, the last position last', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    leave = attachPresence(a, { id: 'u-anna', name: 'Anna' });
    const sent: unknown[] = [];
    b.on('change', () => sent.push(b.getStates().get(a.clientID)?.pointer));
    for (let i = 0; i < 50; i++) {
      setLocalPresence({ pointer: { x: i, y: i } });
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(200);
    // 500 ms of moves at 100 Hz: about 5 messages, never 50.
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(7);
    expect(sent.at(-1)).toEqual({ x: 49, y: 49 });
  });

  it('reads what others send field by field and drops what is not a person', () => {
    expect(readPeer(1, { selection: ['s'] })).toBeNull();
    expect(readPeer(2, 'nonsense')).toBeNull();
    const peer = readPeer(3, {
      user: { id: 'u', name: 'x'.repeat(500), color: 'red; background: url(evil)' },
      selection: ['ok', 7, { no: 1 }],
      editing: { stepId: 's-1' },
      pointer: { x: Infinity, y: 1 },
      view: { x: 1, y: 2, zoom: 0 },
      dragging: { ids: ['s-1'], dx: 3, dy: 'far' },
    });
    expect(peer).toEqual({
      clientId: 3,
      user: { id: 'u', name: 'x'.repeat(80), color: colorFor('u') },
      selection: ['ok'],
      editing: { stepId: 's-1', field: 'label' },
      pointer: null,
      view: null,
      dragging: null,
    });
  });

  it("keeps a view's canvas size only when it is a size", () => {
    const user = { id: 'u', name: 'Bo' };
    expect(readPeer(4, { user, view: { x: 1, y: 2, zoom: 1, w: 1600, h: 900 } })?.view).toEqual({
      x: 1,
      y: 2,
      zoom: 1,
      w: 1600,
      h: 900,
    });
    expect(readPeer(5, { user, view: { x: 1, y: 2, zoom: 1, w: -5, h: 'big' } })?.view).toEqual({
      x: 1,
      y: 2,
      zoom: 1,
    });
  });

  it('gives everyone a colour from the palette, the same for the same id', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `user-${i}`);
    for (const id of ids) expect(PRESENCE_COLORS).toContain(colorFor(id));
    expect(colorFor('u-anna')).toBe(colorFor('u-anna'));
    // Spread over the palette, not all one colour.
    expect(new Set(ids.map(colorFor)).size).toBeGreaterThan(4);
  });
});
