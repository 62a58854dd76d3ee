// A bare React Flow page for the benchmark: ?steps=&seed= pick the generated process,
// ?w=&h= give the canvas the app canvas's size. "Öppna" mounts the flow, so opening is timed
// from a click as in the app's library. The label field edits the selected step the way a plain
// React Flow app would: every key replaces the node in the nodes array.
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { generateProcessFile } from '../../src/domain/generate/generateProcess';
import { BaselineFlow } from './BaselineFlow';
import { toBaseline } from './toBaseline';

const params = new URLSearchParams(location.search);
const file = generateProcessFile({
  steps: Number(params.get('steps') ?? 1000),
  seed: Number(params.get('seed') ?? 1),
});
const culled = document.body.dataset.culled === 'true';
const size = { width: Number(params.get('w') ?? 0), height: Number(params.get('h') ?? 0) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BaselineFlow initial={toBaseline(file)} culled={culled} size={size} />
  </StrictMode>,
);
