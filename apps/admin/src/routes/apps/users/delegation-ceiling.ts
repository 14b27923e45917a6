import type { AppRole } from '../../../api/app-users.js';
import type { AppDetail } from '../../../api/apps.js';
import type { Standing } from '../../../api/rights.js';

/** What the caller may hand out or take away; each answer is null when allowed, else the reason. */
export interface Ceiling {
  right(key: string): string | null;
  role(role: AppRole): string | null;
  /** A role flag that widens access: Team Member, Modify App or Access All Data. */
  flag(flag: string): string | null;
}

const FLAG_NAMES = { internal: 'Team Member', builder: 'Modify App', allData: 'Access All Data' } as const;

/**
 * The delegation ceiling (DESIGN.md §3) as the server applies it to Manage permissions: nobody
 * gives or removes a right or role flag they do not hold. Owners hold everything; those who manage
 * the company's apps hold every backoffice right and the Modify App flag; everyone else holds what
 * their own roles and direct rights give them here. Shown ahead, so nothing is offered and then refused.
 */
export function delegationCeiling(company: Standing | undefined, you: AppDetail['you']): Ceiling {
  const owner = Boolean(company?.isOwner || you.owner);
  const managesApps = owner || Boolean(company?.rights.includes('company.apps.manage'));
  const holds = (key: string) => {
    if (owner) return true;
    if (key.startsWith('company.')) return Boolean(company?.rights.includes(key));
    if (key.startsWith('app.') && managesApps) return true;
    return you.rights.includes(key);
  };
  const holdsFlag = (flag: keyof typeof FLAG_NAMES) =>
    owner || you[flag] || (flag === 'builder' && managesApps);
  return {
    right: (key) => (holds(key) ? null : 'You do not hold this right, so you cannot give or remove it.'),
    flag: (flag) =>
      !(flag in FLAG_NAMES) || holdsFlag(flag as keyof typeof FLAG_NAMES)
        ? null
        : 'You do not hold this flag yourself, so you cannot give or remove it.',
    role: (role) => {
      const missing = [
        ...(Object.keys(FLAG_NAMES) as (keyof typeof FLAG_NAMES)[])
          .filter((flag) => role[flag] && !holdsFlag(flag))
          .map((flag) => FLAG_NAMES[flag]),
        ...role.rights.filter((key) => !holds(key)),
      ];
      if (missing.length === 0) return null;
      return `It gives ${missing.join(', ')}, which you do not hold yourself, so you cannot give or remove it.`;
    },
  };
}
