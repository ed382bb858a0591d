import { placeholdersIn } from '../model/inputs';

/** `${Name}` substitutions in a text, shown as chips: filled in at deploy time, never an error. */
export function PlaceholderChips({ text }: { text: string }) {
  const names = placeholdersIn(text);
  if (names.length === 0) return null;
  return (
    <div className="chips" aria-label="Placeholders">
      {names.map((n) => (
        <span key={n} className="chip chip--placeholder" title="A definition substitution (SAM, CDK, CloudFormation): filled in at deploy time">
          {n}
        </span>
      ))}
      <span className="chips__note">substituted at deploy time</span>
    </div>
  );
}
