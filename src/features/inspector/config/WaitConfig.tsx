import { childPointer } from '../../../asl/pointer';
import type { JsonValue, WaitState } from '../../../asl/types';
import { numberCodec, requiredTextCodec, type Codec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { Section } from '../controls/Section';
import { Segmented } from '../controls/Segmented';
import type { ConfigProps } from './types';

type WaitMode = 'Seconds' | 'SecondsPath' | 'Timestamp' | 'TimestampPath';
const MODES: readonly WaitMode[] = ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'];

const LABELS: Record<WaitMode, { label: string; help: string; placeholder: string }> = {
  Seconds: { label: 'Wait for (seconds)', help: 'A fixed number of seconds.', placeholder: '10' },
  SecondsPath: { label: 'Seconds from the input', help: 'A reference path to a number of seconds in the input.', placeholder: '$.waitSeconds' },
  Timestamp: { label: 'Wait until', help: 'An ISO-8601 timestamp such as 2026-03-14T01:59:00Z.', placeholder: '2026-03-14T01:59:00Z' },
  TimestampPath: { label: 'Timestamp from the input', help: 'A reference path to an ISO-8601 timestamp in the input.', placeholder: '$.expiresAt' },
};

function defaultFor(mode: WaitMode): JsonValue {
  if (mode === 'Seconds') return 10;
  if (mode === 'SecondsPath') return '$.waitSeconds';
  if (mode === 'TimestampPath') return '$.timestamp';
  return new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A Wait: one of Seconds, SecondsPath, Timestamp, TimestampPath (JSONata: Seconds or Timestamp, maybe as expressions). */
export function WaitConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as WaitState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const modes = jsonata ? MODES.filter((m) => !m.endsWith('Path')) : MODES;
  const mode = MODES.find((m) => state[m] !== undefined) ?? 'Seconds';
  // Switching keeps exactly one of the four (ASL requires it): one undo step.
  const switchTo = (next: WaitMode) =>
    edit.setMany([...MODES.filter((m) => m !== next).map((m) => ({ path: m, value: undefined })), { path: next, value: defaultFor(next) }], `Wait by ${next}`);
  const codec: Codec<JsonValue> = mode === 'Seconds' ? numberCodec({ integer: true, jsonata }) : requiredTextCodec as Codec<JsonValue>;
  const info = LABELS[mode];
  return (
    <Section title="Wait">
      <div className="field">
        <span className="field__label">Wait mode</span>
        <Segmented<WaitMode> label="Wait mode" className="segmented--grid" value={mode} options={modes.map((m) => ({ value: m, label: m }))} onChange={switchTo} />
      </div>
      <FormField
        label={info.label}
        asl={mode}
        pointer={childPointer(selected.pointer, mode)}
        value={state[mode]}
        codec={codec}
        mono={mode !== 'Seconds'}
        placeholder={info.placeholder}
        help={jsonata ? `${info.help} A {% %} expression works too.` : info.help}
        onCommit={(v) => edit.set(mode, v)}
      />
    </Section>
  );
}
