// How much of a limit a field uses, shown once it comes near: a field that stops taking
// characters (maxLength) or a list that keeps only the first items says why. The limits are
// the schema's (domain/schema LIMITS), so what the field takes is what a read accepts.
import type { ReactNode } from 'react';
import { useT } from '../../platform/i18n/i18n';
import './LimitHint.css';
import { useSessionStore } from '../../state/sessionStore';

/** From this share of the limit on, the count is shown. */
const NEAR = 0.9;

export function LimitHint({
  used,
  max,
  items = false,
  children,
}: {
  used: number;
  max: number;
  /** A count of list items (always shown, as "högst N"), not of characters. */
  items?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  if (!items && used < max * NEAR) return children ?? null;
  const count = t(items ? 'limits.items' : 'limits.chars', { used, max });
  return (
    <>
      {children}
      {children ? ' · ' : null}
      <span className={used >= max ? 'limit-reached' : undefined}>{count}</span>
    </>
  );
}

/** The hint for a text field: its count near the limit, else nothing (or `children`). */
export function charHint(text: string, max: number, children?: ReactNode): ReactNode {
  if (text.length < max * NEAR) return children;
  return (
    <LimitHint used={text.length} max={max}>
      {children}
    </LimitHint>
  );
}

/** The first `max` items; when there were more, the person is told that the rest were not kept. */
export function keepFirst<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  useSessionStore.getState().showToast({
    key: 'limits.cutItems',
    params: { max, count: items.length },
  });
  return items.slice(0, max);
}

/**
 * The count of a plain input, after its label (so the field's name stays the same) and named
 * by the input's aria-describedby, once near the limit. `floating`: over what follows
 * (a step's label on the canvas, where there is no room below).
 */
export function CharCount({
  text,
  max,
  id,
  floating = false,
}: {
  text: string;
  max: number;
  /** For the input's aria-describedby: the count is read out with the field. */
  id: string;
  floating?: boolean;
}) {
  const t = useT();
  if (text.length < max * NEAR) return <span id={id} hidden />;
  return (
    <small
      id={id}
      className={text.length >= max ? 'hint limit-reached' : 'hint'}
      style={floating ? FLOATING : undefined}
    >
      {t('limits.chars', { used: text.length, max })}
    </small>
  );
}

const FLOATING = {
  position: 'absolute',
  top: '100%',
  left: 0,
  marginTop: 2,
  padding: '0 4px',
  background: 'var(--surface, #fff)',
  borderRadius: 4,
  whiteSpace: 'nowrap',
  zIndex: 1,
} as const;
