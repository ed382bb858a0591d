/**
 * A Choice rule that cannot be compiled (no operator, two operators, a path that is not a reference
 * path...). AWS rejects such definitions when they are created, so the validator normally reports
 * them first; the engine treats this as an invalid definition, never as a runtime failure.
 */
export class ChoiceCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChoiceCompileError';
  }
}
