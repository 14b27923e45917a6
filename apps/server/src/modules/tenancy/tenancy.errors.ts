// The refusals of a caller's standing: the tenant guard and the delegation ceiling.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of tenancy. */
export const tenancyErrors = defineErrorCodes({
  APP_ACCESS_SUSPENDED: { status: 403, message: 'Your access to this application is suspended.' },
  MFA_ENROLLMENT_REQUIRED: { status: 403, message: 'Turn on two-factor authentication to work here.' },
  DELEGATION_CEILING: { status: 403, message: said },
});
