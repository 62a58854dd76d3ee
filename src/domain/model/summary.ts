// What the library shows of a process without loading all of it.
import type { Category, Status, Variant } from './types';

export interface ProcessSummary {
  id: string;
  title: string;
  category: Category;
  status: Status;
  variant: Variant;
  tags: string[];
  changedAt: string;
  steps: number;
  lanes: number;
}
