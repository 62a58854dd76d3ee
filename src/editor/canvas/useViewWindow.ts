// The window around the view that the canvas hands to React Flow (see viewWindow.ts). It is
// checked on every view change in a store subscription, without a render; React renders only
// when the view has left the window and a new one is taken.
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import { viewRect, windowAround, windowServes, type Rect } from './viewWindow';

function viewOf(s: ReactFlowState): Rect {
  // Before React Flow has measured its pane, the whole browser window is a safe guess.
  const size =
    s.width > 0 && s.height > 0
      ? { width: s.width, height: s.height }
      : { width: globalThis.innerWidth || 1920, height: globalThis.innerHeight || 1080 };
  return viewRect(s.transform, size);
}

export function useViewWindow(): Rect {
  const store = useStoreApi();
  const [area, setArea] = useState(() => windowAround(viewOf(store.getState())));
  useLayoutEffect(() => {
    let current = area;
    const follow = (s: ReactFlowState) => {
      const view = viewOf(s);
      if (windowServes(current, view)) return;
      current = windowAround(view);
      setArea(current);
    };
    follow(store.getState());
    return store.subscribe(follow);
    // The window is read once to start from; afterwards the subscription keeps its own copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return area;
}
