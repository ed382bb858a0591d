import { Notices } from './Notices';
import { TopBar } from './TopBar';
import { useTestApi } from './useTestApi';
import { Workspace } from './Workspace';

/** The studio shell: top bar, then states browser, canvas and code, inspector. */
export function App() {
  useTestApi();
  return (
    <div className="app">
      <TopBar />
      <Workspace />
      <Notices />
    </div>
  );
}
