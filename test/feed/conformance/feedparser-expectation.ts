import { mapFeedparserPath, pathToString, type ModelTarget } from './feedparser-path.js';
import { parsePythonExpression, type PyNode, type PyValue } from './python-expression.js';

/** One assertion of an `Expect:` line, mapped onto the model. `expected: null` means "absent". */
export interface FieldCheck {
  path: string;
  target: ModelTarget;
  expected: PyValue;
}

/** The checks an `Expect:` line maps to, or why it does not map. */
export type Translation = { checks: FieldCheck[] } | { notApplicable: string };

const isBozo = (node: PyNode) =>
  (node.kind === 'name' && node.name === 'bozo') || (node.kind === 'not' && node.operand.kind === 'name' && node.operand.name === 'bozo');

/** Why one conjunct has no mappable form (used when it is neither a comparison nor an absence check). */
function unmappableForm(node: PyNode): string {
  if (node.kind === 'literal') return 'no expectation (constant)';
  if (node.kind === 'or') return '"or" of alternatives';
  if (node.kind === 'compare' && node.op !== '==') return `"${node.op}" comparison`;
  const text = JSON.stringify(node);
  if (text.includes('"name":"len"')) return 'len() count';
  if (text.includes('"name":"isinstance"')) return 'exception type';
  return 'expression form';
}

/** The conjuncts of an `and` tree, flattened. */
const conjunctsOf = (node: PyNode): PyNode[] => (node.kind === 'and' ? node.operands.flatMap(conjunctsOf) : [node]);

/** `a == b` next to `b == 'x'` becomes `a == 'x'`: equality is transitive (Python's `a == b == 'x'`). */
function substituteLiterals(conjuncts: PyNode[]): PyNode[] {
  const literalOf = new Map<string, PyNode>();
  for (const node of conjuncts) {
    if (node.kind === 'compare' && node.op === '==' && node.right.kind === 'literal') literalOf.set(JSON.stringify(node.left), node.right);
  }
  return conjuncts.map((node) => {
    const literal = node.kind === 'compare' && node.op === '==' && node.right.kind !== 'literal' ? literalOf.get(JSON.stringify(node.right)) : undefined;
    return literal && node.kind === 'compare' ? { ...node, right: literal } : node;
  });
}

/** The checks of one conjunct, or a reason it does not map. */
function translateConjunct(node: PyNode): FieldCheck[] | { notApplicable: string } {
  // `not X.has_key('k')`: the field must be absent.
  if (node.kind === 'not' && node.operand.kind === 'call' && node.operand.callee.kind === 'attribute' && node.operand.callee.name === 'has_key') {
    const [key] = node.operand.args;
    const owner = pathToString(node.operand.callee.target);
    if (owner && key?.kind === 'literal' && typeof key.value === 'string') return withTarget(`${owner}.${key.value}`, null);
  }
  if (node.kind !== 'compare' || node.op !== '==') return { notApplicable: `not mappable: ${unmappableForm(node)}` };
  if (node.right.kind !== 'literal') return { notApplicable: 'not mappable: expected value is not a literal' };
  // `ord(X) == n`: X is the single character n.
  const { left, right } = node;
  if (left.kind === 'call' && left.callee.kind === 'name' && left.callee.name === 'ord' && typeof right.value === 'number') {
    const path = left.args.length === 1 ? pathToString(left.args[0]) : undefined;
    return path ? withTarget(path, String.fromCodePoint(right.value)) : { notApplicable: 'not mappable: ord() of an expression' };
  }
  const path = pathToString(left);
  if (!path) return { notApplicable: `not mappable: ${unmappableForm(left)}` };
  // `X == {'href': …, 'type': …}`: one check per key.
  const value = right.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const checks: FieldCheck[] = [];
    for (const [key, expected] of Object.entries(value)) {
      const check = withTarget(`${path}.${key}`, expected);
      if (!Array.isArray(check)) return check;
      checks.push(...check);
    }
    return checks;
  }
  return withTarget(path, value);
}

function withTarget(path: string, expected: PyValue): FieldCheck[] | { notApplicable: string } {
  const mapping = mapFeedparserPath(path);
  return 'target' in mapping ? [{ path, target: mapping.target, expected }] : mapping;
}

/**
 * Translates a feedparser `Expect:` expression into checks on our model. Only conjunctions of
 * `path == literal` (plus `not X.has_key(k)` and `ord(X) == n`) map; `bozo` conjuncts are
 * dropped (the model has no bozo flag). If any other conjunct does not map, the whole case is
 * not applicable: a half-checked expectation would pass silently.
 */
export function translateExpectation(expression: string): Translation {
  let tree: PyNode;
  try {
    tree = parsePythonExpression(expression);
  } catch (error) {
    return { notApplicable: `not mappable: unparsed (${(error as Error).message})` };
  }
  const conjuncts = substituteLiterals(conjunctsOf(tree).filter((node) => !isBozo(node)));
  if (conjuncts.length === 0) return { notApplicable: 'not mappable: bozo flag only' };
  const checks: FieldCheck[] = [];
  for (const conjunct of conjuncts) {
    const translated = translateConjunct(conjunct);
    if (!Array.isArray(translated)) return translated;
    checks.push(...translated);
  }
  return { checks };
}
