// "Städa upp", which says so while it works: the layout of a big flow takes seconds in the
// worker. aria-disabled rather than disabled, so focus stays on the button meanwhile; the
// polite toast says when it is done.
import { useT } from '../../platform/i18n/i18n';
import { useTidyBusy } from './tidyBusy';
import { tidyUp } from './tidyUp';
import './TidyButton.css';

export function TidyButton() {
  const t = useT();
  const busy = useTidyBusy((s) => s.busy);
  return (
    <button
      className="button tidy-button"
      aria-busy={busy}
      aria-disabled={busy}
      onClick={() => void tidyUp()}
    >
      {busy && <span className="tidy-spinner" aria-hidden="true" />}
      {t(busy ? 'layout.tidying' : 'layout.tidyUp')}
    </button>
  );
}
