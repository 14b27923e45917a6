// Names the empty user values that made a condition UNKNOWN once the principal was folded in.
import { type Expr, subExpressions } from '../check/ir.js';
import { readUser } from '../compile-js/read-user.js';
import type { Principal } from '../model/principal.js';

/**
 * "user.department is empty" when the condition folded to UNKNOWN and reads user values that are
 * empty (NULL, missing or ""), which never equal anything; null otherwise. Explain shows it as the
 * failing part, where the folded condition alone would only say "null".
 */
export function emptyUserNote(condition: Expr, folded: Expr, principal: Principal): string | null {
  if (folded.kind !== 'const' || folded.value !== null) return null;
  const empty = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'user' && readUser(e, principal) === null) empty.add(`user.${e.member}`);
    for (const c of subExpressions(e)) visit(c);
  };
  visit(condition);
  if (empty.size === 0) return null;
  const names = [...empty].sort();
  return `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} empty`;
}
