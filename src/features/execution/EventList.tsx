import { useLayoutEffect, useRef, useState } from 'react';
import { useStudio } from '../../store';
import { elapsed } from './formatElapsed';

const ROW = 24;
const OVERSCAN = 8;

function tone(type: string): string {
  if (type.endsWith('Failed') || type.endsWith('TimedOut') || type.endsWith('Aborted')) return 'bad';
  if (type.endsWith('Succeeded')) return 'good';
  return '';
}

/**
 * The run's history events (type, state, time since the start). Only the rows in view are drawn,
 * so a 25,000-event run scrolls as lightly as a ten-event one; it follows the newest event while
 * scrolled to the bottom.
 */
export function EventList() {
  const run = useStudio((s) => s.run);
  const count = useStudio((s) => s.run?.eventCount ?? 0);
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 240 });
  const follow = useRef(true);

  useLayoutEffect(() => {
    const el = box.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  const events = run?.events ?? [];
  const start = events.length > 0 ? Date.parse(events[0].timestamp) : 0;
  const first = Math.max(0, Math.floor(view.top / ROW) - OVERSCAN);
  const last = Math.min(count, Math.ceil((view.top + view.height) / ROW) + OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const e = events[i];
    // Execution-level events belong to no state, whatever came before them.
    const state = e.type.startsWith('Execution') ? null : run?.tracker.stateOf(e.id);
    rows.push(
      <div key={e.id} role="row" className={`run-event run-event--${tone(e.type)}`} style={{ top: i * ROW }} aria-rowindex={i + 2}>
        <span role="cell" className="run-event__id">{e.id}</span>
        <span role="cell" className="run-event__type">{e.type}</span>
        <span role="cell" className="run-event__state">{state ?? ''}</span>
        <span role="cell" className="run-event__time">{elapsed(e, start)}</span>
      </div>,
    );
  }
  return (
    <section className="run-column run-events" aria-label="Execution events">
      <h3 className="run-column__title">
        Events <span className="run-column__hint">{count.toLocaleString('en-US')}</span>
      </h3>
      <div className="run-events__table" role="table" aria-label="Events" aria-rowcount={count + 1}>
        <div role="row" className="run-event run-event--head" aria-rowindex={1}>
          <span role="columnheader">#</span>
          <span role="columnheader">Type</span>
          <span role="columnheader">State</span>
          <span role="columnheader">Time</span>
        </div>
        <div
          ref={box}
          className="run-events__scroll"
          tabIndex={0}
          aria-label="Event rows"
          onScroll={(e) => {
            const el = e.currentTarget;
            follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW;
            setView({ top: el.scrollTop, height: el.clientHeight });
          }}
        >
          <div className="run-events__spacer" style={{ height: count * ROW }}>
            {rows}
          </div>
        </div>
      </div>
    </section>
  );
}
