// "Här nu": the other people in a shared process, each in their colour, with "Följ" to let my
// view follow theirs. Nothing is shown when nobody else is here (a local process).
import { useEffect, useId } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { Menu } from '../../ui/Menu';
import { useFollow } from './follow';
import { initials, textOn } from './look';
import { CHIPS_SHOWN, splitRoster } from './overflow';
import { roster, sameRoster, usePeersSlice } from './slices';
import './presence.css';

/** `side`: in workshop mode's side column, above the parking lot (names wrap onto lines). */
export function HereNow({ side = false }: { side?: boolean }) {
  const t = useT();
  const labelId = useId();
  const people = usePeersSlice(roster, sameRoster);
  const following = useFollow((s) => s.following);
  const dispatch = useFollow((s) => s.dispatch);
  useEffect(() => {
    dispatch({ type: 'peers', clientIds: people.map((p) => p.clientId) });
  }, [people, dispatch]);
  if (people.length === 0) return null;
  // Above a handful of people the chips show initials only, so the toolbar keeps its room; the
  // side column lists everyone with names (it wraps).
  const compact = !side && people.length > CHIPS_SHOWN;
  const { shown, rest } = side ? { shown: people, rest: [] } : splitRoster(people, following);
  const followed = people.find((p) => p.clientId === following);
  return (
    <div className={side ? 'here-now side' : 'here-now'}>
      <span className="here-now-label" id={labelId}>
        {t('presence.hereNow')}
      </span>
      <ul className={compact ? 'here-now-list compact' : 'here-now-list'} aria-labelledby={labelId}>
        {shown.map((p) => {
          const pressed = p.clientId === following;
          return (
            <li key={p.clientId} className="here-now-person">
              {/* The name is the item's text; the initials are its picture. */}
              <span
                className="presence-chip"
                style={{ background: p.color, color: textOn(p.color) }}
                title={p.name}
                aria-hidden="true"
              >
                {initials(p.name)}
              </span>
              <span className={compact ? 'visually-hidden' : 'here-now-name'}>{p.name}</span>
              <button
                type="button"
                className="button ghost small here-now-follow"
                aria-pressed={pressed}
                aria-label={t('presence.followName', { name: p.name })}
                title={t('presence.followName', { name: p.name })}
                onClick={() => dispatch({ type: 'toggle', clientId: p.clientId })}
              >
                {t('presence.follow')}
              </button>
            </li>
          );
        })}
      </ul>
      {rest.length > 0 && (
        <Menu
          className="button ghost small here-now-more"
          label={t('presence.more', { count: rest.length })}
          trigger={`+${rest.length}`}
          items={rest.map((p) => ({
            label: t(p.clientId === following ? 'presence.unfollowName' : 'presence.followName', {
              name: p.name,
            }),
            onSelect: () => dispatch({ type: 'toggle', clientId: p.clientId }),
          }))}
        />
      )}
      {followed && (
        <span className={compact ? 'visually-hidden' : 'here-now-following'} role="status">
          {t('presence.following', { name: followed.name })}
        </span>
      )}
    </div>
  );
}
