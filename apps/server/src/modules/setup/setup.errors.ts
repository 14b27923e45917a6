// The refusals of creating the first platform owner.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of setup. */
export const setupErrors = defineErrorCodes({
  INVALID_SETUP_TOKEN: { status: 403, message: 'The setup token is wrong, used or expired.' },
});
