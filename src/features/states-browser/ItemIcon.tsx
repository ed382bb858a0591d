import { SERVICES, type CatalogItem } from '../../catalog';
import { STATE_STYLE } from '../canvas/stateStyles';

/** A small coloured badge: the service's initials for actions, the state's glyph for flow, a block for patterns. */
export function ItemIcon({ item }: { item: CatalogItem }) {
  if (item.tab === 'actions') {
    const service = SERVICES[item.service];
    return (
      <span className="browser-icon browser-icon--service" style={{ '--icon-color': service?.color ?? '#5A6B86' } as React.CSSProperties} aria-hidden>
        {service?.badge ?? '?'}
      </span>
    );
  }
  if (item.tab === 'flow') {
    const style = STATE_STYLE[item.stateType];
    return (
      <span className="browser-icon" style={{ '--icon-color': style.color } as React.CSSProperties} aria-hidden>
        {style.glyph}
      </span>
    );
  }
  return (
    <span className="browser-icon browser-icon--pattern" aria-hidden>
      <svg viewBox="0 0 16 16" width="14" height="14">
        <rect x="1.5" y="1.5" width="5" height="4" rx="1" />
        <rect x="9.5" y="10.5" width="5" height="4" rx="1" />
        <rect x="1.5" y="10.5" width="5" height="4" rx="1" />
        <path d="M4 5.5v5M6.5 12.5h3" />
      </svg>
    </span>
  );
}
