// The lane headers: a column fixed at the left of the canvas, so every lane's name stays in
// sight while the flow pans sideways (a frozen column). It follows the view vertically and in
// zoom without React: a transform on the column and a CSS variable on each header, whose place
// is a calc() of it, so a pan or zoom frame re-renders nothing here. React renders again only
// when a lane turns compact or back (its height on screen crosses 96 px).
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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
/** Below this height on screen a header shows its name on one line and hides its tools. */
const COMPACT_BELOW = 96;

export const LaneHeaders = memo(function LaneHeaders({ doc }: { doc: Process }) {
  const byId = useRegisterStore((s) => s.byId);
  const bands = useMemo(() => laneBands(doc.lanes), [doc.lanes]);
  const column = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  // A vertical pan moves the column as a whole (one transform). A zoom is written on each
  // header, not inherited from the column: a changed inherited property would recalculate the
  // style of everything inside every header (registered in CSS as non-inherited).
  useLayoutEffect(() => {
    let y = NaN;
    let zoom = NaN;
    const follow = (s: ReactFlowState, force = false) => {
      const el = column.current;
      if (!el) return;
      if (force || s.transform[1] !== y) {
        y = s.transform[1];
        el.style.transform = `translateY(${y}px)`;
      }
      if (force || s.transform[2] !== zoom) {
        zoom = s.transform[2];
        for (const header of el.children)
          (header as HTMLElement).style.setProperty('--view-zoom', String(zoom));
      }
    };
    follow(store.getState(), true);
    return store.subscribe((s) => follow(s));
    // New headers (lanes added, reordered) get the zoom too.
  }, [store, bands]);
  // One character per lane, so the selector's result compares by value.
  const compactFlags = useStore(
    useCallback(
      (s: ReactFlowState) =>
        bands.map((b) => (b.height * s.transform[2] < COMPACT_BELOW ? '1' : '0')).join(''),
      [bands],
    ),
  );
  return (
    <div className="lane-headers" style={{ width: HEADER_COLUMN_WIDTH }}>
      {/* The track moves with the view; the column around it stays put and clips. */}
      <div className="lane-headers-track" ref={column}>
        {bands.map((band, i) => (
          <LaneHeader
            key={band.lane.id}
            band={band}
            count={bands.length}
            entry={byId.get(band.lane.registerId)}
            compact={compactFlags[i] === '1'}
          />
        ))}
      </div>
    </div>
  );
});

interface LaneHeaderProps {
  band: LaneBand;
  count: number;
  entry: RegisterEntry | undefined;
  compact: boolean;
}

const LaneHeader = memo(function LaneHeader({ band, count, entry, compact }: LaneHeaderProps) {
  const t = useT();
  const { lane, index } = band;
  const name = entry?.name ?? t('editor.unknownUnit');
  const customer = entry?.kind === 'kundgrupp';
  const pointer = useLanePointer(lane.id, lane.height);
  const apply = useDocumentStore.getState().apply;
  const move = (toIndex: number) => apply({ type: 'lane.move', laneId: lane.id, toIndex });
  return (
    <div
      role="group"
      aria-label={t('editor.laneAria', { name, index: index + 1, count })}
      className={`lane-header${customer ? ' lane-customer' : ''}${pointer.moving ? ' dragging' : ''}${compact ? ' compact' : ''}`}
      style={{
        ['--lane-color' as string]: entry?.color ?? '#e2e8f0',
        ['--lane-ink' as string]: readableInk(entry?.color ?? '#e2e8f0'),
        // Canvas units times the view's zoom, plus the gesture in progress.
        ['--band-top' as string]: band.top,
        ['--band-height' as string]: band.height + pointer.resizing,
        ['--moving' as string]: `${pointer.moving}px`,
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
});
