// The refusals of app users, their permissions and attributes.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of app users. */
export const appUserErrors = defineErrorCodes({
  ATTRIBUTE_KEY_TAKEN: {
    status: 409,
    message: (key: string) => `This application already has an attribute ${key}.`,
  },
  /** The register form or rules use the attribute; the message names which. */
  ATTRIBUTE_IN_USE: { status: 409, message: said },
  ALREADY_APP_USER: { status: 409, message: 'This account is already a user of the application.' },
  CONCURRENT_CHANGE: { status: 409, message: 'Someone changed this user at the same time. Try again.' },
});
