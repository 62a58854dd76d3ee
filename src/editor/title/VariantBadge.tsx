// Which version of the flow is open, as-is or to-be, as a badge beside the title: the two look
// alike on the canvas, and the title alone does not always say.
import { useT } from '../../platform/i18n/i18n';
import type { Variant } from '../../domain/model/types';
import './title.css';

export function VariantBadge({ variant }: { variant: Variant }) {
  const t = useT();
  return (
    <span className={`variant-badge variant-${variant}`}>
      <span className="visually-hidden">{t('spec.variant')}: </span>
      {t(`variant.${variant}`)}
    </span>
  );
}
