// Reads a principal term; the planner folds these into constants before plans are compiled.
import type { UserExpr } from '../check/ir.js';
import { policyError } from '../errors.js';
import type { Principal } from '../model/principal.js';
import { isManyLink } from '../model/schema.js';
import { readerFor, readLink } from './values.js';

/**
 * The value of `user.<member>` for a principal. An empty user value (NULL, missing, or "") reads
 * as NULL, and an empty element of a list attribute is dropped: an empty value never equals
 * anything (DESIGN.md §4). Both back ends see principal terms only through here (plans fold them
 * into constants), so every comparison, `in`, `contains` and `startsWith` with one is UNKNOWN in
 * JS and in SQL alike, instead of matching empty fields or every string.
 */
export function readUser(e: UserExpr, principal: Principal | undefined): unknown {
  if (!principal) throw policyError('POLICY_INVALID_QUERY', `user.${e.member} needs a principal`);
  const attribute = e.attribute;
  if (attribute) {
    const raw = principal.attributes[attribute.name];
    if (isEmptyUserValue(raw)) return null;
    if (isManyLink(attribute)) return Array.isArray(raw) ? withoutEmpty(raw).map(readLink) : null;
    const value = readerFor(attribute.type)(raw);
    return Array.isArray(value) ? withoutEmpty(value) : value;
  }
  return readBuiltIn(e.member, principal);
}

/** NULL, missing or the empty string. */
export function isEmptyUserValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function withoutEmpty(items: readonly unknown[]): unknown[] {
  return items.filter((item) => !isEmptyUserValue(item));
}

function readBuiltIn(member: string, principal: Principal): unknown {
  switch (member) {
    case 'id':
      return emptyToNull(principal.id);
    case 'email':
      return emptyToNull(principal.email);
    case 'roles':
      return principal.roles;
    case 'rights':
      return principal.rights;
    case 'internal':
      return principal.internal;
    case 'builder':
      return principal.builder;
    case 'allData':
      return principal.allData;
    case 'anonymous':
      return principal.anonymous ?? false;
    default:
      return null;
  }
}

function emptyToNull(value: string | null | undefined): string | null {
  return isEmptyUserValue(value) ? null : (value as string);
}
