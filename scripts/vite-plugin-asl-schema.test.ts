import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidatorCode } from './vite-plugin-asl-schema';

const schema = JSON.parse(readFileSync('src/asl/schema/asl.schema.json', 'utf8')) as object;
const code = generateValidatorCode(schema, './asl.schema.json', process.cwd());

describe('the generated ASL schema validator', () => {
  it('is self-contained ES module code: no ajv, no require', () => {
    expect(code).not.toMatch(/require\(|from ["']ajv/);
    expect(code).toMatch(/export default validate\d+;/);
  });

  it('refers to the imported schema instead of copying it into the bundle', () => {
    expect(code).toContain('import aslSchemaJson from "./asl.schema.json";');
    expect(code).not.toMatch(/const schema\d+ = [{[]/);
    expect(code).toMatch(/const schema\d+ = aslSchemaJson\["definitions"\]\["passState"\];/);
  });

  it('is the same for the same schema, so builds are reproducible', () => {
    expect(generateValidatorCode(schema, './asl.schema.json', process.cwd())).toBe(code);
  });
});
