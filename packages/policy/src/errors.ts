// Typed errors with stable codes: the server maps them to HTTP answers without parsing messages.

/** Stable error codes of the engine; clients and the server switch on these, never on messages. */
export const POLICY_ERROR_CODES = [
  'POLICY_SYNTAX_ERROR',
  'POLICY_UNKNOWN_IDENTIFIER',
  'POLICY_TYPE_MISMATCH',
  'POLICY_UNSUPPORTED_FUNCTION',
  'POLICY_UNSUPPORTED_OPERATOR',
  'POLICY_INVALID_LITERAL',
  'POLICY_EXPRESSION_TOO_LONG',
  'POLICY_EXPRESSION_TOO_DEEP',
  'POLICY_INVALID_RULE',
  'POLICY_INVALID_SCHEMA',
  'POLICY_UNKNOWN_COLLECTION',
  'POLICY_INVALID_QUERY',
  'POLICY_NOW_REQUIRED',
  'POLICY_RELATION_NOT_LOADED',
  'POLICY_EVALUATION_ERROR',
] as const;

/** One of the stable codes above. */
export type PolicyErrorCode = (typeof POLICY_ERROR_CODES)[number];

/** Where in the expression text an error sits: UTF-16 offsets, end exclusive. */
export interface SourcePosition {
  readonly start: number;
  readonly end: number;
}

/** The plain-data shape of an error, safe to send to a client. */
export interface PolicyErrorData {
  readonly code: PolicyErrorCode;
  readonly message: string;
  readonly position?: SourcePosition;
  readonly expected?: readonly string[];
}

/** The only error type the engine throws; everything else is a bug. */
export class PolicyError extends Error implements PolicyErrorData {
  override readonly name = 'PolicyError';
  readonly code: PolicyErrorCode;
  readonly position?: SourcePosition;
  readonly expected?: readonly string[];

  constructor(data: PolicyErrorData) {
    super(data.message);
    this.code = data.code;
    if (data.position) this.position = data.position;
    if (data.expected) this.expected = data.expected;
  }

  /** Plain data for logs and API answers. */
  toJSON(): PolicyErrorData {
    const out: { -readonly [K in keyof PolicyErrorData]: PolicyErrorData[K] } = {
      code: this.code,
      message: this.message,
    };
    if (this.position) out.position = this.position;
    if (this.expected) out.expected = this.expected;
    return out;
  }
}

/** Builds an error with a list of valid choices, so messages always name them. */
export function policyError(
  code: PolicyErrorCode,
  message: string,
  position?: SourcePosition,
  expected?: readonly string[],
): PolicyError {
  const data: { -readonly [K in keyof PolicyErrorData]: PolicyErrorData[K] } = { code, message };
  if (position) data.position = position;
  if (expected) data.expected = [...expected].sort();
  return new PolicyError(data);
}

/** Formats a short list of choices for a message ("a, b or c"). */
export function listChoices(choices: readonly string[], max = 12): string {
  const sorted = [...choices].sort();
  if (sorted.length === 0) return 'nothing';
  if (sorted.length > max) return `${sorted.slice(0, max).join(', ')} and ${sorted.length - max} more`;
  if (sorted.length === 1) return sorted[0] ?? '';
  return `${sorted.slice(0, -1).join(', ')} or ${sorted.at(-1)}`;
}
