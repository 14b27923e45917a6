import { authErrors } from './auth.errors.js';
import { checkPassword, type PasswordContext } from './password-policy.js';

/** Applies the password policy; a refusal names the field and says what to change. */
export function assertAcceptablePassword(password: string, field: string, context: PasswordContext): void {
  const verdict = checkPassword(password, context);
  if (verdict.ok) return;
  throw authErrors[verdict.code](verdict.message, {
    issues: [{ location: 'body', field, message: verdict.message }],
    suggestions: verdict.suggestions,
  });
}
