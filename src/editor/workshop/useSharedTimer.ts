// The workshop timer is the room's while a shared process is open live: the facilitator's start,
// pause and reset reach every laptop (issue 20, workshop mode for a room). Otherwise it is this
// tab's own, as before.
import { useEffect } from 'react';
import { useCollab } from '../../state/collab/store';
import { setTimerChannel, yMapTimerChannel } from './sharedTimer';

export function useSharedTimer(): void {
  const roomDoc = useCollab((s) => s.roomDoc);
  useEffect(() => {
    if (!roomDoc) return;
    setTimerChannel(yMapTimerChannel(roomDoc.doc.getMap('workshop')));
    return () => setTimerChannel(null);
  }, [roomDoc]);
}
