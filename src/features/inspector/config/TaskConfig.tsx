import { resourceLabel } from '../../../asl/graph';
import { findAction, SERVICES } from '../../../catalog';
import { childPointer } from '../../../asl/pointer';
import type { TaskState } from '../../../asl/types';
import { jsonCodec, requiredTextCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import { PlaceholderChips } from '../controls/PlaceholderChips';
import { Section } from '../controls/Section';
import { Toggle } from '../controls/Toggle';
import { parseResource, patternSupport, withPattern } from '../model/integration';
import { CredentialsField } from './CredentialsField';
import { TimeoutFields } from './TimeoutFields';
import type { ConfigProps } from './types';

const KIND_TEXT: Record<string, string> = {
  integration: 'Optimized integration',
  sdk: 'AWS SDK integration',
  'lambda-function': 'Lambda function ARN',
  activity: 'Activity: a worker you run polls for this task',
  placeholder: 'Substituted at deploy time',
  unknown: 'Custom resource',
};

/** A Task: what it calls, with what payload, how it waits, and its timeouts. */
export function TaskConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as TaskState;
  const resource = typeof state.Resource === 'string' ? state.Resource : '';
  const parsed = parseResource(resource);
  const support = patternSupport(parsed);
  const jsonata = selected.queryLanguage === 'JSONata';
  const payloadKey = jsonata ? 'Arguments' : 'Parameters';
  // The states browser's catalog knows the common integrations: its title, description and colours.
  const action = findAction(resource) ?? findAction(parsed.base);
  const service = SERVICES[action?.service ?? parsed.service ?? (parsed.kind === 'activity' ? 'activity' : '')];
  const tokenHint = jsonata ? '"TaskToken": "{% $states.context.Task.Token %}"' : '"TaskToken.$": "$$.Task.Token"';
  return (
    <>
      <Section title="API">
        <div className="integration-card">
          <span className="integration-card__glyph" aria-hidden style={service ? { background: service.color } : undefined}>
            {service?.badge ?? (parsed.service ?? 'task').slice(0, 3).toUpperCase()}
          </span>
          <div className="integration-card__text">
            <div className="integration-card__name" data-testid="integration-name">{resourceLabel(resource)}</div>
            <div className="integration-card__kind">{service ? `${service.name} · ` : ''}{KIND_TEXT[parsed.kind]}</div>
            {action && <div className="integration-card__description">{action.description}</div>}
          </div>
        </div>
        <FormField
          label="Resource"
          asl="Resource"
          pointer={childPointer(selected.pointer, 'Resource')}
          value={state.Resource}
          codec={requiredTextCodec}
          mono
          onCommit={(v) => edit.set('Resource', v)}
          below={(text) => <PlaceholderChips text={text} />}
        />
        <FormField
          label={jsonata ? 'Arguments' : 'API Parameters'}
          asl={payloadKey}
          pointer={childPointer(selected.pointer, payloadKey)}
          value={state[payloadKey]}
          codec={jsonata ? jsonataValueCodec : jsonCodec}
          multiline
          rows={8}
          placeholder={jsonata ? '{ "Payload": "{% $states.input %}" }' : '{ "Payload.$": "$" }'}
          help={jsonata ? 'JSON; strings may hold {% %} JSONata expressions. Ctrl+Enter applies.' : 'A payload template: keys ending in .$ take a path or intrinsic function. Ctrl+Enter applies.'}
          onCommit={(v) => edit.set(payloadKey, v)}
        />
      </Section>
      {(support.callback || support.sync) && (
        <Section title="Integration pattern">
          {support.callback && (
            <Toggle
              label="Wait for callback"
              help={<>Adds <code>.waitForTaskToken</code>: the task pauses until SendTaskSuccess or SendTaskFailure returns its token. Pass it with <code>{tokenHint}</code>.</>}
              checked={parsed.pattern === 'waitForTaskToken'}
              onChange={(on) => edit.set('Resource', withPattern(resource, on ? 'waitForTaskToken' : undefined), on ? 'Wait for callback' : 'Stop waiting for callback')}
            />
          )}
          {support.sync && (
            <Toggle
              label="Wait for task to complete"
              help={<>Adds <code>.{support.sync}</code>: Run a Job, the state ends when the job does.</>}
              checked={parsed.pattern === 'sync' || parsed.pattern === 'sync:2'}
              onChange={(on) => edit.set('Resource', withPattern(resource, on ? support.sync : undefined), on ? 'Wait for completion' : 'Stop waiting for completion')}
            />
          )}
        </Section>
      )}
      <Section title="Cross-account access" defaultOpen={state.Credentials !== undefined}>
        <CredentialsField selected={selected} edit={edit} />
      </Section>
      <Section title="Timeouts" defaultOpen={state.TimeoutSeconds !== undefined || state.HeartbeatSeconds !== undefined || state.TimeoutSecondsPath !== undefined}>
        <TimeoutFields selected={selected} edit={edit} />
      </Section>
    </>
  );
}
