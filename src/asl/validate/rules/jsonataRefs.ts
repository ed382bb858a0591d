/**
 * References AWS refuses in a JSONata expression when the definition is created. A JSONata
 * expression in Step Functions runs with no context item: input is `$states.input`, variables are
 * `$name`. So a path starting at the top level (`{% input.x %}`) reads nothing and AWS rejects it
 * ("Reference to 'input' at the top level is not supported"), as it rejects `$$` and
 * `$states.errorOutput` outside a Catch.
 */

/** The parts of a jsonata AST node this check reads (jsonata's own typings omit several). */
interface AstNode {
  type?: string;
  value?: unknown;
  steps?: AstNode[];
  stages?: AstNode[];
  predicate?: AstNode[];
  group?: { lhs?: [AstNode, AstNode][] };
  expr?: AstNode;
  expression?: AstNode;
  expressions?: AstNode[];
  arguments?: AstNode[];
  lhs?: AstNode | AstNode[] | [AstNode, AstNode][];
  rhs?: AstNode;
  body?: AstNode;
  condition?: AstNode;
  then?: AstNode;
  else?: AstNode;
}

/** Why the expression is refused, or null. `inCatch`: a catcher's Output/Assign may read $states.errorOutput. */
export function unsupportedJsonataReference(ast: unknown, inCatch: boolean): string | null {
  const stack: [AstNode, boolean][] = [[ast as AstNode, true]];
  while (stack.length > 0) {
    const [node, top] = stack.pop() as [AstNode, boolean];
    if (!node || typeof node !== 'object') continue;
    const push = (child: unknown, childTop: boolean) => {
      if (child && typeof child === 'object') stack.push([child as AstNode, childTop]);
    };
    switch (node.type) {
      case 'variable':
        if (node.value === '$') return "Reference to '$$' is not supported.";
        break;
      case 'name':
        if (top && typeof node.value === 'string') return `Reference to '${node.value}' at the top level is not supported. Read the input as $states.input.${node.value}, or a variable as $${node.value}.`;
        break;
      case 'path': {
        const steps = node.steps ?? [];
        const [first, second] = steps;
        if (!inCatch && first?.type === 'variable' && first.value === 'states' && second?.type === 'name' && second.value === 'errorOutput') {
          return "Field '$states.errorOutput' does not exist: it is only available in a Catch's Output and Assign.";
        }
        // Only the first step reads the (missing) context; later steps read what came before.
        steps.forEach((s, i) => push(s, top && i === 0));
        for (const [k, v] of node.group?.lhs ?? []) {
          push(k, false);
          push(v, false);
        }
        continue;
      }
    }
    for (const s of node.stages ?? []) push(s, false);
    for (const s of node.predicate ?? []) push(s, false);
    push(node.expr, false);
    if (node.type === 'name' || node.type === 'variable') continue;
    push(node.expression, top);
    for (const e of node.expressions ?? []) push(e, top);
    for (const a of node.arguments ?? []) push(a, top);
    if (node.type === 'bind') {
      push(node.rhs, top);
      continue;
    }
    if (Array.isArray(node.lhs)) {
      for (const item of node.lhs) {
        if (Array.isArray(item)) item.forEach((x) => push(x, top));
        else push(item, top);
      }
    } else {
      push(node.lhs, top);
    }
    push(node.rhs, top);
    push(node.body, top);
    push(node.condition, top);
    push(node.then, top);
    push(node.else, top);
  }
  return null;
}
