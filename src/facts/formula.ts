/**
 * The formula language of computed facts: arithmetic over an article's own ids.
 *
 * Rules:
 * - Numbers (`100`, `0.5`), ids (`perFacility`), `+ - * /` (also `× ÷ −`), parentheses, unary minus.
 * - Nothing else: no property access, no calls, no strings. Parsing never executes anything;
 *   the tree is evaluated by a switch over four operators.
 * - Errors carry the column (1-based) of the offending character within the formula.
 */
export type FormulaNode =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'id'; id: string; column: number }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode };

export type BinaryOp = '+' | '-' | '*' | '/';

export class FormulaSyntaxError extends Error {
  /** 1-based column within the formula text. */
  readonly column: number;

  constructor(message: string, column: number) {
    super(message);
    this.name = 'FormulaSyntaxError';
    this.column = column;
  }
}

type Token =
  | { kind: 'number'; value: number; text: string; column: number }
  | { kind: 'id'; id: string; column: number }
  | { kind: 'op'; op: BinaryOp; column: number }
  | { kind: 'paren'; open: boolean; column: number }
  | { kind: 'end'; column: number };

const OPERATOR_ALIASES: Record<string, BinaryOp> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
};

const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/i;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*/;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < formula.length) {
    const rest = formula.slice(index);
    const column = index + 1;
    const char = formula[index]!;
    if (/\s/.test(char)) {
      index += 1;
    } else if (OPERATOR_ALIASES[char]) {
      tokens.push({ kind: 'op', op: OPERATOR_ALIASES[char], column });
      index += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', open: char === '(', column });
      index += 1;
    } else if (NUMBER.test(rest)) {
      const text = NUMBER.exec(rest)![0];
      tokens.push({ kind: 'number', value: Number(text), text, column });
      index += text.length;
    } else if (IDENTIFIER.test(rest)) {
      const id = IDENTIFIER.exec(rest)![0];
      tokens.push({ kind: 'id', id, column });
      index += id.length;
    } else if (char === '.' || char === '[') {
      throw new FormulaSyntaxError(`property access ("${char}") is not allowed in a formula`, column);
    } else {
      throw new FormulaSyntaxError(
        `unexpected "${char}": a formula may use ids, numbers, + - * / and parentheses`,
        column,
      );
    }
  }
  tokens.push({ kind: 'end', column: formula.length + 1 });
  return tokens;
}

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** Parses a formula into a tree, or throws `FormulaSyntaxError` naming the column. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = () => tokens[position]!;
  const next = () => tokens[position++]!;

  function describe(token: Token): string {
    switch (token.kind) {
      case 'end':
        return 'the end of the formula';
      case 'number':
        return `"${token.text}"`;
      case 'id':
        return `"${token.id}"`;
      case 'op':
        return `"${token.op}"`;
      case 'paren':
        return token.open ? '"("' : '")"';
    }
  }

  function parseOperand(): FormulaNode {
    const token = next();
    if (token.kind === 'number') return { kind: 'number', value: token.value, text: token.text };
    if (token.kind === 'id') {
      const following = peek();
      if (following.kind === 'paren' && following.open) {
        throw new FormulaSyntaxError(`"${token.id}(…)" is a function call, which a formula cannot make`, token.column);
      }
      return { kind: 'id', id: token.id, column: token.column };
    }
    if (token.kind === 'op' && token.op === '-') return { kind: 'negate', operand: parseOperand() };
    if (token.kind === 'paren' && token.open) {
      const inner = parseExpression(0);
      const close = next();
      if (close.kind !== 'paren' || close.open) {
        throw new FormulaSyntaxError(`expected ")" but found ${describe(close)}`, close.column);
      }
      return inner;
    }
    throw new FormulaSyntaxError(`expected a number, an id or "(" but found ${describe(token)}`, token.column);
  }

  function parseExpression(minPrecedence: number): FormulaNode {
    let left = parseOperand();
    for (;;) {
      const token = peek();
      if (token.kind !== 'op' || PRECEDENCE[token.op] <= minPrecedence) break;
      next();
      const right = parseExpression(PRECEDENCE[token.op]);
      left = { kind: 'binary', op: token.op, left, right };
    }
    return left;
  }

  const tree = parseExpression(0);
  const trailing = peek();
  if (trailing.kind !== 'end') {
    throw new FormulaSyntaxError(`unexpected ${describe(trailing)} after a complete expression`, trailing.column);
  }
  return tree;
}

/** Every id the formula reads, in order of first appearance. */
export function formulaIds(node: FormulaNode): string[] {
  const ids: string[] = [];
  const visit = (current: FormulaNode): void => {
    if (current.kind === 'id') {
      if (!ids.includes(current.id)) ids.push(current.id);
    } else if (current.kind === 'negate') visit(current.operand);
    else if (current.kind === 'binary') {
      visit(current.left);
      visit(current.right);
    }
  };
  visit(node);
  return ids;
}

/** Every operator the formula uses; a leading minus counts as `-`. */
export function formulaOperators(node: FormulaNode): Set<BinaryOp> {
  const found = new Set<BinaryOp>();
  const visit = (current: FormulaNode): void => {
    if (current.kind === 'negate') {
      found.add('-');
      visit(current.operand);
    } else if (current.kind === 'binary') {
      found.add(current.op);
      visit(current.left);
      visit(current.right);
    }
  };
  visit(node);
  return found;
}

/** Thrown when a formula divides by zero, instead of letting Infinity reach a page. */
export class DivisionByZeroError extends Error {
  constructor() {
    super('division by zero');
    this.name = 'DivisionByZeroError';
  }
}

/** Evaluates a parsed formula; `lookup` supplies the value of each id. */
export function evaluateFormula(node: FormulaNode, lookup: (id: string) => number): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'id':
      return lookup(node.id);
    case 'negate':
      return -evaluateFormula(node.operand, lookup);
    case 'binary': {
      const left = evaluateFormula(node.left, lookup);
      const right = evaluateFormula(node.right, lookup);
      switch (node.op) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          if (right === 0) throw new DivisionByZeroError();
          return left / right;
      }
    }
  }
}

const OPERATOR_SIGNS: Record<BinaryOp, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' };

/**
 * Writes the formula back out for readers, each leaf rendered by `leaf`, with typographic
 * operators and only the parentheses the structure needs: "100 × 210", "(a + b) ÷ c".
 */
export function renderFormula(
  node: FormulaNode,
  leaf: (node: FormulaNode & { kind: 'number' | 'id' }) => string,
): string {
  const render = (current: FormulaNode, parentPrecedence: number, isRight: boolean): string => {
    switch (current.kind) {
      case 'number':
      case 'id':
        return leaf(current);
      case 'negate':
        return `−${render(current.operand, 3, false)}`;
      case 'binary': {
        const precedence = PRECEDENCE[current.op];
        const text = `${render(current.left, precedence, false)} ${OPERATOR_SIGNS[current.op]} ${render(current.right, precedence, true)}`;
        const needsParens = precedence < parentPrecedence || (isRight && precedence === parentPrecedence);
        return needsParens ? `(${text})` : text;
      }
    }
  };
  return render(node, 0, false);
}
