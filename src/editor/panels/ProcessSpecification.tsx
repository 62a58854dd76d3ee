// The process specification (processbeskrivning) beside the diagram, shown when nothing is
// selected: purpose, customer, need, outcome, owner, status, tags, variant.
import { useT } from '../../app/i18n/i18n';
import { comparePath, navigate, processPath } from '../../app/router';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import type { Category, Process, Status, Variant } from '../../domain/model/types';
import type { SpecificationPatch } from '../../domain/operations/types';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { SelectField, TextField } from './fields';

const CATEGORIES: Category[] = ['ledningsprocess', 'huvudprocess', 'stodprocess'];
const STATUSES: Status[] = ['utkast', 'remiss', 'faststalld'];
const VARIANTS: Variant[] = ['nulage', 'onskat'];

export function ProcessSpecification({ doc }: { doc: Process }) {
  const t = useT();
  const entries = useRegisterStore((s) => s.entries);
  const customers = entries.filter((e) => e.kind === 'kundgrupp');
  const update = (patch: SpecificationPatch) =>
    useDocumentStore.getState().apply({ type: 'process.update', patch });
  const toggleCustomer = (id: string, on: boolean) =>
    update({
      customerGroupIds: on
        ? [...doc.customerGroupIds, id]
        : doc.customerGroupIds.filter((c) => c !== id),
    });
  const createToBe = async () => {
    const id = await services().createToBe(doc.id, t('compare.toBeTitle', { title: doc.title }));
    if (!id) return;
    useSessionStore.getState().showToast({ key: 'compare.created' });
    navigate(processPath(id));
  };
  return (
    <div className="panel-body">
      <h2 className="panel-title">{t('spec.heading')}</h2>
      <SelectField<Category>
        label={t('process.category')}
        value={doc.category}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        onChange={(category) => update({ category })}
      />
      <SelectField<Status>
        label={t('process.status')}
        value={doc.status}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(status) => update({ status })}
      />
      <SelectField<Variant>
        label={t('spec.variant')}
        value={doc.variant}
        options={VARIANTS.map((v) => ({ value: v, label: t(`variant.${v}`) }))}
        onChange={(variant) => update({ variant })}
      />
      {doc.variant === 'nulage' && (
        <button className="button wide-button" onClick={() => void createToBe()}>
          {t('compare.createToBe')}
        </button>
      )}
      {doc.asIsId && (
        <button className="button wide-button" onClick={() => navigate(comparePath(doc.id))}>
          {t('compare.open')}
        </button>
      )}
      <TextField
        label={t('spec.purpose')}
        value={doc.purpose}
        multiline
        maxLength={20_000}
        onCommit={(purpose) => update({ purpose })}
      />
      <fieldset className="field checks">
        <legend>{t('spec.customerGroups')}</legend>
        {customers.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={doc.customerGroupIds.includes(c.id)}
              onChange={(e) => toggleCustomer(c.id, e.target.checked)}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('spec.need')}
        value={doc.need}
        multiline
        maxLength={20_000}
        onCommit={(need) => update({ need })}
      />
      <TextField
        label={t('spec.outcome')}
        value={doc.outcome}
        multiline
        maxLength={20_000}
        onCommit={(outcome) => update({ outcome })}
      />
      <TextField
        label={t('spec.owner')}
        value={doc.owner}
        onCommit={(owner) => update({ owner: owner.trim() })}
      />
      <TextField
        label={t('spec.objectsIn')}
        value={doc.objectsIn.join(', ')}
        hint={t('props.commaHint')}
        onCommit={(text) => update({ objectsIn: commaList(text, 500, 100) })}
      />
      <TextField
        label={t('spec.objectsOut')}
        value={doc.objectsOut.join(', ')}
        hint={t('props.commaHint')}
        onCommit={(text) => update({ objectsOut: commaList(text, 500, 100) })}
      />
      <TextField
        label={t('spec.measures')}
        value={doc.measures.map((m) => (m.target ? `${m.name}: ${m.target}` : m.name)).join('\n')}
        hint={t('spec.measuresHint')}
        multiline
        maxLength={20_000}
        onCommit={(text) => update({ measures: parseMeasures(text) })}
      />
      <TextField
        label={t('spec.actions')}
        value={doc.actions}
        multiline
        maxLength={20_000}
        onCommit={(actions) => update({ actions })}
      />
      <TextField
        label={t('spec.version')}
        value={doc.version}
        maxLength={40}
        onCommit={(version) => update({ version: version.trim() })}
      />
      <TextField
        label={t('spec.tags')}
        value={doc.tags.join(', ')}
        hint={t('props.commaHint')}
        onCommit={(text) => update({ tags: commaList(text, 60, 50) })}
      />
    </div>
  );
}

function commaList(text: string, maxLength: number, maxItems: number): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim().slice(0, maxLength))
        .filter(Boolean),
    ),
  ].slice(0, maxItems);
}

/** "Ledtid: högst 4 veckor" per line → { name, target }. */
function parseMeasures(text: string): Process['measures'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map((line) => {
      const at = line.indexOf(':');
      const name = (at > 0 ? line.slice(0, at) : line).trim().slice(0, 500);
      const target = (at > 0 ? line.slice(at + 1) : '').trim().slice(0, 500);
      return { name, target };
    });
}
