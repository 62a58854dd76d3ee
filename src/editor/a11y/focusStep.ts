// Keyboard focus follows the step being worked on, so a screen reader reads its name ("Aktivitet:
// Bedöma ansökan, i Förskoleförvaltningen, 2 av 7"). The view moves to the step first and React
// Flow renders it a frame or two later (only visible steps are in the DOM), hence the retries.
const MAX_FRAMES = 10;

export function focusStep(id: string): void {
  let frames = 0;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    if (el) el.focus({ preventScroll: true });
    else if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  // At once when the step is on the page: a key pressed right after (an arrow after Enter in
  // the label field) must not land in the element focus is leaving.
  attempt();
}

/** The step a focused canvas element stands for, if any. */
export function focusedStepId(target: EventTarget | null): string | null {
  const el = target as HTMLElement | null;
  return el?.classList?.contains('react-flow__node-step') ? (el.dataset.id ?? null) : null;
}
