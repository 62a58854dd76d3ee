// A lane: a horizontal band with the unit's name in a header column at the left. Customer
// lanes look distinct (marked by a word and a pattern, not only colour). The band itself lets
// pointer events through to the pane (panning, double-click to add); only the header takes them.
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../app/i18n/i18n';
import { useDocumentStore } from '../../state/documentStore';
import type { LaneNode as LaneNodeType } from '../canvas/toFlow';
import { LANE_HEADER_WIDTH } from '../canvas/toFlow';
import { useLaneDialog } from '../lanes/laneDialogStore';
import { useLanePointer } from './useLanePointer';

export function LaneNode({ data }: NodeProps<LaneNodeType>) {
  const t = useT();
  const { laneId, name, color, customer, index, count, height } = data;
  const pointer = useLanePointer(laneId, height);
  const resizeBy = (dy: number) =>
    useDocumentStore.getState().apply({ type: 'lane.resize', laneId, height: Math.max(40, height + dy) });

  const move = (toIndex: number) =>
    useDocumentStore.getState().apply({ type: 'lane.move', laneId, toIndex });

  return (
    <div
      className={`lane${customer ? ' lane-customer' : ''}`}
      style={{
        ['--lane-color' as string]: color,
        transform: pointer.moving ? `translateY(${pointer.moving}px)` : undefined,
        opacity: pointer.moving ? 0.85 : undefined,
      }}
      role="group"
      aria-label={t('editor.laneAria', { name, index: index + 1, count })}
    >
      <div
        className={`lane-header nodrag nopan${pointer.moving ? ' dragging' : ''}`}
        style={{ width: LANE_HEADER_WIDTH }}
        title={t('editor.laneDragHint')}
        {...pointer.moveHandlers}
      >
        {customer && <span className="lane-badge">{t('editor.customerLane')}</span>}
        <button
          className="lane-name"
          title={t('editor.renameLane')}
          onClick={() => useLaneDialog.getState().openRename(laneId)}
        >
          {name}
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
            onClick={() => useLaneDialog.getState().openDelete(laneId)}
          >
            ✕
          </button>
        </div>
        <div
          className="lane-resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label={t('editor.laneResize', { name })}
          aria-valuenow={Math.round(height)}
          tabIndex={0}
          style={pointer.resizing ? { transform: `translateY(${pointer.resizing}px)` } : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              e.stopPropagation();
              resizeBy(e.key === 'ArrowDown' ? 24 : -24);
            }
          }}
          {...pointer.resizeHandlers}
        />
      </div>
    </div>
  );
}
