import helloWorld from './hello-world.asl.json?raw';
import orderProcessing from './order-processing.asl.json?raw';
import creditLimitApproval from './credit-limit-approval.asl.json?raw';
import videoTranscoding from './video-transcoding.asl.json?raw';
import mapOverItems from './map-over-items.asl.json?raw';
import humanApproval from './human-approval.asl.json?raw';

/** A workflow of the samples gallery. */
export interface Sample {
  id: string;
  title: string;
  description: string;
  text: string;
  /** A sensible execution input for trying it out. */
  input: string;
}

/** The samples gallery, in the order it is shown. The first one opens on a fresh start. */
export const samples: readonly Sample[] = [
  { id: 'order-processing', title: 'Order processing', description: 'Lambda, DynamoDB and SNS with ResultPath, InputPath, Retry and Catch.', text: orderProcessing, input: '{\n  "customerId": "c-42",\n  "sku": "BOOK-1",\n  "quantity": 2\n}' },
  { id: 'hello-world', title: 'Hello World', description: 'Two Pass states and an intrinsic function.', text: helloWorld, input: '{\n  "name": "World"\n}' },
  { id: 'credit-limit-approval', title: 'Credit-limit approval', description: 'A Choice state routes small requests to auto-approval and large ones to a person.', text: creditLimitApproval, input: '{\n  "amount": 250,\n  "customer": { "status": "active" }\n}' },
  { id: 'video-transcoding', title: 'Video transcoding', description: 'A Parallel state transcodes into five resolutions at once.', text: videoTranscoding, input: '{\n  "bucket": "videos",\n  "key": "talk.mp4"\n}' },
  { id: 'map-over-items', title: 'Map over items', description: 'An inline Map prices every line of an order.', text: mapOverItems, input: '{\n  "lines": [\n    { "sku": "A", "quantity": 1 },\n    { "sku": "B", "quantity": 3 }\n  ]\n}' },
  { id: 'human-approval', title: 'Human approval (callback)', description: 'JSONata, a task token and a wait for a person to answer.', text: humanApproval, input: '{\n  "request": "New laptop"\n}' },
];

/** The sample that opens on a fresh start. */
export const defaultSample: Sample = samples[0];
