// The refusals of self-registration.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of registration. */
export const registrationErrors = defineErrorCodes({
  REGISTRATION_CLOSED: { status: 403, message: 'This application does not accept registrations.' },
});
