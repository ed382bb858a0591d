import './gallery.css';
import { Dialog } from '../../app/Dialog';
import { guardLargeDocument } from '../../app/largeDocument';
import { samples, type Sample } from '../../samples';
import { useStudio } from '../../store';
import { SamplePreview } from './SamplePreview';

function openSample(sample: Sample) {
  guardLargeDocument(sample.text);
  const s = useStudio.getState();
  s.createWorkflow({ name: sample.title, text: sample.text });
  s.setGalleryOpen(false);
  s.notify('success', `Opened the “${sample.title}” sample as a new workflow.`);
}

/** The samples gallery: a card per sample, each opening as a new workflow. */
export default function GalleryDialog() {
  const setOpen = useStudio((s) => s.setGalleryOpen);
  return (
    <Dialog title="Samples" onClose={() => setOpen(false)} className="gallery">
      <p className="gallery__intro">Start from a working example. Each opens as a new workflow; your current one stays as it is.</p>
      <ul className="gallery__grid">
        {samples.map((sample) => (
          <li key={sample.id}>
            <button type="button" className="gallery-card" onClick={() => openSample(sample)} aria-label={`Open sample ${sample.title}`}>
              <span className="gallery-card__preview">
                <SamplePreview text={sample.text} />
              </span>
              <span className="gallery-card__title">{sample.title}</span>
              <span className="gallery-card__description">{sample.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
