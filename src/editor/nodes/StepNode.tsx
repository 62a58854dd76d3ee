// One step on the canvas: its shape says its kind (never colour alone), its label is DOM text.
// It reads only its own data and one boolean from the session, so panning never re-renders it.
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useContext, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { LIMITS } from '../../domain/schema/limits';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import type { StepNode as StepNodeType } from '../canvas/toFlow';
import { CharCount } from '../panels/LimitHint';
import { KIND_ICON } from './kindIcons';
import { focusStep } from '../a11y/focusStep';
import { useStepName } from '../a11y/useStepName';
import { stepNameId } from '../canvas/toFlow';
import { ZoomLevelContext } from '../canvas/zoomLevel';
import { CanvasSourceContext } from '../canvas/canvasSource';

/** While a connection is being drawn every step in view needs handles to end it on. */
const connecting = (s: ReactFlowState) => s.connection.inProgress;

const SIDES = [
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
  { id: 'l', position: Position.Left },
] as const;

/**
 * Handles that cannot be used: plain elements where React Flow measures a step's handles when
 * it comes into view (it reads their class and data attributes; without them the step's
 * connections would not be drawn). No component, no store subscription.
 */
function HandleMarks() {
  return (
    <>
      {SIDES.map((side) => (
        <div
          key={side.id}
          aria-hidden="true"
          className={`react-flow__handle react-flow__handle-${side.position} source handle`}
          data-handleid={side.id}
          data-handlepos={side.position}
        />
      ))}
    </>
  );
}

// Memoised: React Flow re-renders a node's wrapper when the node is dragged or its selection
// changes; the step itself only needs to when its own data, selection or drag state does.
export const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<StepNodeType>) {
  const t = useT();
  const { step } = data;
  // A read-only view (canvasSource.ts) edits nothing, and may tag the step ("Ny", ...).
  const source = useContext(CanvasSourceContext);
  const readOnly = source !== null;
  const editing = useSessionStore((s) => !readOnly && s.editingStepId === id);
  const kindName = t(`kind.${step.kind}`);
  const mark = source?.marks?.get(id);
  const spoken = useStepName(step);
  const name = mark ? `${spoken} (${mark.label})` : spoken;
  const nameId = (source?.idPrefix ?? '') + stepNameId(id);
  const level = useContext(ZoomLevelContext);
  // Handles only when they can be used (each one is a component with a store subscription
  // run on every pan frame); otherwise marks in their places.
  const [hovered, setHovered] = useState(false);
  const drawing = useStore(connecting);
  const handles = !readOnly && (selected || hovered || drawing);
  const markClass = mark ? ` marked marked-${mark.kind}` : '';
  const tag = mark && (
    <span className={`step-mark step-mark-${mark.kind}`} aria-hidden="true">
      {mark.label}
    </span>
  );
  // Far out the canvas draws steps on its own layer (FarLayer); the ones still rendered here
  // (the selection, kept focusable) are shapes too: a label would be too small to read.
  if (level === 'far' && !editing)
    return (
      <div
        className={`step step-${step.kind} far${selected ? ' selected' : ''}${markClass}`}
        data-kind={step.kind}
      >
        <span id={nameId} hidden aria-label={name} />
        <div className="step-shape" aria-hidden="true" />
        <HandleMarks />
      </div>
    );
  if (level === 'low' && !editing && !selected && !drawing)
    return (
      <div className={`step step-${step.kind} simple${markClass}`} data-kind={step.kind}>
        <span id={nameId} hidden aria-label={name} />
        <div className="step-shape" aria-hidden="true" />
        {tag}
        <div className="step-label">{step.label}</div>
        <HandleMarks />
      </div>
    );
  return (
    <div
      className={`step step-${step.kind}${selected ? ' selected' : ''}${markClass}`}
      data-kind={step.kind}
      // Not while a button is held: a pan or a drag sweeps steps past the pointer.
      onPointerEnter={(e) => e.buttons === 0 && setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      {/* The spoken name as an attribute, not text, so the label text appears once. */}
      <span id={nameId} hidden aria-label={name} />
      <div className="step-shape" aria-hidden="true" />
      {tag}
      <div className="step-kind" aria-hidden="true">
        <span className="step-icon">{KIND_ICON[step.kind]}</span>
        {kindName}
      </div>
      {editing ? (
        <LabelEditor stepId={id} initial={step.label} label={t('editor.stepLabel')} />
      ) : (
        <div className="step-label">
          {step.label || <span className="placeholder">{t('editor.unnamed')}</span>}
        </div>
      )}
      {handles ? (
        SIDES.map((side) => (
          <Handle
            key={side.id}
            id={side.id}
            type="source"
            position={side.position}
            className="handle"
          />
        ))
      ) : (
        <HandleMarks />
      )}
    </div>
  );
});

function LabelEditor({
  stepId,
  initial,
  label,
}: {
  stepId: string;
  initial: string;
  label: string;
}) {
  const [value, setValue] = useState(initial);
  const countId = `${useId()}-count`;
  // Set once the edit is over: the blur that follows is not a second commit.
  const done = useRef(false);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep && value !== initial) {
      documentSession.apply({ type: 'step.update', id: stepId, patch: { label: value.trim() } });
    }
    useSessionStore.getState().setEditing(null);
  };
  // Finished with a key: back on the step at once, so the next key (an arrow) goes on from
  // there instead of landing in the field before React removes it. Finished by clicking
  // elsewhere: focus stays where the person put it.
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish(true);
      focusStep(stepId);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
      focusStep(stepId);
    }
  };
  return (
    <>
      <textarea
        className="step-label-input nodrag nopan nowheel"
        aria-label={label}
        aria-describedby={countId}
        autoFocus
        maxLength={LIMITS.label}
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      />
      <CharCount id={countId} text={value} max={LIMITS.label} floating />
    </>
  );
}
