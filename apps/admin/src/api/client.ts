import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen.js';

/** The typed client for the public REST API; the session travels in its cookie. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });

export type ErrorBody = components['schemas']['Error']['error'];

export interface FieldIssue {
  field: string;
  message: string;
  location?: string;
}

/** One problem of a body the API checks whole (a page, a dashboard): its field, and where in a condition. */
export interface BodyIssue {
  field: string;
  code: string;
  message: string;
  position?: { start: number; end: number };
  expected?: string[];
}

/** The problems listed by a refusal with this code, e.g. PAGE_INVALID; none for any other answer. */
export function bodyIssues(error: unknown, code: string): BodyIssue[] {
  if (!(error instanceof ApiError) || error.code !== code) return [];
  const issues = error.details.issues;
  return Array.isArray(issues) ? (issues as BodyIssue[]) : [];
}

/** An error answer from the API, kept whole so screens can name the field at fault or the right missing. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(body?.message ?? `The server answered ${status}.`);
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'NETWORK' : 'UNKNOWN');
    this.details = body?.details ?? {};
    this.requestId = body?.requestId;
  }

  /** The fields the API named, as `{ field: message }`, for a form to show beside each input. */
  get fieldErrors(): Record<string, string> {
    const issues = Array.isArray(this.details.issues) ? (this.details.issues as FieldIssue[]) : [];
    const errors: Record<string, string> = {};
    for (const issue of issues) errors[issue.field] ??= issue.message;
    return errors;
  }

  get suggestions(): string[] {
    return Array.isArray(this.details.suggestions) ? (this.details.suggestions as string[]) : [];
  }
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the data of a successful answer, or throws the API's error as an ApiError. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (error) {
    // fetch rejects with a TypeError when the server cannot be reached; anything else is a fault
    // in this app, and saying "check your connection" would send the person the wrong way.
    if (!(error instanceof TypeError)) throw error;
    throw new ApiError(0, {
      code: 'NETWORK',
      message: 'Charter could not be reached. Check your connection.',
    });
  }
  if (answer.error !== undefined || !answer.response.ok) {
    const body = (answer.error as { error?: ErrorBody } | undefined)?.error;
    throw new ApiError(answer.response.status, body);
  }
  return answer.data as T;
}
