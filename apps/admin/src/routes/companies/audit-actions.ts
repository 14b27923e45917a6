/** What each audit action means, in a sentence fragment after the actor's name. */
const ACTIONS: Record<string, string> = {
  'company.created': 'created the company',
  'company.info.updated': 'changed the company information',
  'company.billing.updated': 'changed the billing details',
  'company.security.updated': 'changed the security settings',
  'company.invitation.created': 'invited someone',
  'company.invitation.resent': 'sent an invitation again',
  'company.invitation.revoked': 'revoked an invitation',
  'company.invitation.accepted': 'accepted an invitation and joined',
  'company.member.rights_changed': "changed a member's rights",
  'company.member.removed': 'removed a member',
  'company.member.left': 'left the company',
  'company.owner.added': 'made a member owner',
  'company.owner.removed': "removed a member's ownership",
  'company.ownership.transferred': 'transferred ownership',
  'company.identity_provider.created': 'added an identity provider',
  'company.identity_provider.updated': 'turned an identity provider on or off',
  'company.identity_provider.deleted': 'removed an identity provider',
  'app.created': 'created an application',
  'app.updated': 'changed an application',
  'app.deleted': 'deleted an application',
  'app.user.created': 'created a user',
  'app.user.updated': 'changed a user',
  'app.user.removed': 'removed a user',
  'app.user.permissions_changed': "changed a user's permissions",
  'app.role.created': 'created a role',
  'app.role.updated': 'changed a role',
  'app.role.deleted': 'deleted a role',
  'app.right.created': 'created a custom right',
  'app.right.updated': 'changed a custom right',
  'app.right.deleted': 'deleted a custom right',
  'app.rule.created': 'created a data rule',
  'app.rule.updated': 'changed a data rule',
  'app.rule.deleted': 'deleted a data rule',
  'app.page.created': 'created a page',
  'app.page.updated': 'changed a page',
  'app.page.restored': 'restored an earlier version of a page',
  'app.page.deleted': 'deleted a page',
};

/** The filter choices: groups (a prefix ending in ".") and the single actions most asked for. */
export const ACTION_FILTERS = [
  {
    group: 'Kinds of change',
    items: [
      { value: 'company.invitation.', label: 'Invitations' },
      { value: 'company.member.', label: 'Members and their rights' },
      { value: 'company.owner.', label: 'Ownership' },
      { value: 'company.identity_provider.', label: 'Identity providers' },
      { value: 'app.', label: 'Applications' },
    ],
  },
  {
    group: 'One action',
    items: Object.entries(ACTIONS)
      .filter(([key]) => key.startsWith('company.'))
      .map(([value, label]) => ({ value, label: label.charAt(0).toUpperCase() + label.slice(1) })),
  },
];

/** The action as words; an invitation names its address ("invited ana@example.com"). */
export function describeAction(action: string, details: Record<string, unknown> = {}): string {
  const email = typeof details.email === 'string' ? details.email : null;
  if (email && action === 'company.invitation.created') return `invited ${email}`;
  if (email && action === 'company.invitation.resent') return `sent the invitation to ${email} again`;
  if (email && action === 'company.invitation.revoked') return `revoked the invitation to ${email}`;
  return ACTIONS[action] ?? action.replaceAll('.', ' ').replaceAll('_', ' ');
}
