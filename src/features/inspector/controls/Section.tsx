import { useId, useState, type ReactNode } from 'react';

export interface SectionProps {
  title: string;
  /** A count or short status beside the title. */
  badge?: ReactNode;
  actions?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A collapsible group of fields, like Workflow Studio's expandable sections. */
export function Section({ title, badge, actions, defaultOpen = true, children }: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section className={`section${open ? ' is-open' : ''}`}>
      <div className="section__header">
        <button type="button" className="section__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span className="section__chevron" aria-hidden>▸</span>
          <span className="section__title">{title}</span>
          {badge !== undefined && <span className="section__badge">{badge}</span>}
        </button>
        {actions && <div className="section__actions">{actions}</div>}
      </div>
      {open && (
        <div className="section__body" id={id}>
          {children}
        </div>
      )}
    </section>
  );
}
