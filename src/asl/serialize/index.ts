/** Definition -> text: JSON and YAML in the canonical key order Workflow Studio writes. */
export { toJsonText } from './toJsonText';
export { toYamlText } from './toYamlText';
export { orderKeys } from './orderKeys';
