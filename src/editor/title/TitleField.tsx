// The process title in the toolbar, shown in full: the field grows with the text up to a
// maximum width and then wraps (a few lines at most, then it scrolls; the tooltip always has
// all of it), so "… – önskat läge" at the end of a long title is never cut off.
import { useT } from '../../platform/i18n/i18n';
import { documentSession } from '../../state/documentSession';
import { useLiveDraft } from '../panels/fields';
import './title.css';

export function TitleField({ title }: { title: string }) {
  const t = useT();
  // An empty title is not committed; leaving the field then puts the title back.
  const field = useLiveDraft(title, (value) => {
    const next = value.trim();
    if (next && next !== title)
      documentSession.apply({ type: 'process.update', patch: { title: next } });
  });
  // The hidden copy of the text (data-value) sizes the box; the textarea fills it.
  return (
    <span className="title-field" data-value={field.draft}>
      <textarea
        className="title-input"
        aria-label={t('process.title')}
        title={title}
        rows={1}
        // One column: the text (the hidden copy), not the textarea's default width, sizes it.
        cols={1}
        value={field.draft}
        maxLength={500}
        {...field.bind}
        // A title is one line: a pasted line break becomes a space.
        onChange={(e) => field.change(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            e.currentTarget.blur();
          }
          if (e.key === 'Escape') field.revert();
        }}
      />
    </span>
  );
}
