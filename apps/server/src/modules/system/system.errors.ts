// The refusals of the health and readiness routes.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of system. */
export const systemErrors = defineErrorCodes({
  /** The database does not answer, or is not migrated; the message says which. */
  NOT_READY: { status: 503, message: (reason: string) => reason },
});
