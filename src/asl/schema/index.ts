/**
 * The ASL JSON Schema (draft-07, self-contained): drives the validator's structural checks and,
 * later, Monaco hovers and completions. Every property carries a `description`.
 */
import schemaJson from './asl.schema.json';

/** A JSON Schema document, loosely typed (draft-07 keywords plus Monaco's `markdownDescription`). */
export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  $comment?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  [keyword: string]: unknown;
}

/** The ASL schema. Treat it as read-only: it is shared by the validator and the editor. */
export const aslSchema: JsonSchema = schemaJson as unknown as JsonSchema;

/** The URI under which the editor registers the schema. */
export const ASL_SCHEMA_URI = 'asl-studio://schemas/asl.schema.json';
