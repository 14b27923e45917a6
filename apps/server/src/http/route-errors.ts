/**
 * The error codes each operation answers of its own, by status: what its handler and services
 * refuse, beyond the codes its declarations imply (operation-errors.ts). The OpenAPI document lists
 * both on each response. The server tests check every code an operation answers is listed here or
 * implied, so a new refusal cannot ship undocumented.
 */
export const ROUTE_ERRORS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  'POST /api/apps/:app/access/explain': { 400: ['POLICY_UNKNOWN_IDENTIFIER'], 404: ['APP_USER_NOT_FOUND'] },
  'POST /api/apps/:app/access/view-as': {
    400: ['VIEW_AS_SELF'],
    403: ['VIEW_AS_TARGET_MORE_PRIVILEGED', 'VIEW_AS_WRITES_NOT_ALLOWED'],
    409: ['VIEW_AS_ALREADY_ACTIVE'],
  },
  'POST /api/apps/:app/attributes': { 409: ['ATTRIBUTE_KEY_TAKEN'] },
  'DELETE /api/apps/:app/attributes/:attribute': { 409: ['ATTRIBUTE_IN_USE'] },
  'PATCH /api/apps/:app/attributes/:attribute': { 409: ['OPTION_IN_USE'] },
  'POST /api/apps/:app/collections': { 409: ['COLLECTION_KEY_TAKEN'] },
  'DELETE /api/apps/:app/collections/:collection': { 409: ['COLLECTION_IN_USE', 'USERS_COLLECTION_MANAGED'] },
  'POST /api/apps/:app/collections/:collection/fields': {
    409: ['FIELD_HAS_EMPTY_VALUES', 'FIELD_NAME_TAKEN', 'USERS_COLLECTION_MANAGED'],
  },
  'DELETE /api/apps/:app/collections/:collection/fields/:field': { 409: ['FIELD_IN_USE'] },
  'PATCH /api/apps/:app/collections/:collection/fields/:field': {
    409: [
      'FIELD_HAS_DUPLICATES',
      'FIELD_HAS_EMPTY_VALUES',
      'FIELD_NAME_TAKEN',
      'OPTION_IN_USE',
      'USERS_COLLECTION_MANAGED',
    ],
  },
  'GET /api/apps/:app/collections/:collection/records': {
    400: [
      'EXPAND_TOO_DEEP',
      'NOT_A_LINK',
      'POLICY_INVALID_QUERY',
      'POLICY_SYNTAX_ERROR',
      'POLICY_UNKNOWN_IDENTIFIER',
    ],
    403: ['NOT_AN_APP_USER'],
  },
  'GET /api/apps/:app/data/collections': { 403: ['NOT_AN_APP_USER'] },
  'POST /api/apps/:app/collections/:collection/records': {
    400: ['LINK_TARGET_NOT_FOUND', 'READ_ONLY_COLLECTION'],
    403: ['FIELD_WRITE_DENIED', 'RECORD_WRITE_DENIED'],
    409: ['UNIQUE_VIOLATION'],
  },
  'DELETE /api/apps/:app/collections/:collection/records/:record': {
    400: ['READ_ONLY_COLLECTION'],
    403: ['RECORD_WRITE_DENIED'],
  },
  'GET /api/apps/:app/collections/:collection/records/:record': { 400: ['EXPAND_TOO_DEEP', 'NOT_A_LINK'] },
  'PATCH /api/apps/:app/collections/:collection/records/:record': {
    400: ['READ_ONLY_COLLECTION'],
    403: ['FIELD_WRITE_DENIED', 'RECORD_WRITE_DENIED'],
  },
  'POST /api/apps/:app/collections/:collection/records/bulk': {
    400: ['READ_ONLY_COLLECTION'],
    403: ['FIELD_WRITE_DENIED', 'RECORD_WRITE_DENIED'],
  },
  'POST /api/apps/:app/join': { 403: ['REGISTRATION_CLOSED'], 404: ['NOT_FOUND'], 409: ['ALREADY_APP_USER'] },
  'POST /api/apps/:app/pages': { 400: ['PAGE_INVALID'], 409: ['PAGE_SLUG_TAKEN'] },
  'PUT /api/apps/:app/pages/:page': {
    400: ['PAGE_INVALID'],
    409: ['PAGE_SLUG_TAKEN', 'PAGE_VERSION_CONFLICT'],
  },
  'DELETE /api/apps/:app/pages/:page': { 409: ['PAGE_HAS_CHILDREN'] },
  'POST /api/apps/:app/pages/:page/versions/:version/restore': {
    400: ['PAGE_INVALID'],
    409: ['PAGE_SLUG_TAKEN'],
  },
  'POST /api/apps/:app/policy/import': { 400: ['POLICY_INVALID'], 409: ['POLICY_REMOVES_IN_USE'] },
  'POST /api/apps/:app/policy/test': { 400: ['POLICY_TEST_INVALID'] },
  'POST /api/apps/:app/policy/test/mutations': { 400: ['POLICY_TEST_INVALID'] },
  'POST /api/apps/:app/register': {
    400: ['PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK'],
    403: ['REGISTRATION_CLOSED'],
    404: ['NOT_FOUND'],
    409: ['EMAIL_IN_USE'],
    429: ['RATE_LIMITED'],
  },
  'GET /api/apps/:app/register-form': { 403: ['REGISTRATION_CLOSED'], 404: ['NOT_FOUND'] },
  'POST /api/apps/:app/rights': { 409: ['RIGHT_KEY_TAKEN'] },
  'DELETE /api/apps/:app/rights/:right': { 403: ['DELEGATION_CEILING'] },
  'POST /api/apps/:app/roles': {
    400: ['UNKNOWN_RIGHTS'],
    403: ['DELEGATION_CEILING'],
    409: ['ROLE_KEY_TAKEN'],
  },
  'DELETE /api/apps/:app/roles/:role': {
    400: ['UNKNOWN_ROLES'],
    403: ['DELEGATION_CEILING'],
    409: ['DEFAULT_ROLE', 'ROLE_IN_USE'],
  },
  'PATCH /api/apps/:app/roles/:role': { 400: ['UNKNOWN_RIGHTS'], 403: ['DELEGATION_CEILING'] },
  'POST /api/apps/:app/rules': { 400: ['RULE_INVALID'] },
  'PATCH /api/apps/:app/rules/:rule': { 400: ['RULE_INVALID'] },
  'GET /api/apps/:app/ui': { 403: ['NOT_AN_APP_USER'] },
  'POST /api/apps/:app/users': { 400: ['UNKNOWN_ROLES'], 409: ['ALREADY_APP_USER'] },
  'DELETE /api/apps/:app/users/:accountId': { 403: ['DELEGATION_CEILING'] },
  'PATCH /api/apps/:app/users/:accountId': { 403: ['DELEGATION_CEILING'], 409: ['CANNOT_CHANGE_OWN_STATUS'] },
  'PUT /api/apps/:app/users/:accountId/permissions': {
    400: ['UNKNOWN_ROLES'],
    403: ['DELEGATION_CEILING'],
    409: ['CONCURRENT_CHANGE'],
  },
  'POST /api/apps/:app/users/create': { 400: ['UNKNOWN_ROLES'], 409: ['EMAIL_IN_USE'] },
  'POST /api/auth/api-keys': { 403: ['DELEGATION_CEILING'] },
  'POST /api/auth/email/change': { 400: ['INVALID_PASSWORD'], 409: ['EMAIL_IN_USE'] },
  'POST /api/auth/login': {
    401: ['INVALID_CREDENTIALS'],
    403: ['ACCOUNT_DISABLED', 'EMAIL_NOT_VERIFIED'],
    429: ['LOGIN_TEMPORARILY_LOCKED', 'RATE_LIMITED'],
  },
  'POST /api/auth/mfa/backup-codes': { 400: ['INVALID_PASSWORD'], 409: ['MFA_NOT_ENABLED'] },
  'POST /api/auth/mfa/confirm': { 401: ['INVALID_MFA_CODE'] },
  'POST /api/auth/mfa/disable': { 400: ['INVALID_PASSWORD'], 409: ['MFA_NOT_ENABLED'] },
  'POST /api/auth/mfa/enroll': { 400: ['INVALID_PASSWORD'] },
  'POST /api/auth/mfa/verify': {
    401: ['INVALID_MFA_CODE', 'MFA_CHALLENGE_EXPIRED'],
    429: ['MFA_TEMPORARILY_LOCKED', 'RATE_LIMITED'],
  },
  'POST /api/auth/password/change': {
    400: ['INVALID_PASSWORD', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK'],
    409: ['NO_PASSWORD'],
  },
  'POST /api/auth/password/check': { 429: ['RATE_LIMITED'] },
  'POST /api/auth/password/forgot': { 429: ['RATE_LIMITED'] },
  'POST /api/auth/password/reset': {
    400: ['INVALID_TOKEN', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK'],
    429: ['RATE_LIMITED'],
  },
  'POST /api/auth/register': {
    400: ['PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK'],
    429: ['RATE_LIMITED'],
  },
  'POST /api/auth/sign-in/:provider': { 404: ['NOT_FOUND'] },
  'GET /api/auth/verify-email': { 400: ['INVALID_TOKEN'], 401: ['INVALID_USER'] },
  'POST /api/auth/verify-email/resend': { 429: ['RATE_LIMITED'] },
  'POST /api/companies/:company/identity-providers': {
    400: ['ISSUER_NOT_DISCOVERABLE'],
    409: ['PROVIDER_ID_TAKEN'],
  },
  'POST /api/companies/:company/invitations': { 403: ['DELEGATION_CEILING'], 409: ['ALREADY_MEMBER'] },
  'DELETE /api/companies/:company/invitations/:id': { 409: ['INVITATION_CLOSED'] },
  'POST /api/companies/:company/invitations/:id/resend': { 409: ['INVITATION_CLOSED'] },
  'POST /api/companies/:company/leave': { 409: ['LAST_OWNER'] },
  'DELETE /api/companies/:company/members/:accountId': { 403: ['OWNER_ONLY'] },
  'PUT /api/companies/:company/members/:accountId/ownership': { 403: ['OWNER_ONLY'], 409: ['LAST_OWNER'] },
  'PUT /api/companies/:company/members/:accountId/rights': {
    403: ['DELEGATION_CEILING'],
    409: ['OWNER_RIGHTS_FIXED'],
  },
  'POST /api/companies/:company/ownership/transfer': {
    403: ['OWNER_ONLY'],
    409: ['ALREADY_OWNER', 'LAST_OWNER'],
  },
  'PUT /api/companies/:company/security': { 409: ['ENABLE_MFA_FIRST'] },
  'POST /api/invitations/accept': { 400: ['INVALID_INVITATION'], 409: ['INVITATION_CLOSED'] },
  'POST /api/invitations/preview': { 400: ['INVALID_INVITATION'] },
  'GET /api/ready': { 503: ['NOT_READY'] },
  'POST /api/setup': {
    400: ['PASSWORD_TOO_LONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK'],
    403: ['INVALID_SETUP_TOKEN'],
    429: ['RATE_LIMITED'],
  },
};
