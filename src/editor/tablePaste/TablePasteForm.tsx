// The form of "Klistra in tabell": rows from a spreadsheet pasted into a text field, shown as
// they will be read, with a column role per column (recognised from the header or guessed,
// changeable) and whether the first row is headings. Adding goes the same way as a paste into
// the editor.
import { useMemo, useState } from 'react';
import { useT, type MessageKey } from '../../platform/i18n/i18n';
import { DialogClose } from '../../ui/Dialog';
import {
  COLUMN_ROLES,
  chooseMapping,
  type ColumnRole,
  type TableMapping,
} from '../../formats/table/columns';
import { readTable } from '../../formats/table/importTable';
import { readRows } from '../../formats/table/readRows';
import type { Message } from '../../state/sessionStore';
import { pasteTable } from './pasteTable';
import { tableErrorMessage } from './tableMessages';

const PREVIEW_ROWS = 8;

interface Choice {
  roles: ColumnRole[];
  headerRow: boolean;
}

export default function TablePasteForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const [text, setText] = useState('');
  // What the person chose; null until they choose, so a new paste is recognised afresh.
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const table = useMemo(() => (text.trim() ? readTable(text) : null), [text]);
  const mapping = useMemo(
    (): TableMapping | null => (table?.ok ? chooseMapping(table.mapping, choice) : null),
    [table, choice],
  );
  const read = useMemo(
    () => (table?.ok && mapping ? readRows(table.rows, mapping) : null),
    [table, mapping],
  );
  const count = read?.ok ? read.rows.length : 0;
  const shown =
    table && !table.ok
      ? tableErrorMessage(table)
      : read && !read.ok
        ? tableErrorMessage(read)
        : error;

  const choose = (next: Partial<Choice>) => {
    if (!mapping) return;
    setChoice({ roles: mapping.roles, headerRow: mapping.headerRow, ...next });
    setError(null);
  };

  const submit = async () => {
    if (!mapping || busy) return;
    setBusy(true);
    const failed = await pasteTable(text, mapping);
    setBusy(false);
    if (failed) setError(failed);
    else onDone();
  };

  const rows = table && table.ok ? table.rows : [];
  const width = mapping?.roles.length ?? 0;
  const body = rows.slice(mapping?.headerRow ? 1 : 0);
  return (
    <form
      className="form table-paste"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('table.textLabel')}</span>
        <textarea
          className="table-paste-text"
          rows={6}
          autoFocus
          spellCheck={false}
          wrap="off"
          placeholder={t('table.textPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChoice(null);
            setError(null);
          }}
        />
      </label>
      {mapping && (
        <>
          <label className="checks table-paste-header">
            <input
              type="checkbox"
              checked={mapping.headerRow}
              onChange={(e) => choose({ headerRow: e.target.checked })}
            />
            {t('table.headerRow')}
          </label>
          <div
            className="table-paste-preview"
            role="region"
            aria-label={t('table.preview')}
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">{t('table.preview')}</caption>
              <thead>
                <tr>
                  {mapping.roles.map((role, i) => (
                    <th key={i} scope="col">
                      <select
                        aria-label={t('table.columnRole', { number: i + 1 })}
                        value={role}
                        onChange={(e) => {
                          const roles = [...mapping.roles];
                          roles[i] = e.target.value as ColumnRole;
                          choose({ roles });
                        }}
                      >
                        {COLUMN_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`table.role.${r}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                      {mapping.headerRow && (
                        <span className="table-paste-heading">{rows[0]?.[i]}</span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {body.slice(0, PREVIEW_ROWS).map((row, r) => (
                  <tr key={r}>
                    {Array.from({ length: width }, (_, i) => (
                      <td key={i} className={mapping.roles[i] === 'ignore' ? 'ignored' : undefined}>
                        {row[i] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {body.length > PREVIEW_ROWS && (
              <p className="hint">
                {t('table.previewMore', { count: body.length - PREVIEW_ROWS })}
              </p>
            )}
          </div>
        </>
      )}
      {shown && (
        <p role="alert" className="table-paste-error">
          {t(shown.key as MessageKey, shown.params)}
        </p>
      )}
      <div className="dialog-actions">
        <DialogClose asChild>
          <button type="button" className="button">
            {t('common.cancel')}
          </button>
        </DialogClose>
        <button
          type="submit"
          className="button primary"
          disabled={count === 0 || busy}
          aria-busy={busy}
        >
          {t('table.insert', { count })}
        </button>
      </div>
    </form>
  );
}
