// "Från mall": the method template and the worked examples, each with a line on what it is.
import { useState, type FormEvent } from 'react';
import { useT } from '../platform/i18n/i18n';
import { TEMPLATES, type Template } from '../domain/templates/templates';
import { Dialog, DialogClose } from '../ui/Dialog';

interface Props {
  onCancel(): void;
  onCreate(template: Template): void;
}

export function TemplateDialog({ onCancel, onCreate }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState(TEMPLATES[0]!.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const template = TEMPLATES.find((x) => x.id === chosen);
    if (template) onCreate(template);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={t('templates.title')}
      description={t('templates.help')}
    >
      <form className="form" onSubmit={submit}>
        <fieldset className="template-list">
          <legend>{t('templates.choose')}</legend>
          {TEMPLATES.map((template) => (
            <label key={template.id} className="template-option">
              <input
                type="radio"
                name="template"
                checked={chosen === template.id}
                onChange={() => setChosen(template.id)}
              />
              <span>
                <strong>{template.head.title}</strong>
                <span className="hint">{template.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <DialogClose className="button">{t('common.cancel')}</DialogClose>
          <button type="submit" className="button primary">
            {t('templates.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
