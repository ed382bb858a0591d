/**
 * What a first run starts with: the sample's input when the document is a sample (same start and
 * states, so moving or editing a field keeps it), its mocked task results, and a sensible
 * callback answer.
 */
import type { JsonValue } from '../../asl/types';
import { samples, type Sample } from '../../samples';
import type { MockSelection } from '../../engine';
import orderProcessingMocks from './sample-mocks/order-processing.mocks.json';

/** Run aids for one sample. */
export interface SampleRunExtras {
  /** A MockConfigFile test case answering the sample's tasks. */
  mocks?: MockSelection;
  /** What the callback answer box starts with. */
  callbackOutput?: string;
}

const EXTRAS: Record<string, SampleRunExtras> = {
  'order-processing': { mocks: { config: orderProcessingMocks as unknown as JsonValue, testCase: 'HappyPath' } },
  'human-approval': { callbackOutput: '{\n  "decision": "approve"\n}' },
};

function shapeOf(definition: unknown): string | null {
  if (typeof definition !== 'object' || definition === null) return null;
  const { StartAt, States } = definition as { StartAt?: unknown; States?: unknown };
  if (typeof StartAt !== 'string' || typeof States !== 'object' || States === null) return null;
  return `${StartAt}\n${Object.keys(States).sort().join('\n')}`;
}

let shapes: Map<string, Sample> | null = null;

/** The sample the document was opened from, if its start and top-level states are still the sample's. */
export function matchSample(definition: unknown): Sample | undefined {
  if (shapes === null) {
    shapes = new Map();
    for (const s of samples) {
      const shape = shapeOf(JSON.parse(s.text));
      if (shape !== null) shapes.set(shape, s);
    }
  }
  const shape = shapeOf(definition);
  return shape === null ? undefined : shapes.get(shape);
}

/** Run aids of a sample (none for other documents). */
export function sampleExtras(sample: Sample | undefined): SampleRunExtras {
  return (sample && EXTRAS[sample.id]) ?? {};
}

/** The input box's text when the user has not typed one for this document. */
export function defaultInputText(sample: Sample | undefined): string {
  return sample?.input ?? '{}';
}
