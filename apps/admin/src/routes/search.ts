// Search params arrive parsed as JSON (`?x=1` is a number, `?x=true` a boolean): these read them
// back as the text or number a screen expects. Small on purpose: a schema library here would
// weigh on the first screen's download.

/** A text param, or undefined when absent or empty. */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/** A numeric param (a flag like `?signedOut=1`), or undefined. */
export function number(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number(text(value));
  return Number.isFinite(n) ? n : undefined;
}
