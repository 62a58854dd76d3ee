// The window around the view that the canvas hands to React Flow (see viewWindow.ts). It is
// checked on every view change in a store subscription, without a render; React renders only
// when the view has left the window and a new one is taken.
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Box } from '../../domain/model/route';
import { viewRect, windowAround, windowServes } from './viewWindow';

function viewOf(s: ReactFlowState): Box {
  // Before React Flow has measured its pane, the whole browser window is a safe guess.
  const size =
    s.width > 0 && s.height > 0
      ? { width: s.width, height: s.height }
      : { width: globalThis.innerWidth || 1920, height: globalThis.innerHeight || 1080 };
  return viewRect(s.transform, size);
}

export function useViewWindow(): Box {
  const store = useStoreApi();
  const [area, setArea] = useState(() => windowAround(viewOf(store.getState())));
  const current = useRef(area);
  useLayoutEffect(() => {
    const follow = (s: ReactFlowState) => {
      const view = viewOf(s);
      if (windowServes(current.current, view)) return;
      current.current = windowAround(view);
      setArea(current.current);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [store]);
  return area;
}
