import { childPointer } from '../../../asl/pointer';
import type { JsonValue, TaskState } from '../../../asl/types';
import type { FieldChange } from '../../../commands/state/setField';
import { trimmedTextCodec, type Codec } from '../controls/codecs';
import { GroupMessages } from '../controls/GroupMessages';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import { isRecord } from '../model/isRecord';
import { keyChanges, withKeys } from '../model/withKeys';
import type { ConfigProps } from './types';

/**
 * A Task's Credentials: the IAM role it assumes to call another account. JSONPath takes a role ARN
 * (`RoleArn`) or a path to one (`RoleArn.$`); JSONata takes `RoleArn`, which may be a {% %}
 * expression. Clearing the role removes Credentials (AWS refuses an empty one).
 */
export function CredentialsField({ selected, edit }: ConfigProps) {
  const state = selected.state as TaskState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const pointer = childPointer(selected.pointer, 'Credentials');
  const holder = (isRecord(state.Credentials) ? state.Credentials : undefined) as Record<string, JsonValue | undefined> | undefined;
  // Both forms edit the one Credentials object, so switching form and emptying it are one edit each.
  const onChange = (changes: FieldChange[]) =>
    edit.update(
      'Credentials',
      (current) => withKeys(current, keyChanges(changes)),
      'Set cross-account role',
    );
  return (
    <>
      <ValueOrPathField
        label="IAM role"
        valueKey={['Credentials', 'RoleArn']}
        pathKey={['Credentials', 'RoleArn.$']}
        holder={holder}
        pointer={pointer}
        codec={trimmedTextCodec as Codec<JsonValue>}
        jsonata={jsonata}
        valueWord="ARN"
        placeholder={jsonata ? 'arn:aws:iam::123456789012:role/Role or {% $states.input.roleArn %}' : 'arn:aws:iam::123456789012:role/CrossAccountRole'}
        help={
          jsonata
            ? 'The role the task assumes to call the service in another account: an ARN or a {% %} expression. Empty: the state machine’s own role.'
            : 'The role the task assumes to call the service in another account, or a path to its ARN in the input. Empty: the state machine’s own role.'
        }
        onChange={onChange}
      />
      <GroupMessages pointer={pointer} label="Problems with Credentials" />
    </>
  );
}
