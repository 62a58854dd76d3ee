// Says what an edit did, for people who cannot see the canvas: every change of the open
// document (an edit, undo, redo, another tab's change) is summed up in a polite live region.
import { useEffect, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { summarizeOps, type Change } from '../../domain/analysis/changeSummary';
import { documentSession } from '../../state/documentSession';
import type { Process } from '../../domain/model/types';
import { laneNameOf } from '../../domain/layout/projection';
import { useRegisterStore } from '../../state/registerStore';
import type { Translate } from '../../platform/i18n/i18n';

function laneName(doc: Process, laneId: string, unknown: string): string {
  return laneNameOf(doc, useRegisterStore.getState().byId, laneId, unknown);
}

function say(change: Change, doc: Process, t: Translate): string {
  const unnamed = t('editor.unnamed');
  const lane = (id: string) => laneName(doc, id, t('editor.unknownUnit'));
  switch (change.type) {
    case 'stepAdded':
      return t('announce.stepAdded', { label: change.label || unnamed, lane: lane(change.laneId) });
    case 'stepRemoved':
      return t('announce.stepRemoved', { label: change.label || unnamed });
    case 'stepMovedLane':
      return t('announce.stepMovedLane', {
        label: change.label || unnamed,
        lane: lane(change.laneId),
      });
    case 'stepRenamed':
      return t('announce.stepRenamed', { label: change.label || unnamed });
    case 'connectionAdded':
      return t('announce.connectionAdded', {
        from: change.from || unnamed,
        to: change.to || unnamed,
      });
    case 'connectionRemoved':
      return t('announce.connectionRemoved', {
        from: change.from || unnamed,
        to: change.to || unnamed,
      });
    case 'laneAdded':
      return t('announce.laneAdded', { lane: lane(change.laneId) });
    case 'laneRemoved':
      return t('announce.laneRemoved');
    case 'lanesReordered':
      return t('announce.lanesReordered');
  }
}

export function Announcer() {
  const t = useT();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      documentSession.subscribe(({ ops, before, after }) => {
        if (!after || !before || after.id !== before.id) return;
        const changes = summarizeOps(ops, before, after);
        if (changes.length) setMessage(changes.map((c) => say(c, after, t)).join('. '));
      }),
    [t],
  );
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
