import {
  ACTIONS,
  type Action,
  AUDIENCES,
  type Audience,
  RULE_KINDS,
  type RuleKind,
} from '../../../api/rules.js';

/** The search params of a new rule, read back as the values the editor takes. */
export function newRuleSearch(s: Record<string, unknown>): {
  collection?: string;
  kind?: RuleKind;
  role?: string;
  audience?: Audience;
  action?: Action;
  template?: string;
} {
  const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
  const kind = RULE_KINDS.find((k) => k.value === s.kind)?.value;
  const audience = AUDIENCES.find((a) => a.value === s.audience)?.value;
  const action = ACTIONS.find((a) => a === s.action);
  return {
    ...(str(s.collection) ? { collection: str(s.collection) } : {}),
    ...(kind ? { kind } : {}),
    ...(str(s.role) ? { role: str(s.role) } : {}),
    ...(audience ? { audience } : {}),
    ...(action ? { action } : {}),
    ...(str(s.template) ? { template: str(s.template) } : {}),
  };
}
