// The lane headers: a column fixed at the left of the canvas, so every lane's name stays in
// sight while the flow pans sideways (a frozen column). It follows the view vertically and in
// zoom without React: a transform on the column, and each header's place and height written
// from its band (data attributes) and the zoom, so a pan or zoom frame re-renders nothing here.
// React renders again only when a lane changes size class (its height on screen crosses 96 or
// 12 px). Measured at 1,000 steps: the headers were the largest cost of a zoom frame. A name
// never leaves its header: it wraps between words (laneNameFit), shrinks with a low lane, and
// below a readable height only the lane's colour shows (the name stays for screen readers).
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import { readableInk } from '../../domain/model/contrast';
import { useT } from '../../platform/i18n/i18n';
import { laneBands, type LaneBand } from '../../domain/layout/projection';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { moveLaneOp } from '../../domain/commands/lanes';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useLanePointer } from './useLanePointer';
import { useLaneDialog } from './laneDialogStore';
import { fitLaneName, measureHeaderText } from './laneNameFit';
import { CanvasSourceContext } from '../canvas/canvasSource';

/** Width of the header column in screen pixels, at every zoom. */
export const HEADER_COLUMN_WIDTH = 216;
/** Below this height on screen a header shows its name on one line and hides its tools. */
const COMPACT_BELOW = 96;
/** Below this height on screen a name would be cut to an unreadable sliver: colour only. */
const TINY_BELOW = 12;
/** The name's room: the column less the header's padding and border. */
const NAME_ROOM = HEADER_COLUMN_WIDTH - 26;
type SizeClass = 'full' | 'compact' | 'tiny';
const SIZE_CLASSES: Record<string, SizeClass> = { f: 'full', c: 'compact', t: 'tiny' };
const sizeFlag = (px: number) => (px < TINY_BELOW ? 't' : px < COMPACT_BELOW ? 'c' : 'f');

export const LaneHeaders = memo(function LaneHeaders({ doc }: { doc: Process }) {
  // A read-only view (canvasSource.ts) brings its own register.
  const source = useContext(CanvasSourceContext);
  const storeById = useRegisterStore((s) => s.byId);
  const byId = source?.register ?? storeById;
  const bands = useMemo(() => laneBands(doc.lanes), [doc.lanes]);
  const column = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  // A vertical pan moves the column as a whole (one transform); a zoom places each header
  // (a transform and a height, written directly: the cheapest style change there is).
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
        for (const header of el.children) placeHeader(header as HTMLElement, zoom);
      }
    };
    follow(store.getState(), true);
    return store.subscribe((s) => follow(s));
    // New headers (lanes added, reordered) are placed too.
  }, [store, bands]);
  // One character per lane, so the selector's result compares by value.
  const sizeFlags = useStore(
    useCallback(
      (s: ReactFlowState) => bands.map((b) => sizeFlag(b.height * s.transform[2])).join(''),
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
            size={SIZE_CLASSES[sizeFlags[i] ?? 'f'] ?? 'full'}
          />
        ))}
      </div>
    </div>
  );
});

/** Places a header from its band (canvas units), the zoom and the gesture in progress. */
function placeHeader(header: HTMLElement, zoom: number) {
  const { bandTop, bandHeight, moving } = header.dataset;
  header.style.transform = `translateY(${Number(bandTop) * zoom + Number(moving)}px)`;
  const height = Math.max(Number(bandHeight) * zoom, 4);
  header.style.height = `${height}px`;
  // A compact name's size follows its lane's height (styles.css).
  header.style.setProperty('--lane-h', `${height}px`);
}
const zoomOf = (s: ReactFlowState) => s.transform[2];

interface LaneHeaderProps {
  band: LaneBand;
  count: number;
  entry: RegisterEntry | undefined;
  size: SizeClass;
}

const LaneHeader = memo(function LaneHeader({ band, count, entry, size }: LaneHeaderProps) {
  const compact = size !== 'full';
  const t = useT();
  const { lane, index } = band;
  const name = entry?.name ?? t('editor.unknownUnit');
  const customer = entry?.kind === 'kundgrupp';
  // Read-only (a shared or compared flow): the name only, no tools, no gestures.
  const readOnly = useContext(CanvasSourceContext) !== null;
  const pointer = useLanePointer(lane.id, lane.height);
  const apply = documentSession.apply;
  const store = useStoreApi();
  const self = useRef<HTMLDivElement>(null);
  // After each render (a new band, a gesture step), with the zoom of the moment.
  useLayoutEffect(() => {
    if (self.current) placeHeader(self.current, zoomOf(store.getState()));
  });
  const move = (toIndex: number) => {
    const doc = documentSession.doc;
    const op = doc && moveLaneOp(doc, lane.id, toIndex);
    if (op) apply(op);
  };
  const shown = compact && entry?.shortName ? entry.shortName : name;
  const fit = useMemo(() => fitLaneName(shown, NAME_ROOM, measureHeaderText), [shown]);
  return (
    <div
      ref={self}
      role="group"
      aria-label={t('editor.laneAria', { name, index: index + 1, count })}
      // Its band in canvas units and the gesture in screen pixels: placeHeader reads them.
      data-band-top={band.top}
      data-band-height={band.height + pointer.resizing}
      data-moving={pointer.moving}
      className={`lane-header${customer ? ' lane-customer' : ''}${pointer.moving ? ' dragging' : ''}${compact ? ' compact' : ''}${size === 'tiny' ? ' tiny' : ''}`}
      style={{
        ['--lane-color' as string]: entry?.color ?? '#e2e8f0',
        ['--lane-ink' as string]: readableInk(entry?.color ?? '#e2e8f0'),
        ['--name-size' as string]: `${fit.size}px`,
      }}
      title={readOnly ? name : t('editor.laneDragHint')}
      {...(readOnly ? {} : pointer.moveHandlers)}
    >
      {customer && !compact && <span className="lane-badge">{t('editor.customerLane')}</span>}
      {readOnly ? (
        <span className={`lane-name${fit.clipped ? ' clipped' : ''}`}>{shown}</span>
      ) : (
        <>
          <button
            className={`lane-name${fit.clipped ? ' clipped' : ''}`}
            // A cut name is read in full on hover; the button's text is the full name for the ear.
            title={fit.clipped || compact ? name : t('editor.renameLane')}
            onClick={() => useLaneDialog.getState().openRename(lane.id)}
          >
            {shown}
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
        </>
      )}
    </div>
  );
});
