import { childPointer } from '../../../asl/pointer';
import { COMPARISON_OPERATORS } from '../../../asl/types';
import type { ChoiceRule, ComparisonOperator, JsonValue } from '../../../asl/types';
import { numberCodec, requiredTextCodec, type Codec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { Segmented } from '../controls/Segmented';
import { SelectField } from '../controls/SelectField';
import {
  OPERATOR_GROUPS, addCondition, addGroup, kindOf, operandKind, operatorOf, setGroupKind, toggleNot, withOperator, type ConditionPath, type ConditionStep,
} from '../model/choiceRules';

/** Applies `fn` to the node at `path` of the rule's condition as it is in the document now (undefined removes it). */
export type ConditionUpdate = (path: ConditionPath, fn: (node: ChoiceRule) => ChoiceRule | undefined) => string | undefined;

export interface ConditionEditorProps {
  node: ChoiceRule;
  path: ConditionPath;
  pointer: string;
  update: ConditionUpdate;
  /** A member of an And/Or group can be removed. */
  removable?: boolean;
  depth?: number;
}

const OPERATOR_OPTIONS = OPERATOR_GROUPS.map((g) => ({ group: g.label, options: g.operators.map((o) => ({ value: o })) }));

/** Text for string and timestamp operands: empty is a real value (`StringEquals: ""`). */
const stringCodec: Codec<JsonValue> = {
  format: (v) => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v)),
  parse: (text) => ({ ok: true, value: text }),
};

function stepPointer(pointer: string, step: ConditionStep): string {
  return step === 'Not' ? childPointer(pointer, 'Not') : childPointer(pointer, step.group, step.index);
}

function Operand({ node, op, path, pointer, update }: { node: ChoiceRule; op: ComparisonOperator; path: ConditionPath; pointer: string; update: ConditionUpdate }) {
  const kind = operandKind(op);
  const at = childPointer(pointer, op);
  const set = (v: JsonValue | undefined) => update(path, (n) => ({ ...n, [op]: v }) as ChoiceRule);
  if (kind === 'flag') {
    return (
      <SelectField label="Value" asl={op} pointer={at} value={String(node[op])} options={[{ value: 'true' }, { value: 'false' }]} onChange={(v) => set(v === 'true')} />
    );
  }
  // Most operators have a `...Path` twin that compares with another value of the input instead.
  const literal = op.endsWith('Path') ? (op.slice(0, -4) as ComparisonOperator) : op;
  const twin = op.endsWith('Path') ? literal : (`${op}Path` as ComparisonOperator);
  const aside = (COMPARISON_OPERATORS as readonly string[]).includes(twin) ? (
    <Segmented<'value' | 'path'>
      label="Compare with a value or a path"
      value={kind === 'path' ? 'path' : 'value'}
      options={[{ value: 'value', label: 'Value' }, { value: 'path', label: 'Path' }]}
      onChange={(m) => update(path, (n) => withOperator(n, m === 'path' ? (`${literal}Path` as ComparisonOperator) : literal))}
    />
  ) : undefined;
  if (kind === 'boolean') {
    return (
      <SelectField label="Value" asl={op} pointer={at} value={String(node[op])} options={[{ value: 'true' }, { value: 'false' }]} aside={aside} onChange={(v) => set(v === 'true')} />
    );
  }
  const codec = kind === 'number' ? (numberCodec() as Codec<JsonValue>) : stringCodec;
  const placeholder = kind === 'path' ? '$.other' : kind === 'timestamp' ? '2024-01-01T00:00:00Z' : kind === 'number' ? '0' : 'text';
  return <FormField label="Value" asl={op} pointer={at} value={node[op]} codec={codec} placeholder={placeholder} mono aside={aside} onCommit={set} />;
}

/** One condition of a Choice rule: a comparison, or an And/Or group, possibly negated, nested to any depth. */
export function ConditionEditor({ node, path, pointer, update, removable, depth = 0 }: ConditionEditorProps) {
  const change = (fn: (n: ChoiceRule) => ChoiceRule | undefined) => update(path, fn);
  const kind = kindOf(node);
  const negated = kind === 'Not';
  // Members of a group grow the group (its own buttons), not themselves: they only negate or go.
  const canGrow = !removable || kind === 'And' || kind === 'Or' || kind === 'Not';
  const tools = (
    <div className="condition__tools">
      <button type="button" className="chip-button" aria-pressed={negated} onClick={() => change(toggleNot)} title="Wrap in Not / remove the Not">
        NOT
      </button>
      {canGrow && <button type="button" className="chip-button" onClick={() => change((n) => addCondition(n))}>+ Condition</button>}
      {canGrow && <button type="button" className="chip-button" onClick={() => change(addGroup)}>+ Group</button>}
      {removable && (
        <button type="button" className="chip-button chip-button--danger" aria-label="Remove condition" onClick={() => change(() => undefined)}>
          Remove
        </button>
      )}
    </div>
  );
  if (negated && node.Not) {
    return (
      <div className="condition condition--not" data-depth={depth}>
        <div className="condition__head"><span className="condition__badge">NOT</span>{tools}</div>
        <ConditionEditor node={node.Not} path={[...path, 'Not']} pointer={stepPointer(pointer, 'Not')} update={update} depth={depth + 1} />
      </div>
    );
  }
  if (kind === 'And' || kind === 'Or') {
    const members = node[kind] ?? [];
    return (
      <div className="condition condition--group" data-depth={depth} role="group" aria-label={`${kind} group`}>
        <div className="condition__head">
          <Segmented<'And' | 'Or'> label="Combine with" value={kind} options={[{ value: 'And', label: 'All (And)' }, { value: 'Or', label: 'Any (Or)' }]} onChange={(k) => change((n) => setGroupKind(n, k))} />
          {tools}
        </div>
        {members.map((member, index) => {
          const step: ConditionStep = { group: kind, index };
          return <ConditionEditor key={index} node={member} path={[...path, step]} pointer={stepPointer(pointer, step)} update={update} removable depth={depth + 1} />;
        })}
      </div>
    );
  }
  const op = operatorOf(node);
  return (
    <div className="condition condition--comparison" data-depth={depth}>
      <div className="condition__head">{tools}</div>
      <FormField
        label="Variable"
        asl="Variable"
        pointer={childPointer(pointer, 'Variable')}
        value={node.Variable}
        codec={requiredTextCodec}
        placeholder="$.amount"
        mono
        onCommit={(v) => change((n) => ({ ...n, Variable: v }) as ChoiceRule)}
      />
      <div className="grid-2">
      <SelectField
        label="Operator"
        pointer={op ? childPointer(pointer, op) : pointer}
        value={op}
        options={OPERATOR_OPTIONS}
        onChange={(v) => v && change((n) => withOperator(n, v as ComparisonOperator))}
      />
      {op && <Operand node={node} op={op} path={path} pointer={pointer} update={update} />}
      </div>
    </div>
  );
}
