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

/** A person's right on a shared process ('admin': by app role only, no entry of their own). */
export type SharedRight = 'owner' | 'editor' | 'reader' | 'admin';

/** A process of the shared library as the server lists it (docs/server-api.md, LibraryItem): the
 * server builds it, the app caches it on the device and shows it — one shape for all three. */
export interface SharedLibraryItem {
  id: string;
  title: string;
  status: string;
  category: string;
  variant: string;
  tags: string[];
  ownerId: string;
  ownerName: string;
  changedAt: string;
  changedByName: string;
  steps: number;
  lanes: number;
  revision: number;
  role: SharedRight;
}
