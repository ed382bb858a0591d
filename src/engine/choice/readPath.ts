import { checkAst } from '../../asl/paths/checkPath';
import { compilePath } from '../../asl/paths/compilePath';
import type { CompiledPath } from '../../asl/paths/compilePath';
import { ChoiceCompileError } from './ChoiceCompileError';

/**
 * Compiles a Choice `Variable` or `...Path` operand. AWS: "The values of Variable and Path fields in
 * a comparison must be valid Reference Paths" (one node, from `$`, `$$` or `$variable`), so a path
 * that could select several nodes is a definition error. The evaluator returns `undefined` when the
 * path selects nothing.
 * @example compileReferencePath('$.a[0]')({ a: [7] }, ctx) === 7
 */
export function compileReferencePath(path: string): CompiledPath {
  let compiled: CompiledPath;
  try {
    compiled = compilePath(path);
  } catch (err) {
    throw new ChoiceCompileError(`Invalid path '${path}': ${err instanceof Error ? err.message : String(err)}`);
  }
  const problem = checkAst(path, compiled.ast, 'reference');
  if (problem !== null) throw new ChoiceCompileError(problem);
  return compiled;
}
