// The refusals of the platform's administration of accounts.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of accounts. */
export const accountErrors = defineErrorCodes({
  /** An administrator or app manager acting on their own standing; the message names the change. */
  CANNOT_CHANGE_OWN_STATUS: { status: 409, message: said },
  INVALID_STATUS_CHANGE: {
    status: 409,
    message: (status: string, to: string) => `An account that is ${status} cannot be ${to}.`,
  },
});
