// The lane headers: a column fixed at the left of the canvas, so every lane's name stays in
// sight while the flow pans sideways (a frozen column). It follows the view vertically and in
// zoom; this one component subscribes to the viewport, the step nodes never do.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { readableInk } from '../../domain/model/contrast';
import { useT } from '../../app/i18n/i18n';
import { laneBands, type LaneBand } from '../../domain/model/geometry';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { useLanePointer } from './useLanePointer';
import { useLaneDialog } from './laneDialogStore';

/** Width of the header column in screen pixels, at every zoom. */
export const HEADER_COLUMN_WIDTH = 216;

const viewY = (s: ReactFlowState) => s.transform[1];
const viewZoom = (s: ReactFlowState) => s.transform[2];

export function LaneHeaders({ doc }: { doc: Process }) {
  const y = useStore(viewY);
  const zoom = useStore(viewZoom);
  const byId = useRegisterStore((s) => s.byId);
  const bands = laneBands(doc.lanes);
  return (
    <div className="lane-headers" style={{ width: HEADER_COLUMN_WIDTH }}>
      {bands.map((band) => (
        <LaneHeader
          key={band.lane.id}
          band={band}
          count={bands.length}
          entry={byId.get(band.lane.registerId)}
          top={band.top * zoom + y}
          height={band.height * zoom}
        />
      ))}
    </div>
  );
}

interface LaneHeaderProps {
  band: LaneBand;
  count: number;
  entry: RegisterEntry | undefined;
  top: number;
  height: number;
}

function LaneHeader({ band, count, entry, top, height }: LaneHeaderProps) {
  const t = useT();
  const { lane, index } = band;
  const name = entry?.name ?? t('editor.unknownUnit');
  const customer = entry?.kind === 'kundgrupp';
  const pointer = useLanePointer(lane.id, lane.height);
  const apply = useDocumentStore.getState().apply;
  const move = (toIndex: number) => apply({ type: 'lane.move', laneId: lane.id, toIndex });
  const compact = height < 96;
  return (
    <div
      role="group"
      aria-label={t('editor.laneAria', { name, index: index + 1, count })}
      className={`lane-header${customer ? ' lane-customer' : ''}${pointer.moving ? ' dragging' : ''}${compact ? ' compact' : ''}`}
      style={{
        ['--lane-color' as string]: entry?.color ?? '#e2e8f0',
        ['--lane-ink' as string]: readableInk(entry?.color ?? '#e2e8f0'),
        top: top + pointer.moving,
        height: Math.max(height, 4) + pointer.resizing * (height / band.height),
      }}
      title={t('editor.laneDragHint')}
      {...pointer.moveHandlers}
    >
      {customer && !compact && <span className="lane-badge">{t('editor.customerLane')}</span>}
      <button
        className="lane-name"
        title={t('editor.renameLane')}
        onClick={() => useLaneDialog.getState().openRename(lane.id)}
      >
        {compact && entry?.shortName ? entry.shortName : name}
      </button>
      <div className="lane-tools">
        <button
          className="icon-button"
          aria-label={t('editor.laneUp', { name })}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          ↑
        </button>
        <button
          className="icon-button"
          aria-label={t('editor.laneDown', { name })}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          ↓
        </button>
        <button
          className="icon-button"
          aria-label={t('editor.laneDelete', { name })}
          onClick={() => useLaneDialog.getState().openDelete(lane.id)}
        >
          ✕
        </button>
      </div>
      <div
        className="lane-resize"
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('editor.laneResize', { name })}
        aria-valuenow={Math.round(lane.height)}
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            e.stopPropagation();
            apply({
              type: 'lane.resize',
              laneId: lane.id,
              height: Math.max(40, lane.height + (e.key === 'ArrowDown' ? 24 : -24)),
            });
          }
        }}
        {...pointer.resizeHandlers}
      />
    </div>
  );
}
