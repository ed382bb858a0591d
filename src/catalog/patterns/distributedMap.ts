import type { MapState, QueryLanguage } from '../../asl/types';
import type { PatternItem } from '../types';
import { EXIT, lambdaTask } from './dialect';

const BUCKET = 'my-bucket';

function fileMap(ql: QueryLanguage): MapState {
  const jsonata = ql === 'JSONata';
  return {
    Type: 'Map',
    Label: 'ProcessFile',
    ItemReader: {
      Resource: 'arn:aws:states:::s3:getObject',
      ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
      ...(jsonata ? { Arguments: { Bucket: BUCKET, Key: 'input/items.csv' } } : { Parameters: { Bucket: BUCKET, Key: 'input/items.csv' } }),
    },
    ItemBatcher: { MaxItemsPerBatch: 100 },
    MaxConcurrency: 50,
    ToleratedFailurePercentage: 5,
    ItemProcessor: {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
      StartAt: 'Process batch',
      States: { 'Process batch': lambdaTask(ql, 'process-batch', { End: true }) },
    },
    ResultWriter: {
      Resource: 'arn:aws:states:::s3:putObject',
      ...(jsonata ? { Arguments: { Bucket: BUCKET, Prefix: 'results/' } } : { Parameters: { Bucket: BUCKET, Prefix: 'results/' } }),
    },
    Next: EXIT,
  };
}

/** A distributed Map that reads a CSV file from S3, processes it in batches and writes the results back to S3. */
export const distributedMap: PatternItem = {
  id: 'pattern:process-file',
  tab: 'patterns',
  title: 'Process a file of items',
  description: 'A distributed Map reads a CSV file from S3 (ItemReader), processes it in batches of 100 (ItemBatcher) and writes the results to S3 (ResultWriter).',
  keywords: ['distributed map', 'csv', 's3', 'batch', 'large scale'],
  build: (ql) => ({ StartAt: 'Process file', States: { 'Process file': fileMap(ql) } }),
};
