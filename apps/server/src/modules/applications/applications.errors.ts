// The refusals of the applications API.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of applications. */
export const applicationErrors = defineErrorCodes({
  APP_SLUG_TAKEN: {
    status: 409,
    message: (slug: string) => `Another application already lives at /a/${slug}. Choose another address.`,
  },
});
