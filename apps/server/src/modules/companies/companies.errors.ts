// The refusals of companies, their members, invitations and identity providers.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of companies. */
export const companyErrors = defineErrorCodes({
  ISSUER_NOT_DISCOVERABLE: {
    status: 400,
    message: (problem: string) => `The issuer cannot be used: ${problem}.`,
  },
  INVALID_INVITATION: {
    status: 400,
    message:
      'This invitation is not valid for your account: it may be used, revoked or expired, or be meant for another address.',
  },
  OWNER_ONLY: { status: 403, message: (action: string) => `Only an owner can ${action}.` },
  PROVIDER_ID_TAKEN: { status: 409, message: 'This provider id is already used; choose another.' },
  OWNER_RIGHTS_FIXED: {
    status: 409,
    message: 'An owner holds every company right; change their ownership instead.',
  },
  ALREADY_OWNER: { status: 409, message: 'You already own this company.' },
  LAST_OWNER: { status: 409, message: 'A company keeps at least one owner: make someone else owner first.' },
  ENABLE_MFA_FIRST: { status: 409, message: 'Turn on two-factor authentication for yourself first.' },
  ALREADY_MEMBER: { status: 409, message: said },
  INVITATION_CLOSED: { status: 409, message: 'This invitation was already accepted or revoked.' },
});
