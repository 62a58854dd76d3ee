// How a table's outcome is said: the failure with its limit, and one notice that lists what was
// guessed, skipped or cut (the importers' "förenklades" list), in the language of the moment.
import type { MessageKey, Translate } from '../../platform/i18n/i18n';
import type { Message } from '../../state/sessionStore';
import type { Failed, TableNotice } from '../../formats/table/importTable';
import { MAX_TABLE_BYTES } from '../../formats/table/decode';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../../formats/table/parseTable';
import { LIMITS } from '../../domain/schema/limits';

const MAX: Partial<Record<Failed['error'], number>> = {
  tooLarge: MAX_TABLE_BYTES / 1024 / 1024,
  tooManyRows: MAX_TABLE_ROWS,
  tooManyColumns: MAX_TABLE_COLUMNS,
  cellTooLong: MAX_CELL_CHARS,
  processFull: LIMITS.steps,
};

export function tableErrorMessage(failure: Failed): Message {
  return {
    key: `table.error.${failure.error}`,
    params: { row: failure.row ?? '', max: MAX[failure.error] ?? '' },
  };
}

/** At most a few of a list, so the notice stays a sentence. */
const few = (list: readonly string[]) =>
  list.slice(0, 5).join(', ') + (list.length > 5 ? ` … (${list.length})` : '');

export function noticeDetails(notice: TableNotice, t: Translate): string {
  const roles = notice.roles
    .map((r, i) => (r === 'ignore' ? '' : `${i + 1} ${t(`table.role.${r}` as MessageKey)}`))
    .filter(Boolean)
    .join(', ');
  const parts: string[] = [
    t(notice.guessed ? 'table.detail.guessed' : 'table.detail.recognised', { roles }),
  ];
  const add = (when: unknown, key: MessageKey, params: Record<string, string | number>) => {
    if (when) parts.push(t(key, params));
  };
  add(notice.unknownHeaders.length, 'table.detail.unknownHeaders', {
    list: few(notice.unknownHeaders),
  });
  add(notice.emptyRows, 'table.detail.emptyRows', { count: notice.emptyRows });
  add(notice.badTimes.length, 'table.detail.badTimes', { list: few(notice.badTimes) });
  add(notice.guessedUnits, 'table.detail.guessedUnits', { count: notice.guessedUnits });
  add(notice.unknownKinds.length, 'table.detail.unknownKinds', {
    list: few([...new Set(notice.unknownKinds)]),
  });
  add(notice.unresolved.length, 'table.detail.unresolved', { list: few(notice.unresolved) });
  add(notice.addedLanes.length, 'table.detail.addedLanes', { list: few(notice.addedLanes) });
  add(notice.newUnits.length, 'table.detail.newUnits', { list: few(notice.newUnits) });
  add(notice.cutLabels, 'table.detail.cut', { count: notice.cutLabels, max: LIMITS.label });
  const encoding = notice.encoding;
  add(encoding && encoding !== 'utf-8', 'table.detail.encoding', { encoding: encoding ?? '' });
  return parts.join(' ');
}

/** Whether the notice says something to check (a guess, a skipped cell, a new unit that may be a
 * typo): then it stays until closed instead of vanishing after a few seconds. */
export function noticeNeedsReading(notice: TableNotice): boolean {
  return (
    notice.guessed ||
    notice.unknownHeaders.length > 0 ||
    notice.badTimes.length > 0 ||
    notice.guessedUnits > 0 ||
    notice.unknownKinds.length > 0 ||
    notice.unresolved.length > 0 ||
    notice.newUnits.length > 0 ||
    notice.cutLabels > 0
  );
}
