// "?" lists every shortcut of the editor, and what quick entry understands, in the current
// language.
import { useEffect, useState } from 'react';
import { useLanguage, useT, type MessageKey } from '../platform/i18n/i18n';
import { Dialog } from '../ui/Dialog';
import { KIND_PREFIXES, type QuickEntryKind } from './quickEntry/parseQuickEntry';

const SHORTCUTS: [string, MessageKey][] = [
  ['Alt + →', 'keys.nextSame'],
  ['Alt + ↓', 'keys.nextBelow'],
  ['Alt + ↑', 'keys.nextAbove'],
  ['→ ←', 'keys.followFlow'],
  ['↑ ↓', 'keys.otherLane'],
  ['Enter / F2', 'keys.editLabel'],
  ['Esc', 'keys.cancel'],
  ['Delete', 'keys.delete'],
  ['Ctrl + C / X / V', 'keys.clipboard'],
  ['Ctrl + D', 'keys.duplicate'],
  ['Ctrl + A', 'keys.selectAll'],
  ['Ctrl + Z', 'keys.undo'],
  ['Ctrl + Shift + Z / Ctrl + Y', 'keys.redo'],
  ['Shift + klick', 'keys.multiSelect'],
  ['Shift + dra', 'keys.boxSelect'],
  ['Mellanslag + dra', 'keys.pan'],
  ['Tab', 'keys.tab'],
  ['Egenskaper', 'keys.panelLists'],
  ['?', 'keys.help'],
];

const PREFIX_ROWS: [QuickEntryKind, MessageKey][] = [
  ['need', 'keys.quickEntryNeed'],
  ['wait', 'keys.quickEntryWait'],
  ['outcome', 'keys.quickEntryOutcome'],
];

function QuickEntryHelp() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const rows: [string, MessageKey][] = [
    [t('keys.quickEntryLane'), 'keys.quickEntry'],
    ['…?', 'keys.quickEntryQuestion'],
    ...PREFIX_ROWS.map(
      ([kind, what]) => [`${KIND_PREFIXES[kind][language][0]}: …`, what] as [string, MessageKey],
    ),
  ];
  return (
    <>
      <h3 className="shortcuts-heading">{t('editor.quickEntry')}</h3>
      <table className="shortcuts">
        <tbody>
          {rows.map(([syntax, what]) => (
            <tr key={what}>
              <th scope="row">
                <kbd>{syntax}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('keys.quickEntryHint')}</p>
    </>
  );
}

export function ShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key !== '?' || el?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button className="button" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        {t('keys.button')}
      </button>
      {open && (
        <Dialog open onOpenChange={setOpen} title={t('keys.title')}>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={what}>
                  <th scope="row">
                    <kbd>
                      {keys
                        .replace('klick', t('keys.click'))
                        .replace('dra', t('keys.drag'))
                        .replace('Mellanslag', t('keys.space'))
                        .replace('Egenskaper', t('props.panel'))}
                    </kbd>
                  </th>
                  <td>{t(what)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <QuickEntryHelp />
        </Dialog>
      )}
    </>
  );
}
