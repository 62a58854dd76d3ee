// "?" lists every shortcut of the editor, in the current language.
import { useEffect, useState } from 'react';
import { useT, type MessageKey } from '../app/i18n/i18n';
import { Dialog } from '../ui/Dialog';

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
        </Dialog>
      )}
    </>
  );
}
