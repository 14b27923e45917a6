// The refusals of roles and custom rights.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of roles. */
export const roleErrors = defineErrorCodes({
  /** A role key the app does not have; the message says where it was named. */
  UNKNOWN_ROLES: { status: 400, message: said },
  UNKNOWN_RIGHTS: { status: 400, message: (unknown: string) => `This application has no right ${unknown}.` },
  ROLE_KEY_TAKEN: { status: 409, message: (key: string) => `This application already has a role ${key}.` },
  RIGHT_KEY_TAKEN: { status: 409, message: (key: string) => `This application already has a right ${key}.` },
  DEFAULT_ROLE: {
    status: 409,
    message: (name: string) => `${name} is a default role of the application; it stays.`,
  },
  ROLE_IN_USE: {
    status: 409,
    message: (users: number) => `${users} users hold this role. Name a replacement role to move them to.`,
  },
});
