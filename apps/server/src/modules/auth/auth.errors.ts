// The refusals of signing in and of the accounts' own settings, with stable codes.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of auth: better-auth's translated, and Charter's own checks around it. */
export const authErrors = defineErrorCodes({
  UNAUTHENTICATED: { status: 401, message: 'Sign in, or send a valid API key.' },
  INVALID_API_KEY: { status: 401, message: 'The API key is unknown, expired or revoked.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or password is not right.' },
  INVALID_MFA_CODE: { status: 401, message: 'The code is not right, or it was already used.' },
  MFA_CHALLENGE_EXPIRED: {
    status: 401,
    message: 'The sign-in step for the second factor expired. Sign in again.',
  },
  REAUTHENTICATION_REQUIRED: { status: 401, message: 'Sign in again to do this.' },
  INVALID_PASSWORD: { status: 400, message: 'The current password is not right.' },
  INVALID_TOKEN: { status: 400, message: 'This link is invalid or has expired. Ask for a new one.' },
  // The password policy's refusals (password-policy.ts): its advice is the message.
  PASSWORD_TOO_SHORT: { status: 400, message: said },
  PASSWORD_TOO_LONG: { status: 400, message: said },
  PASSWORD_TOO_WEAK: { status: 400, message: said },
  EMAIL_NOT_VERIFIED: { status: 403, message: said },
  ACCOUNT_DISABLED: { status: 403, message: 'This account is suspended or deactivated.' },
  CSRF_ORIGIN_MISMATCH: { status: 403, message: said },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Choose a new password before doing anything else.' },
  API_KEY_NOT_ALLOWED: { status: 403, message: 'This action needs a signed-in person, not an API key.' },
  INSUFFICIENT_SCOPE: { status: 403, message: 'The API key does not carry the scope this route needs.' },
  EMAIL_IN_USE: { status: 409, message: said },
  MFA_NOT_ENABLED: { status: 409, message: 'Two-factor authentication is not set up.' },
  NO_PASSWORD: {
    status: 409,
    message: 'This account signs in through an identity provider and has no password.',
  },
  RATE_LIMITED: { status: 429, message: 'Too many requests from this address. Try again later.' },
  LOGIN_TEMPORARILY_LOCKED: { status: 429, message: 'Too many failed sign-ins. Try again later.' },
  MFA_TEMPORARILY_LOCKED: {
    status: 429,
    message: 'Too many wrong codes. Wait 15 minutes, then sign in again.',
  },
});
