/**
 * The compiled ASL schema: `validateSchema(value)` is true when the value satisfies
 * asl.schema.json; otherwise `validateSchema.errors` lists every problem (ajv error objects).
 *
 * What runs is not this file's body. Vite, the CLI build and vitest replace this module with the
 * schema compiled ahead of time by ajv's standalone code generator
 * (scripts/vite-plugin-asl-schema.ts), so neither the app nor the CLI compiles the schema at run
 * time (that cost each CLI start 0.3-0.6 s). The body below is the fallback for code run
 * without Vite (`node --import tsx src/cli/main.ts`): it compiles the schema with ajv on first use,
 * with the same options, so it reports the same errors.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { ASL_AJV_OPTIONS } from './ajvOptions';
import { aslSchema } from '.';

/** A validation function in ajv's shape: the errors of the last call sit on the function. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let compiled: ValidateFunction | undefined;

/** Validates `data` against the ASL schema; see `validateSchema.errors` when it returns false. */
const validateSchema: SchemaValidator = (data) => {
  // Unoptimised code compiles a third faster and validates the same.
  compiled ??= new Ajv({ ...ASL_AJV_OPTIONS, code: { optimize: false } }).compile(aslSchema);
  const valid = compiled(data);
  validateSchema.errors = compiled.errors;
  return valid;
};

export default validateSchema;
