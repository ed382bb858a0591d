/** A JSONPath that does not parse. Thrown at compile time only, never while evaluating. */
export class PathSyntaxError extends Error {
  /** 0-based offset in the path text where the problem was found. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = 'PathSyntaxError';
    this.offset = offset;
  }
}
