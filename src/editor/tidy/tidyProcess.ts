// Lays out a whole process that is not open (an imported BPMN file drawn without coordinates),
// with the same layout as "Städa upp".
import type { Process } from '../../domain/model/types';
import { applyOperations } from '../../domain/operations/applyOperation';
import { normalise } from '../../domain/model/normalise';
import { layoutGraph, tidyOperations } from '../../domain/tidy/tidyLayout';
import { runLayout } from './runLayout';

export async function tidyProcess(process: Process): Promise<Process> {
  if (process.steps.length === 0) return process;
  const laid = await runLayout(layoutGraph(process));
  return normalise(applyOperations(process, tidyOperations(process, laid)));
}
