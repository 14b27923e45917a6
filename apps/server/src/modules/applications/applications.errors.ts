// The refusals of the applications API.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of applications. */
export const applicationErrors = defineErrorCodes({
  APP_SLUG_TAKEN: {
    status: 409,
    message: (slug: string) => `Another application already lives at /a/${slug}. Choose another address.`,
  },
  /** A login template names a sign-in method this server has not configured for the app. */
  SIGN_IN_METHOD_UNAVAILABLE: {
    status: 400,
    message: (unknown: string[], allowed: string[]) =>
      `This server does not offer ${unknown.join(', ')} as a way to sign in. Choose among: ${allowed.join(', ')}.`,
  },
});
