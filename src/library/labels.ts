// The closed vocabularies the library filters by, in display order.
import type { Category, Status } from '../domain/model/types';

export const CATEGORIES: readonly Category[] = ['ledningsprocess', 'huvudprocess', 'stodprocess'];
export const STATUSES: readonly Status[] = ['utkast', 'remiss', 'faststalld'];
