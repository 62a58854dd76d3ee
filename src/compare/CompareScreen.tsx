// A to-be beside the as-is it was made from: both flows on read-only canvases that move and zoom
// together, with what changed marked on the steps (Ny, Borttagen, Ändrad), the list of changes
// (each one shows its step in both flows) and the key figures before and after. Each flow opens
// in the editor.
import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import { compareProcesses, type Comparison } from '../domain/analysis/compare';
import type { Box } from '../domain/model/route';
import type { Process } from '../domain/model/types';
import type { StepMark } from '../editor/canvas/canvasSource';
import { fitBox } from '../editor/canvas/FitFlowButton';
import { changeGroups, comparisonRows } from '../editor/figures/comparisonText';
import { useRegisterStore } from '../state/registerStore';
import { services } from '../state/services';
import { ReadOnlyFlow } from '../viewer/ReadOnlyFlow';
import { centredOn, followerView, leaderView, stepCentre, type Point } from '../viewer/viewMath';
import './compare.css';

type Loaded = { toBe: Process; asIs: Process | null } | 'loading' | 'missing';

/** Zoom at which a chosen step is shown: its label readable, or nearer if already nearer. */
const SHOW_ZOOM = 0.8;

export function CompareScreen({ id }: { id: string }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const [loaded, setLoaded] = useState<Loaded>('loading');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const toBe = await services().readProcess(id);
      const asIs = toBe?.asIsId ? await services().readProcess(toBe.asIsId) : null;
      if (!cancelled) setLoaded(toBe ? { toBe, asIs } : 'missing');
    })();
    return () => {
      cancelled = true;
    };
  }, [id]);
  const comparison = useMemo(
    () =>
      typeof loaded === 'object' && loaded.asIs
        ? compareProcesses(loaded.asIs, loaded.toBe, register)
        : null,
    [loaded, register],
  );

  if (loaded === 'loading') return <main className="editor-message">{t('common.loading')}</main>;
  if (loaded === 'missing' || !loaded.asIs || !comparison) {
    return (
      <main className="editor-message">
        <h1>{t(loaded === 'missing' ? 'editor.missing' : 'compare.missing')}</h1>
        <button className="button primary" onClick={() => navigate('/')}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  return <Compared asIs={loaded.asIs} toBe={loaded.toBe} comparison={comparison} />;
}

function Compared({
  asIs,
  toBe,
  comparison,
}: {
  asIs: Process;
  toBe: Process;
  comparison: Comparison;
}) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const unit = (rid: string) => register.find((e) => e.id === rid)?.name ?? rid;
  const rows = comparisonRows(t, comparison);
  // The change list in words (as in the PDF), each item with the step it is about.
  const groups = changeGroups(t, comparison, unit);
  const stepIds = [
    comparison.removed.map((s) => s.id),
    comparison.added.map((s) => s.id),
    comparison.movedUnit.map((m) => m.step.id),
    comparison.relabelled.map((r) => r.after.id),
  ];
  const nothing = groups.every((g) => g.items.length === 0);

  const [asIsMarks, toBeMarks] = useMemo(() => {
    const before = new Map<string, StepMark>();
    const after = new Map<string, StepMark>();
    const changed: StepMark = { kind: 'changed', label: t('compare.markChanged') };
    for (const m of comparison.movedUnit) {
      before.set(m.step.id, changed);
      after.set(m.step.id, changed);
    }
    for (const r of comparison.relabelled) {
      before.set(r.before.id, changed);
      after.set(r.after.id, changed);
    }
    const removed: StepMark = { kind: 'removed', label: t('compare.markRemoved') };
    for (const s of comparison.removed) before.set(s.id, removed);
    const added: StepMark = { kind: 'added', label: t('compare.markAdded') };
    for (const s of comparison.added) after.set(s.id, added);
    return [before, after];
  }, [comparison, t]);

  // Both canvases fit the same box, so "Visa hela flödet" gives them the same zoom.
  const box = useMemo(() => union(fitBox(asIs), fitBox(toBe)), [asIs, toBe]);

  // One view for both: the as-is's, and the to-be's shifted by `offset` (canvas units) so that
  // a step chosen from the list is in the middle of both even where it moved.
  const [view, setView] = useState<Viewport>({ x: 0, y: 0, zoom: 1 });
  const [offset, setOffset] = useState<Point>({ x: 0, y: 0 });
  const toBeView = useMemo(() => followerView(view, offset), [view, offset]);
  const onToBeView = useCallback((v: Viewport) => setView(leaderView(v, offset)), [offset]);

  const [selected, setSelected] = useState<string | null>(null);
  const selection = useMemo(() => new Set(selected ? [selected] : []), [selected]);
  const flows = useRef<HTMLElement>(null);
  const show = (stepId: string) => {
    setSelected(stepId);
    const canvas = flows.current?.querySelector<HTMLElement>('.react-flow');
    if (!canvas) return;
    const size = { width: canvas.clientWidth, height: canvas.clientHeight };
    const zoom = Math.max(view.zoom, SHOW_ZOOM);
    const before = stepCentre(asIs, stepId);
    const after = stepCentre(toBe, stepId);
    const next = before && after ? { x: after.x - before.x, y: after.y - before.y } : offset;
    const anchor = before ?? (after && { x: after.x - next.x, y: after.y - next.y });
    if (!anchor) return;
    setOffset(next);
    setView(centredOn(anchor, size, zoom));
    // The flows in sight, when the list was scrolled to below them.
    if (flows.current && flows.current.getBoundingClientRect().top < 0)
      flows.current.scrollIntoView({ block: 'start' });
  };

  const canvases = [
    { p: asIs, which: t('compare.asIs'), marks: asIsMarks, viewport: view, onView: setView },
    { p: toBe, which: t('compare.toBe'), marks: toBeMarks, viewport: toBeView, onView: onToBeView },
  ];
  return (
    <main className="library compare" aria-labelledby="compare-title">
      <h1 id="compare-title">
        {t('compare.heading')}: {toBe.title}
      </h1>
      <section aria-labelledby="compare-diagrams" ref={flows}>
        <h2 id="compare-diagrams">{t('compare.diagrams')}</h2>
        <p className="hint compare-legend">{t('compare.legend')}</p>
        <div className="compare-flows">
          {canvases.map(({ p, which, marks, viewport, onView }) => (
            <figure key={p.id} className="compare-flow">
              <figcaption>
                <strong>{which}</strong>{' '}
                <a
                  href={processPath(p.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(processPath(p.id));
                  }}
                >
                  {t('compare.openProcess', { title: p.title })}
                </a>
              </figcaption>
              <ReadOnlyFlow
                doc={p}
                register={register}
                label={t('compare.canvas', { which })}
                idPrefix={p === asIs ? 'as-is-' : 'to-be-'}
                marks={marks}
                selected={selection}
                onSelect={setSelected}
                viewport={viewport}
                onViewportChange={onView}
                fitTo={box}
              />
            </figure>
          ))}
        </div>
      </section>
      <section aria-labelledby="compare-changes">
        <h2 id="compare-changes">{t('compare.changes')}</h2>
        {nothing ? (
          <p className="hint">{t('compare.noChanges')}</p>
        ) : (
          <p className="hint">{t('compare.showHint')}</p>
        )}
        {groups.map((g, i) =>
          g.items.length === 0 ? null : (
            <section key={g.title} aria-label={g.title}>
              <h3>{g.title}</h3>
              <ul className="compare-change-list">
                {g.items.map((item, j) => {
                  const stepId = stepIds[i]?.[j] ?? '';
                  return (
                    <li key={`${j}-${item}`}>
                      <button
                        type="button"
                        className="link-button"
                        aria-current={stepId === selected ? 'true' : undefined}
                        onClick={() => show(stepId)}
                      >
                        {item}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ),
        )}
      </section>
      <section aria-labelledby="compare-figures">
        <h2 id="compare-figures">{t('compare.figures')}</h2>
        <table className="process-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              <th scope="col">{t('compare.asIs')}</th>
              <th scope="col">{t('compare.toBe')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, b, a]) => (
              <tr key={name} aria-label={`${name} ${t('compare.delta', { before: b, after: a })}`}>
                <th scope="row">{name}</th>
                <td>{b}</td>
                <td>{a}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
