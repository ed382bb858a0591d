import { useEffect } from 'react';
import { useStudio } from '../store';

const NOTICE_MS = 5000;

/** Short messages in the corner: refused edits, saved files, broken links. */
export function Notices() {
  const notices = useStudio((s) => s.notices);
  const dismiss = useStudio((s) => s.dismiss);
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => dismiss(notices[0].id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          <span>{n.message}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
