// The diagram's pages in miniature, as the PDF will have them: each page with its heading bar,
// its part of the flow (lanes as bands, steps as boxes) and the legend where the plan puts it.
// Drawn from the layout plan alone, so what it shows is what buildPdf draws.
import { useId } from 'react';
import type { DrawingGeometry, PdfLayout, PlannedTile } from '../../formats/pdf/layoutPlan';
import './pdfPreview.css';

interface Props {
  geometry: DrawingGeometry;
  layout: PdfLayout;
  /** What a screen reader hears: pages, paper and text size. */
  label: string;
}

/** Thumbnails this tall; a page's width follows its paper. */
const HEIGHT = 64;

export function PdfPreview({ geometry, layout, label }: Props) {
  const id = useId();
  return (
    <div className="pdf-preview" role="img" aria-label={label}>
      {layout.tiles.map((tile, i) => (
        <PageThumb
          key={`${tile.row}-${tile.column}`}
          clip={`${id}-${i}`}
          geometry={geometry}
          layout={layout}
          tile={tile}
        />
      ))}
      {layout.legend.placement === 'page' && <LegendPage layout={layout} />}
    </div>
  );
}

function PageThumb({
  clip,
  geometry,
  layout,
  tile,
}: {
  clip: string;
  geometry: DrawingGeometry;
  layout: PdfLayout;
  tile: PlannedTile;
}) {
  const { page, area, scale } = layout;
  const header = geometry.header * scale;
  const width = (HEIGHT * page.w) / page.h;
  // Drawing coordinates to page points: the lane names at the area's left, the body after them.
  const px = (x: number) => area.x + header + (x - tile.x.start) * scale;
  const py = (y: number) => area.y + (y - tile.y.start) * scale;
  const body = { w: (tile.x.end - tile.x.start) * scale, h: (tile.y.end - tile.y.start) * scale };
  const inside = (b: { x: number; y: number; w: number; h: number }) =>
    b.x < tile.x.end && b.x + b.w > tile.x.start && b.y < tile.y.end && b.y + b.h > tile.y.start;
  return (
    <svg
      className="pdf-preview-page"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${page.w} ${page.h}`}
      aria-hidden="true"
    >
      <defs>
        <clipPath id={clip}>
          <rect x={area.x} y={area.y} width={header + body.w} height={body.h} />
        </clipPath>
      </defs>
      <rect x={0} y={0} width={page.w} height={page.h} className="pv-paper" />
      <rect
        x={area.x}
        y={area.y - 30}
        width={Math.min(area.w, 240)}
        height={14}
        className="pv-ink"
      />
      <g clipPath={`url(#${clip})`}>
        {geometry.lanes.map((lane, i) => (
          <g key={i}>
            <rect
              x={area.x + header}
              y={py(lane.start)}
              width={body.w}
              height={(lane.end - lane.start) * scale}
              className={i % 2 ? 'pv-lane pv-odd' : 'pv-lane'}
            />
            <rect
              x={area.x}
              y={py(lane.start)}
              width={header}
              height={(lane.end - lane.start) * scale}
              className="pv-lane-name"
            />
          </g>
        ))}
        {geometry.boxes.filter(inside).map((b, i) => (
          <rect
            key={i}
            x={px(b.x)}
            y={py(b.y)}
            width={b.w * scale}
            height={b.h * scale}
            className="pv-step"
          />
        ))}
      </g>
      {layout.legend.box && (
        <rect
          x={layout.legend.box.x}
          y={layout.legend.box.y}
          width={layout.legend.box.w}
          height={layout.legend.box.h}
          className="pv-legend"
        />
      )}
    </svg>
  );
}

function LegendPage({ layout }: { layout: PdfLayout }) {
  const { page, area } = layout;
  return (
    <svg
      className="pdf-preview-page"
      width={(HEIGHT * page.w) / page.h}
      height={HEIGHT}
      viewBox={`0 0 ${page.w} ${page.h}`}
      aria-hidden="true"
    >
      <rect x={0} y={0} width={page.w} height={page.h} className="pv-paper" />
      <rect
        x={area.x}
        y={area.y - 30}
        width={Math.min(area.w, 240)}
        height={14}
        className="pv-ink"
      />
      <rect
        x={area.x}
        y={area.y + 20}
        width={area.w * 0.8}
        height={area.h * 0.35}
        className="pv-legend"
      />
    </svg>
  );
}
