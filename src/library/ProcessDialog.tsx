// The dialog that names a new process or renames one.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../platform/i18n/i18n';
import type { Category } from '../domain/model/types';
import { LIMITS } from '../domain/schema/limits';
import { CharCount } from '../editor/panels/LimitHint';
import { Dialog } from '../ui/Dialog';
import { CATEGORIES } from './labels';

interface ProcessDialogProps {
  mode: 'create' | 'rename';
  initialTitle?: string;
  onCancel(): void;
  onSubmit(title: string, category: Category): void;
}

export function ProcessDialog({ mode, initialTitle = '', onCancel, onSubmit }: ProcessDialogProps) {
  const t = useT();
  const [title, setTitle] = useState(initialTitle);
  const countId = useId();
  const [category, setCategory] = useState<Category>('huvudprocess');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim()) onSubmit(title.trim(), category);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={mode === 'create' ? t('library.newTitle') : t('library.renameTitle')}
    >
      <form onSubmit={submit} className="form">
        <label className="field">
          <span>{t('process.title')}</span>
          <input
            autoFocus
            required
            maxLength={LIMITS.label}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={countId}
          />
        </label>
        <CharCount id={countId} text={title} max={LIMITS.label} />
        {mode === 'create' && (
          <label className="field">
            <span>{t('process.category')}</span>
            <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!title.trim()}>
            {mode === 'create' ? t('common.create') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
