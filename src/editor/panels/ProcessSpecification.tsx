// The process specification (processbeskrivning) beside the diagram, shown when nothing is
// selected: purpose, customer, need, outcome, owner, status, tags, variant.
import { useT } from '../../platform/i18n/i18n';
import { comparePath, navigate, processPath } from '../../platform/router';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import type { Category, Process, Status, Variant } from '../../domain/model/types';
import type { Operation, SpecificationPatch } from '../../domain/operations/types';
import { itemListOps, itemTexts, measureListOps, setOps } from '../../domain/commands/lists';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { cutText } from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import { SelectField, TextField } from './fields';
import { charHint, keepFirst, LimitHint } from './LimitHint';

const CATEGORIES: Category[] = ['ledningsprocess', 'huvudprocess', 'stodprocess'];
const STATUSES: Status[] = ['utkast', 'remiss', 'faststalld'];
const VARIANTS: Variant[] = ['nulage', 'onskat'];

export function ProcessSpecification({ doc }: { doc: Process }) {
  const t = useT();
  const listHint = (used: number, max: number) => (
    <LimitHint used={used} max={max} items>
      {t('props.commaHint')}
    </LimitHint>
  );
  const entries = useRegisterStore((s) => s.entries);
  const customers = entries.filter((e) => e.kind === 'kundgrupp');
  const update = (patch: SpecificationPatch) =>
    documentSession.apply({ type: 'process.update', patch });
  const toggleCustomer = (value: string, on: boolean) =>
    documentSession.apply({ type: on ? 'set.add' : 'set.remove', set: 'customerGroupIds', value });
  // A list field's commit is built from the document as it is when it commits (not as this
  // render saw it), entry by entry, so an entry another tab added meanwhile stays.
  const applyOps = (ops: (current: Process) => Operation[]) => {
    const current = documentSession.doc;
    if (current) documentSession.apply(ops(current));
  };
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
        maxLength={LIMITS.text}
        hint={charHint(doc.purpose, LIMITS.text)}
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
        maxLength={LIMITS.text}
        hint={charHint(doc.need, LIMITS.text)}
        onCommit={(need) => update({ need })}
      />
      <TextField
        label={t('spec.outcome')}
        value={doc.outcome}
        multiline
        maxLength={LIMITS.text}
        hint={charHint(doc.outcome, LIMITS.text)}
        onCommit={(outcome) => update({ outcome })}
      />
      <TextField
        label={t('spec.owner')}
        value={doc.owner}
        maxLength={LIMITS.label}
        hint={charHint(doc.owner, LIMITS.label)}
        onCommit={(owner) => update({ owner: owner.trim() })}
      />
      <TextField
        label={t('spec.objectsIn')}
        value={itemTexts(doc.objectsIn).join(', ')}
        maxLength={LIMITS.text}
        hint={listHint(doc.objectsIn.length, LIMITS.objects)}
        onCommit={(text) =>
          applyOps((d) =>
            itemListOps(d, 'objectsIn', commaList(text, LIMITS.label, LIMITS.objects)),
          )
        }
      />
      <TextField
        label={t('spec.objectsOut')}
        value={itemTexts(doc.objectsOut).join(', ')}
        maxLength={LIMITS.text}
        hint={listHint(doc.objectsOut.length, LIMITS.objects)}
        onCommit={(text) =>
          applyOps((d) =>
            itemListOps(d, 'objectsOut', commaList(text, LIMITS.label, LIMITS.objects)),
          )
        }
      />
      <TextField
        label={t('spec.measures')}
        value={doc.measures.map((m) => (m.target ? `${m.name}: ${m.target}` : m.name)).join('\n')}
        hint={
          <LimitHint used={doc.measures.length} max={LIMITS.measures} items>
            {t('spec.measuresHint')}
          </LimitHint>
        }
        multiline
        maxLength={LIMITS.text}
        onCommit={(text) => applyOps((d) => measureListOps(d, parseMeasures(text)))}
      />
      <TextField
        label={t('spec.actions')}
        value={doc.actions}
        multiline
        maxLength={LIMITS.text}
        hint={charHint(doc.actions, LIMITS.text)}
        onCommit={(actions) => update({ actions })}
      />
      <TextField
        label={t('spec.version')}
        value={doc.version}
        maxLength={LIMITS.version}
        hint={charHint(doc.version, LIMITS.version)}
        onCommit={(version) => update({ version: version.trim() })}
      />
      <TextField
        label={t('spec.tags')}
        value={doc.tags.join(', ')}
        maxLength={LIMITS.text}
        hint={
          <LimitHint used={doc.tags.length} max={LIMITS.tags} items>
            {t('limits.tagsHint', { max: LIMITS.tag })}
          </LimitHint>
        }
        onCommit={(text) =>
          applyOps((d) => setOps(d, 'tags', commaList(text, LIMITS.tag, LIMITS.tags)))
        }
      />
    </div>
  );
}

function commaList(text: string, maxLength: number, maxItems: number): string[] {
  const items = [
    ...new Set(
      text
        .split(',')
        .map((s) => cutText(s.trim(), maxLength))
        .filter(Boolean),
    ),
  ];
  return keepFirst(items, maxItems);
}

/** "Ledtid: högst 4 veckor" per line → { name, target }. */
function parseMeasures(text: string): { name: string; target: string }[] {
  const measures = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      const name = cutText((at > 0 ? line.slice(0, at) : line).trim(), LIMITS.label);
      const target = cutText((at > 0 ? line.slice(at + 1) : '').trim(), LIMITS.label);
      return { name, target };
    });
  return keepFirst(measures, LIMITS.measures);
}
