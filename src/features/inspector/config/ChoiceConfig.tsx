import { useState } from 'react';
import { childPointer } from '../../../asl/pointer';
import type { ChoiceRule, ChoiceState, JsonValue } from '../../../asl/types';
import { Section } from '../controls/Section';
import { SelectField } from '../controls/SelectField';
import { NEW_COMPARISON } from '../model/choiceRules';
import { isRecord } from '../model/isRecord';
import { RuleCard } from './RuleCard';
import type { ConfigProps } from './types';

/** A Choice: the rule builder (every operator, nested And/Or/Not), each rule's Next, and the Default. */
export function ChoiceConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as ChoiceState;
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  const jsonata = selected.queryLanguage === 'JSONata';
  const targets = selected.scopeNames;
  // New rules open expanded; existing ones show their summary until clicked (all open when few).
  const [open, setOpen] = useState<Set<number>>(() => new Set(rules.length <= 3 ? rules.map((_, i) => i) : []));
  const toggle = (i: number) => setOpen((s) => new Set(s.has(i) ? [...s].filter((x) => x !== i) : [...s, i]));
  const fallbackTarget = state.Default ?? targets.find((t) => t !== selected.name) ?? selected.name;
  const addRule = () => {
    const rule: ChoiceRule = jsonata ? { Condition: '{% true %}', Next: fallbackTarget } : { ...NEW_COMPARISON, Next: fallbackTarget };
    const refused = edit.update('Choices', (current) => [...(Array.isArray(current) ? current : []), rule as JsonValue], 'Add a Choice rule');
    if (!refused) setOpen((s) => new Set([...s, rules.length]));
  };
  const move = (i: number, delta: -1 | 1) => {
    edit.update('Choices', (current) => {
      if (!Array.isArray(current) || current[i + delta] === undefined) return current;
      const next = current.slice();
      [next[i], next[i + delta]] = [next[i + delta], next[i]];
      return next;
    }, 'Reorder Choice rules');
    setOpen((s) => new Set([...s].map((x) => (x === i ? i + delta : x === i + delta ? i : x))));
  };
  return (
    <>
      <Section
        title="Choice rules"
        badge={rules.length}
        actions={<button type="button" className="button button--small" onClick={addRule}>+ Add rule</button>}
      >
        <p className="section__note">Rules are checked in order; the first that matches decides the next state.</p>
        {rules.map((rule, i) => (
          <RuleCard
            key={i}
            rule={isRecord(rule) ? rule : {}}
            index={i}
            count={rules.length}
            pointer={childPointer(selected.pointer, 'Choices', i)}
            jsonata={jsonata}
            targets={targets}
            expanded={open.has(i)}
            onToggle={() => toggle(i)}
            onUpdate={(fn, label) =>
              edit.update(['Choices', i], (current) => {
                if (current === null || typeof current !== 'object' || Array.isArray(current)) return current;
                return fn(current as ChoiceRule) as JsonValue | undefined;
              }, label ?? `Edit rule ${i + 1}`)
            }
            onMove={(d) => move(i, d)}
            edit={edit}
          />
        ))}
      </Section>
      <Section title="Default rule">
        <SelectField
          label="Default state"
          asl="Default"
          pointer={childPointer(selected.pointer, 'Default')}
          value={state.Default}
          emptyLabel="No default (States.NoChoiceMatched)"
          options={targets.map((t) => ({ value: t }))}
          help="Where to go when no rule matches. Without one, the execution fails with States.NoChoiceMatched."
          onChange={(v) => edit.set('Default', v)}
        />
      </Section>
    </>
  );
}
