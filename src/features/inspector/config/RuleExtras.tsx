import { childPointer } from '../../../asl/pointer';
import type { ChoiceRule, JsonValue } from '../../../asl/types';
import { AssignEditor } from '../controls/AssignEditor';
import { textCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import { withKeys } from '../model/withKeys';
import type { StateEdit } from '../useEdit';

export interface RuleExtrasProps {
  rule: ChoiceRule;
  index: number;
  /** Pointer of the rule. */
  pointer: string;
  jsonata: boolean;
  edit: Pick<StateEdit, 'set' | 'update'>;
  onUpdate(fn: (rule: ChoiceRule) => ChoiceRule | undefined, label?: string): string | undefined;
}

/**
 * What a top-level Choice rule carries besides its test: a Comment, the variables it assigns when
 * it matches (Assign, both query languages) and, in JSONata, the state output it gives (Output).
 * An Output on a JSONPath rule (typed in the code) is shown too, with the validator's message.
 */
export function RuleExtras({ rule, index, pointer, jsonata, edit, onUpdate }: RuleExtrasProps) {
  const title = `rule ${index + 1}`;
  // `?? rule`: clearing the comment of a rule that holds nothing else must not delete the rule.
  const setKey = (key: 'Comment' | 'Output', value: ChoiceRule[typeof key], label: string) =>
    onUpdate((r) => (withKeys(r as JsonValue, { [key]: value }) ?? {}) as ChoiceRule, label);
  return (
    <>
      <FormField
        label="Comment"
        asl="Comment"
        pointer={childPointer(pointer, 'Comment')}
        value={rule.Comment}
        codec={textCodec}
        placeholder="What this rule is for"
        onCommit={(v) => setKey('Comment', v, `Set comment of ${title}`)}
      />
      <div className="rule-card__extras" role="group" aria-label={`When ${title} matches`}>
        <div className="rule-card__extras-title">
          Assign variables <code className="field__asl">Assign</code>
        </div>
        <p className="section__note">
          Assigned when this rule matches.{' '}
          {jsonata ? 'Values may hold {% %} expressions.' : 'End a name with .$ to take its value from a path.'}
        </p>
        <AssignEditor value={rule.Assign} path={['Choices', index, 'Assign']} pointer={childPointer(pointer, 'Assign')} jsonata={jsonata} edit={edit} />
      </div>
      {(jsonata || rule.Output !== undefined) && (
        <FormField
          label="Output"
          asl="Output"
          pointer={childPointer(pointer, 'Output')}
          value={rule.Output}
          codec={jsonataValueCodec}
          multiline
          rows={3}
          placeholder="{% $states.input %}"
          help="The state output when this rule matches: JSON with {% %} expressions. Ctrl+Enter applies."
          onCommit={(v) => setKey('Output', v, `Set output of ${title}`)}
        />
      )}
    </>
  );
}
