// Reads a principal term; the planner folds these into constants before plans are compiled.
import type { UserExpr } from '../check/ir.js';
import { policyError } from '../errors.js';
import type { Principal } from '../model/principal.js';
import { isManyLink } from '../model/schema.js';
import { readerFor, readLink } from './values.js';

/** The value of `user.<member>` for a principal (NULL for a missing attribute). */
export function readUser(e: UserExpr, principal: Principal | undefined): unknown {
  if (!principal) throw policyError('POLICY_INVALID_QUERY', `user.${e.member} needs a principal`);
  const attribute = e.attribute;
  if (attribute) {
    const raw = principal.attributes[attribute.name];
    if (isManyLink(attribute)) return Array.isArray(raw) ? raw.map(readLink) : null;
    return readerFor(attribute.type)(raw);
  }
  switch (e.member) {
    case 'id':
      return principal.id ?? null;
    case 'email':
      return principal.email ?? null;
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
