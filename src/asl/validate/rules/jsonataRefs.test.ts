import { describe, expect, it } from 'vitest';
import { compileJsonata } from '../../jsonata';
import { unsupportedJsonataReference } from './jsonataRefs';

function check(expr: string, inCatch = false): string | null {
  const compiled = compileJsonata(expr);
  if (!compiled.ok) throw new Error(compiled.message);
  return unsupportedJsonataReference(compiled.ast, inCatch);
}

describe('JSONata references AWS refuses', () => {
  it.each([
    '$states.input.a.b',
    '$states.input.items[price > 10].name',
    '$count($states.result)',
    '$x + $y',
    '{"a": $states.input.a, "b": [1, 2, $v]}',
    '$states.input ? "yes" : "no"',
    '($n := 2; $n * $states.input.k)',
    '$map($states.input.list, function($i) { $i.value })',
    '$states.input.orders.{ "id": id, "total": $sum(lines.price) }',
    '$states.context.Execution.Id',
    '"text"',
    '-$states.input.n',
    '$states.input ~> $keys()',
  ])('accepts %s', (expr) => {
    expect(check(expr)).toBeNull();
  });

  it.each([
    ['input.phone', "Reference to 'input' at the top level"],
    ['phone', "Reference to 'phone' at the top level"],
    ['$count(items)', "Reference to 'items' at the top level"],
    ['{"a": b}', "Reference to 'b' at the top level"],
    ['$x ? yes : "no"', "Reference to 'yes' at the top level"],
    ['$map($states.input.a, function($x) { b })', "Reference to 'b' at the top level"],
    ['$$', "Reference to '$$' is not supported"],
    ['$$.foo', "Reference to '$$' is not supported"],
    ['$states.errorOutput', "Field '$states.errorOutput' does not exist"],
  ])('refuses %s', (expr, message) => {
    expect(check(expr)).toContain(message);
  });

  it('lets a catcher read $states.errorOutput', () => {
    expect(check('$states.errorOutput.Cause', true)).toBeNull();
  });
});
