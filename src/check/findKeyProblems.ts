/**
 * Problems with the names in the frontmatter that the parsed data can no longer show: a key
 * written twice in one map (YAML keeps only the last), and `__proto__`, which JavaScript objects
 * (and so the schema) silently drop, and the other names every object inherits (`constructor`),
 * which code reading `figures[id]` could mistake for an article's own id.
 */
import { isMap, isScalar, isSeq, visit, type Document } from 'yaml';

/** Names every JavaScript object already has (`constructor`, `toString`, `__proto__` …). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export interface KeyProblem {
  /** Offset of the offending key in the YAML text. */
  offset: number;
  field: string;
  message: string;
}

export function findKeyProblems(document: Document): KeyProblem[] {
  const problems: KeyProblem[] = [];
  visit(document, {
    Map(_key, map, ancestry) {
      const path = fieldPath([...ancestry, map]);
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        const field = [...path, name].join('.');
        if (RESERVED_NAMES.has(name)) {
          problems.push({
            offset,
            field,
            message: `"${name}" is reserved by JavaScript and cannot be used as a name or id; choose another`,
          });
        }
        const first = seen.get(name);
        if (first !== undefined) {
          const where = path.length > 0 ? `under ${path.join('.')}` : 'in the frontmatter';
          problems.push({
            offset,
            field,
            message: `"${name}" is written twice ${where}; ids and fields must be unique`,
          });
        } else {
          seen.set(name, offset);
        }
      }
    },
  });
  return problems;
}

/** The dotted path of the node the visitor is in, from its ancestry of maps, pairs and lists. */
function fieldPath(ancestry: readonly unknown[]): string[] {
  const path: string[] = [];
  for (const [index, node] of ancestry.entries()) {
    const child = ancestry[index + 1];
    if (isMap(node) || node === undefined) continue;
    if (isSeq(node) && child !== undefined) {
      path.push(String(node.items.indexOf(child as never)));
    } else if (node && typeof node === 'object' && 'key' in node && isScalar(node.key)) {
      path.push(String(node.key.value));
    }
  }
  return path;
}
