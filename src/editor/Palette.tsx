// The step palette, which is also the legend: every kind with its shape, glyph and name.
// Click adds after the selected step; drag drops into the lane under the pointer.
import type { DragEvent } from 'react';
import { useT } from '../platform/i18n/i18n';
import { STEP_KINDS } from '../domain/schema/process';
import type { StepKind } from '../domain/model/types';
import { addStepAfterSelection } from './actions/addStepAfterSelection';
import { KIND_ICON } from './nodes/kindIcons';

export const PALETTE_MIME = 'application/x-flodesverkstan-kind';

export function Palette() {
  const t = useT();
  const onDragStart = (e: DragEvent, kind: StepKind) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" aria-label={t('palette.label')}>
      <h2 className="palette-title">{t('palette.label')}</h2>
      <ul>
        {STEP_KINDS.map((kind) => (
          <li key={kind}>
            <button
              className="palette-item"
              draggable
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => addStepAfterSelection(kind)}
              title={t('palette.hint')}
            >
              <span className={`kind-swatch step-${kind}`} aria-hidden="true">
                <span className="step-shape" />
                <span className="swatch-icon">{KIND_ICON[kind]}</span>
              </span>
              <span>{t(`kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
