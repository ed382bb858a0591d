/** How the ASL schema is compiled with ajv: shared by the build-time generator and the fallback. */
import type { Options } from 'ajv';

/**
 * The diagnostics depend on these: allErrors reports every problem, verbose gives each error its
 * parentSchema (the validator reads `$comment`, `errorMessage`, `type` and `pattern` there), and
 * strict: false keeps strictNumbers off, so a YAML `.inf` is judged as a number. The schema's own
 * test compiles it in strict mode.
 */
export const ASL_AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true } as const satisfies Options;
