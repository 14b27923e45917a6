import { ApiError } from '../api/client.js';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  values: object;
}

/**
 * Puts the API's field errors beside the fields that caused them. Returns true when every issue
 * found its field, so the caller shows a general alert only for what is left.
 */
export function showFieldErrors(
  form: FormWithErrors,
  error: unknown,
  fieldMap: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const errors: Record<string, string> = {};
  let unplaced = 0;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const target = fieldMap[field] ?? field;
    if ((target.split('.')[0] ?? '') in form.values) errors[target] = sentence(message);
    else unplaced += 1;
  }
  form.setErrors(errors);
  return Object.keys(errors).length > 0 && unplaced === 0;
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
