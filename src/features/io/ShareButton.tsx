import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import { Icon } from '../../app/Icon';
import { useStudio } from '../../store';
import { copyText } from './clipboard';

type Shared = { link: string; copied: boolean } | { error: string };

/** Makes a link that carries the whole definition in its hash, copies it and shows it. */
export function ShareButton() {
  const [shared, setShared] = useState<Shared | null>(null);
  const share = async () => {
    const { makeShareLink, MAX_LINK_CHARS } = await import('./share');
    const s = useStudio.getState();
    const name = s.workflows.find((w) => w.id === s.activeId)?.name ?? 'Shared workflow';
    const link = makeShareLink(window.location.href, s.text, name);
    if (link.length > MAX_LINK_CHARS) {
      setShared({ error: `This workflow is too large for a link (${Math.round(link.length / 1000).toLocaleString('en-US')} kB compressed): export it as a file instead.` });
      return;
    }
    setShared({ link, copied: await copyText(link) });
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void share()} title="Copy a link that opens this workflow anywhere, no server involved">
        <Icon name="share" /> Share
      </button>
      {shared && (
        <Dialog title="Share this workflow" onClose={() => setShared(null)} className="share-dialog">
          {'error' in shared ? (
            <p className="share-dialog__error">{shared.error}</p>
          ) : (
            <>
              <p>Anyone who opens this link gets a copy of the workflow as it is now. The definition travels inside the link: nothing is uploaded.</p>
              <div className="share-dialog__row">
                <input className="share-dialog__link" readOnly value={shared.link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void copyText(shared.link).then((copied) => setShared({ link: shared.link, copied }))}
                >
                  <Icon name="copy" /> Copy link
                </button>
              </div>
              <p className="share-dialog__status" role="status">{shared.copied ? 'Link copied to the clipboard.' : ''}</p>
            </>
          )}
        </Dialog>
      )}
    </>
  );
}
