import { lazy, Suspense } from 'react';
import { FileDropOverlay } from '../features/io/FileDropOverlay';
import { usePasteImport } from '../features/io/usePasteImport';
import { useShareLinks } from '../features/io/useShareLinks';
import { useStudio } from '../store';
import { Notices } from './Notices';
import { StorageBanner } from './StorageBanner';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';
import { useTestApi } from './useTestApi';
import { useThemeAttribute } from './useThemeAttribute';
import { useWorkspaceBoot } from './useWorkspaceBoot';
import { Workspace } from './Workspace';
import './shell.css';

const GalleryDialog = lazy(() => import('../features/gallery/GalleryDialog'));

/** The studio shell: top bar, then states browser, canvas and code, inspector. */
export function App() {
  useThemeAttribute();
  // Nothing renders (and window.__studio does not exist) until the saved workspace is back, so no
  // edit can land on the default sample and then be replaced by the restore.
  const ready = useWorkspaceBoot();
  return ready ? <Studio /> : <div className="app app--loading" aria-busy="true" />;
}

function Studio() {
  useTestApi();
  useShortcuts();
  useShareLinks();
  usePasteImport();
  const galleryOpen = useStudio((s) => s.galleryOpen);
  return (
    <div className="app">
      <TopBar />
      <StorageBanner />
      <Workspace />
      <Notices />
      <FileDropOverlay />
      {galleryOpen && (
        <Suspense fallback={null}>
          <GalleryDialog />
        </Suspense>
      )}
    </div>
  );
}
