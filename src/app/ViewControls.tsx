import { useStudio } from '../store';
import { Icon } from './Icon';

/** Show/hide the side panels and switch between the light and dark themes. */
export function ViewControls() {
  const mode = useStudio((s) => s.mode);
  const browserOpen = useStudio((s) => s.browserOpen);
  const inspectorOpen = useStudio((s) => s.inspectorOpen);
  const togglePanel = useStudio((s) => s.togglePanel);
  const theme = useStudio((s) => s.theme);
  const setTheme = useStudio((s) => s.setTheme);
  const dark = theme === 'dark';
  return (
    <div className="top-bar__view">
      <button
        type="button"
        className="icon-button"
        aria-label="Toggle states browser"
        aria-pressed={browserOpen}
        disabled={mode === 'code'}
        title={browserOpen ? 'Hide the states browser' : 'Show the states browser'}
        onClick={() => togglePanel('browser')}
      >
        <Icon name="panelLeft" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Toggle inspector"
        aria-pressed={inspectorOpen}
        title={inspectorOpen ? 'Hide the inspector' : 'Show the inspector'}
        onClick={() => togglePanel('inspector')}
      >
        <Icon name="panelRight" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Dark theme"
        aria-pressed={dark}
        title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
        onClick={() => setTheme(dark ? 'light' : 'dark')}
      >
        <Icon name={dark ? 'sun' : 'moon'} />
      </button>
    </div>
  );
}
