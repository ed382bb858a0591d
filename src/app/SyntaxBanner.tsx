import { useStudio } from '../store';
import { jumpToText } from './editorBridge';
import './syntaxBanner.css';

/**
 * Says where the text is broken while it does not parse. The canvas keeps the last valid graph
 * meanwhile, so the banner also says that what is drawn is not what is written.
 */
export function SyntaxBanner() {
  const errors = useStudio((s) => s.syntaxErrors);
  const hasGraph = useStudio((s) => s.definition !== undefined);
  const format = useStudio((s) => s.format);
  if (errors.length === 0) return null;
  const first = errors[0];
  const start = first.range?.start;
  const more = errors.length - 1;
  return (
    <div className="syntax-banner" role="alert" data-testid="syntax-banner">
      <span className="syntax-banner__icon" aria-hidden="true">!</span>
      <span className="syntax-banner__text">
        <strong>The {format === 'yaml' ? 'YAML' : 'JSON'} does not parse</strong>
        {start ? (
          <button type="button" className="syntax-banner__where" onClick={() => jumpToText(start.offset)} title="Show this place in the code">
            Line {start.line}, column {start.column}
          </button>
        ) : null}
        <span className="syntax-banner__message">{withoutPosition(first.message)}</span>
        {more > 0 ? <span className="syntax-banner__more">(+{more} more)</span> : null}
      </span>
      {hasGraph ? <span className="syntax-banner__note">The graph shows the last valid version.</span> : null}
    </div>
  );
}

/** The parser's messages end with their position, which the banner already shows as a link. */
function withoutPosition(message: string): string {
  return message.replace(/ at line \d+, column \d+\.?$/, '');
}
