import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { aslSchema, type JsonSchema } from '.';

/** Every named property in the schema, with where it sits. */
function properties(schema: JsonSchema): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  const visit = (node: JsonSchema, at: string) => {
    for (const [name, prop] of Object.entries(node.properties ?? {})) out.push([`${at}.${name}`, prop]);
  };
  visit(schema, '#');
  for (const [name, def] of Object.entries(schema.definitions ?? {})) visit(def, `#/definitions/${name}`);
  return out;
}

function resolve(prop: JsonSchema): JsonSchema {
  if (typeof prop.$ref !== 'string') return prop;
  const name = prop.$ref.replace('#/definitions/', '');
  return { ...(aslSchema.definitions?.[name] ?? {}), ...prop };
}

describe('the ASL JSON Schema', () => {
  it('is valid draft-07 that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addVocabulary(['markdownDescription', 'errorMessage']);
    expect(() => ajv.compile(aslSchema)).not.toThrow();
    expect(aslSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('gives every property a description for editor hovers', () => {
    const missing = properties(aslSchema).filter(([, p]) => typeof resolve(p).description !== 'string').map(([at]) => at);
    expect(missing).toEqual([]);
  });

  it('is self-contained: every $ref points into its own definitions', () => {
    const refs = JSON.stringify(aslSchema).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice(8, -1).replace('#/definitions/', '');
      expect(aslSchema.definitions?.[name], ref).toBeDefined();
    }
  });

  it('describes every state type with its own field list', () => {
    const types = (aslSchema.definitions?.state?.properties?.Type?.enum ?? []) as string[];
    expect(types).toEqual(['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
    for (const t of types) {
      const def = aslSchema.definitions?.[`${t.toLowerCase()}State`];
      expect(def?.additionalProperties, t).toBe(false);
      expect(def?.properties?.Type?.const).toBe(t);
    }
  });
});
