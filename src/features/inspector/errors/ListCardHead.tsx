import { Icon } from '../controls/icons';

interface ListCardHeadProps {
  title: string;
  index: number;
  count: number;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

/** The head of one entry of an ordered list (a retrier, a catcher): its title, move up/down, delete. */
export function ListCardHead({ title, index, count, onMove, onDelete }: ListCardHeadProps) {
  return (
    <div className="card__head">
      <span className="card__title">{title}</span>
      <div className="card__actions">
        <button type="button" className="icon-button" aria-label={`Move ${title} up`} disabled={index === 0} onClick={() => onMove(-1)}><Icon name="up" /></button>
        <button type="button" className="icon-button" aria-label={`Move ${title} down`} disabled={index === count - 1} onClick={() => onMove(1)}><Icon name="down" /></button>
        <button type="button" className="icon-button icon-button--danger" aria-label={`Delete ${title}`} onClick={onDelete}><Icon name="trash" /></button>
      </div>
    </div>
  );
}
