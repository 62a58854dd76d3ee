// What the browser's own print (Ctrl+P) puts on paper from the editor: the whole diagram as the
// same SVG the exports use, not the toolbar or the part of the canvas that happens to be in view.
// The SVG is built when printing starts, so the editor pays nothing for it the rest of the time.
import { useEffect, useRef } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { processToSvg } from '../../formats/svg/processSvg';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { svgLabels } from '../export/labels';

export function PrintDiagram() {
  const t = useT();
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const render = () => {
      const doc = documentSession.doc;
      const target = holder.current;
      if (!doc || !target) return;
      const { svg } = processToSvg(doc, useRegisterStore.getState().entries, svgLabels(t));
      // Our own generated SVG with every text escaped: parsed as XML, never as HTML.
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      parsed.removeAttribute('width');
      parsed.removeAttribute('height');
      target.replaceChildren(document.importNode(parsed, true));
    };
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => e.matches && render();
    window.addEventListener('beforeprint', render);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', render);
      media.removeEventListener('change', onMedia);
    };
  }, [t]);

  return <div ref={holder} className="print-diagram" aria-hidden="true" />;
}
