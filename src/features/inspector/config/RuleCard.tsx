import { choiceRuleText } from '../../../asl/graph';
import { childPointer } from '../../../asl/pointer';
import type { ChoiceRule } from '../../../asl/types';
import { requiredTextCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { SelectField } from '../controls/SelectField';
import { conditionOf, updateAt, withCondition } from '../model/choiceRules';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import { ConditionEditor } from './ConditionEditor';
import { RuleExtras } from './RuleExtras';
import type { StateEdit } from '../useEdit';
import { Icon } from '../controls/icons';

export interface RuleCardProps {
  rule: ChoiceRule;
  index: number;
  count: number;
  pointer: string;
  jsonata: boolean;
  targets: string[];
  expanded: boolean;
  onToggle(): void;
  /** Replaces the rule, starting from its value in the document now (undefined deletes it). */
  onUpdate(fn: (rule: ChoiceRule) => ChoiceRule | undefined, label?: string): string | undefined;
  onMove(delta: -1 | 1): void;
  /** The state's edits, for the rule's Assign (its rows edit `Choices/<index>/Assign`). */
  edit: Pick<StateEdit, 'set' | 'update'>;
}

/** One Choice rule: its condition (builder or JSONata expression) and where it leads. */
export function RuleCard({ rule, index, count, pointer, jsonata, targets, expanded, onToggle, onUpdate, onMove, edit }: RuleCardProps) {
  const problems = useFieldDiagnostics(pointer).filter((d) => d.severity === 'error').length;
  const summary = choiceRuleText(rule) ?? 'Incomplete rule';
  const title = `Rule ${index + 1}`;
  return (
    <div className={`rule-card${problems ? ' rule-card--invalid' : ''}`} role="group" aria-label={title}>
      <div className="rule-card__head">
        <button type="button" className="rule-card__toggle" aria-expanded={expanded} onClick={onToggle}>
          <span className="rule-card__line">
            <span className="section__chevron" aria-hidden>▸</span>
            <span className="rule-card__title">{title}</span>
            {typeof rule.Comment === 'string' && rule.Comment !== '' && <span className="rule-card__comment" title={rule.Comment}>{rule.Comment}</span>}
            {problems > 0 && <span className="tabs__problems">{problems}</span>}
          </span>
          <span className="rule-card__line rule-card__line--summary">
            <code className="rule-card__summary" title={summary}>{summary}</code>
            <span className="rule-card__next">→ {rule.Next ?? '?'}</span>
          </span>
        </button>
        <div className="rule-card__actions">
          <button type="button" className="icon-button" aria-label={`Move ${title} up`} disabled={index === 0} onClick={() => onMove(-1)}><Icon name="up" /></button>
          <button type="button" className="icon-button" aria-label={`Move ${title} down`} disabled={index === count - 1} onClick={() => onMove(1)}><Icon name="down" /></button>
          <button type="button" className="icon-button icon-button--danger" aria-label={`Delete ${title}`} disabled={count === 1} title={count === 1 ? 'A Choice needs at least one rule' : undefined} onClick={() => onUpdate(() => undefined, `Delete ${title.toLowerCase()}`)}><Icon name="trash" /></button>
        </div>
      </div>
      {expanded && (
        <div className="rule-card__body">
          {jsonata ? (
            <FormField
              label="Condition"
              asl="Condition"
              pointer={childPointer(pointer, 'Condition')}
              value={typeof rule.Condition === 'boolean' ? String(rule.Condition) : rule.Condition}
              codec={requiredTextCodec}
              multiline
              rows={2}
              placeholder="{% $states.input.amount > 1000 %}"
              help="A JSONata expression that evaluates to true or false."
              onCommit={(v) => onUpdate((r) => ({ ...r, Condition: v === 'true' ? true : v === 'false' ? false : v }))}
            />
          ) : (
            <ConditionEditor
              node={conditionOf(rule)}
              path={[]}
              pointer={pointer}
              update={(path, fn) => onUpdate((r) => withCondition(r, updateAt(conditionOf(r), path, fn)))}
            />
          )}
          <SelectField
            label="Next state"
            asl="Next"
            pointer={childPointer(pointer, 'Next')}
            value={rule.Next}
            options={targets.map((t) => ({ value: t }))}
            onChange={(v) => onUpdate((r) => ({ ...r, Next: v }) as ChoiceRule)}
          />
          <RuleExtras rule={rule} index={index} pointer={pointer} jsonata={jsonata} edit={edit} onUpdate={onUpdate} />
        </div>
      )}
    </div>
  );
}
