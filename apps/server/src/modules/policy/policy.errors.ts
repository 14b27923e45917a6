// The refusals of the policy file: its import and its validation.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of policy. */
export const policyErrors = defineErrorCodes({
  POLICY_INVALID: {
    status: 400,
    message: (problems: string) => `The policy file cannot be imported: ${problems}`,
  },
  POLICY_REMOVES_IN_USE: {
    status: 409,
    message: (named: string) =>
      `The file leaves out what app users still hold: ${named}. Add them to the file, or import with prune to remove them.`,
  },
});
