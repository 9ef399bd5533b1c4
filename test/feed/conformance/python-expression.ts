import { decodePythonString } from './python-string.js';

/** A value a Python literal can have in an `Expect:` line (tuples and lists become arrays). */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

/** The syntax tree of the Python expression subset that feedparser's `Expect:` lines use. */
export type PyNode =
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: PyValue }
  | { kind: 'index'; target: PyNode; key: PyNode }
  | { kind: 'attribute'; target: PyNode; name: string }
  | { kind: 'call'; callee: PyNode; args: PyNode[] }
  | { kind: 'compare'; op: string; left: PyNode; right: PyNode }
  | { kind: 'and' | 'or'; operands: PyNode[] }
  | { kind: 'not'; operand: PyNode }
  | { kind: 'add'; operands: PyNode[] }
  | { kind: 'sequence'; items: PyNode[] }
  | { kind: 'dict'; entries: [PyNode, PyNode][] };

const TOKEN =
  /\s*(?:([rRuUbB]{0,2}(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*"))|(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+<>()[\]{}.,:]))/y;

interface Token {
  type: 'string' | 'number' | 'name' | 'op' | 'end';
  text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length && source.slice(TOKEN.lastIndex).trim()) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new SyntaxError(`unexpected character at ${start}: ${source.slice(start, start + 20)}`);
    const [, string, number, name, op] = match;
    tokens.push(
      string !== undefined ? { type: 'string', text: string }
      : number !== undefined ? { type: 'number', text: number }
      : name !== undefined ? { type: 'name', text: name }
      : { type: 'op', text: op },
    );
  }
  tokens.push({ type: 'end', text: '' });
  return tokens;
}

const KEYWORD_LITERALS: Record<string, PyValue> = { True: true, False: false, None: null };

/** Parses a Python expression of the `Expect:` subset; throws SyntaxError for anything else. */
export function parsePythonExpression(source: string): PyNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (text?: string) => (text === undefined || tokens[position].text === text) && tokens[position].type !== 'end';
  const take = (text: string) => {
    if (tokens[position].text !== text) throw new SyntaxError(`expected "${text}" but found "${tokens[position].text}"`);
    position++;
  };

  const expression = (): PyNode => chain('or', () => chain('and', negation));

  function chain(word: 'and' | 'or', operand: () => PyNode): PyNode {
    const operands = [operand()];
    while (tokens[position].type === 'name' && tokens[position].text === word) {
      position++;
      operands.push(operand());
    }
    return operands.length === 1 ? operands[0] : { kind: word, operands };
  }

  function negation(): PyNode {
    if (tokens[position].type === 'name' && tokens[position].text === 'not') {
      position++;
      return { kind: 'not', operand: negation() };
    }
    return comparison();
  }

  function comparisonOperator(): string {
    const [token, next] = [tokens[position], tokens[position + 1]];
    if (token.type === 'op' && /^(==|!=|<|>|<=|>=)$/.test(token.text)) return token.text;
    if (token.type !== 'name') return '';
    if (token.text === 'in') return 'in';
    if (token.text === 'is') return next.text === 'not' ? 'is not' : 'is';
    return token.text === 'not' && next.text === 'in' ? 'not in' : '';
  }

  // Python chains comparisons: `a == b == c` means `a == b and b == c`.
  function comparison(): PyNode {
    let left = sum();
    const links: PyNode[] = [];
    for (let op = comparisonOperator(); op; op = comparisonOperator()) {
      position += op.includes(' ') ? 2 : 1;
      const right = sum();
      links.push({ kind: 'compare', op, left, right });
      left = right;
    }
    return links.length === 0 ? left : links.length === 1 ? links[0] : { kind: 'and', operands: links };
  }

  function sum(): PyNode {
    const operands = [postfix()];
    while (peek('+')) {
      position++;
      operands.push(postfix());
    }
    if (operands.length === 1) return operands[0];
    const strings = operands.map((node) => (node.kind === 'literal' && typeof node.value === 'string' ? node.value : undefined));
    return strings.every((value) => value !== undefined) ? { kind: 'literal', value: strings.join('') } : { kind: 'add', operands };
  }

  function postfix(): PyNode {
    let node = atom();
    for (;;) {
      if (peek('[')) {
        position++;
        const key = expression();
        take(']');
        node = { kind: 'index', target: node, key };
      } else if (peek('.')) {
        position++;
        const name = tokens[position++];
        if (name.type !== 'name') throw new SyntaxError(`expected a name after "." but found "${name.text}"`);
        node = { kind: 'attribute', target: node, name: name.text };
      } else if (peek('(')) {
        position++;
        node = { kind: 'call', callee: node, args: items(')') };
      } else return node;
    }
  }

  function items(close: string): PyNode[] {
    const list: PyNode[] = [];
    while (!peek(close)) {
      list.push(expression());
      if (!peek(close)) take(',');
    }
    take(close);
    return list;
  }

  function atom(): PyNode {
    const token = tokens[position++];
    if (token.type === 'string') {
      let value = decodePythonString(token.text);
      while (tokens[position].type === 'string') value += decodePythonString(tokens[position++].text);
      return { kind: 'literal', value };
    }
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'name') {
      return token.text in KEYWORD_LITERALS ? { kind: 'literal', value: KEYWORD_LITERALS[token.text] } : { kind: 'name', name: token.text };
    }
    if (token.text === '-' && tokens[position].type === 'number') return { kind: 'literal', value: -Number(tokens[position++].text) };
    if (token.text === '(') {
      const list = items(')');
      const isTuple = list.length !== 1 || tokens[position - 2].text === ',';
      return isTuple ? literalOrSequence(list) : list[0];
    }
    if (token.text === '[') return literalOrSequence(items(']'));
    if (token.text === '{') {
      const entries: [PyNode, PyNode][] = [];
      while (!peek('}')) {
        const key = expression();
        take(':');
        entries.push([key, expression()]);
        if (!peek('}')) take(',');
      }
      take('}');
      return entries.every(([key, value]) => key.kind === 'literal' && typeof key.value === 'string' && value.kind === 'literal')
        ? { kind: 'literal', value: Object.fromEntries(entries.map(([key, value]) => [(key as { value: string }).value, (value as { value: PyValue }).value])) }
        : { kind: 'dict', entries };
    }
    throw new SyntaxError(`unexpected "${token.text || 'end of expression'}"`);
  }

  function literalOrSequence(list: PyNode[]): PyNode {
    return list.every((node) => node.kind === 'literal')
      ? { kind: 'literal', value: list.map((node) => (node as { value: PyValue }).value) }
      : { kind: 'sequence', items: list };
  }

  const tree = expression();
  if (tokens[position].type !== 'end') throw new SyntaxError(`unexpected "${tokens[position].text}" after the expression`);
  return tree;
}
