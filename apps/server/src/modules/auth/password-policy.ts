import { createRequire } from 'node:module';
import type { FeedbackType, ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

// The dictionaries hold about 15 MB in memory. They are loaded (synchronously, from the packages'
// CommonJS builds) the first time a password is judged, so that a server that only serves
// signed-in requests never holds them.
const require = createRequire(import.meta.url);

/** What we know about the person choosing the password: words an attacker targeting them tries first. */
export interface PasswordContext {
  email?: string;
  name?: string;
  companyName?: string;
}

/** The policy's answer: a score when accepted, a stable code and plain advice when refused. */
export type PasswordVerdict =
  | { ok: true; score: number }
  | {
      ok: false;
      code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_WEAK';
      message: string;
      suggestions: string[];
      score?: number;
    };

/** ASVS 5.0 V6.2.1: at least 12 characters. */
export const PASSWORD_MIN_LENGTH = 12;
/** ASVS 5.0 V6.2.9 asks for at least 64; 128 leaves room for passphrases and bounds the analysis cost. */
export const PASSWORD_MAX_LENGTH = 128;

// zxcvbn score 3 means "safely unguessable" against an online attack and a slow hash (≥ 10^8 guesses).
const MINIMUM_SCORE = 3;
// Up to this length, where substituted characters are what make common passwords weak, zxcvbn checks up to
// 100 l33t variants; beyond it 5, because the cost grows with length times variants (over a second at 128
// characters) while two or more substituted words already score as strong.
const THOROUGH_ANALYSIS_MAX_LENGTH = 16;
const QUICK_ANALYSIS_L33T_VARIANTS = 5;
const MINIMUM_CONTEXT_WORD_LENGTH = 3;
const SERVICE_WORDS = ['charter'];

type ContextSource = 'email' | 'name' | 'company' | 'service' | 'email part';

interface ContextWord {
  word: string;
  source: ContextSource;
}

interface Span {
  start: number;
  end: number;
  source: ContextSource;
}

interface Analysers {
  thorough: ZxcvbnFactory;
  quick: ZxcvbnFactory;
}

// Ranking the dictionaries takes a few hundred milliseconds, so it happens once, on first use.
let cachedAnalysers: Analysers | undefined;

/** Judges a password by length and guessability (ASVS 5.0 V6.2), never by composition rules. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordVerdict {
  const normalised = password.normalize('NFC');
  const lengthRefusal = checkLength([...normalised].length);
  if (lengthRefusal) return lengthRefusal;
  const words = contextWords(context);
  const result = analyse(normalised, words);
  const spans = findContextWords(normalised, result, words);
  const remainder = spans.length > 0 ? assessRemainder(removeSpans(normalised, spans), words) : undefined;
  const score = Math.min(result.score, remainder?.score ?? result.score);
  if (score >= MINIMUM_SCORE) return { ok: true, score };
  const suggestions = new Set([...result.feedback.suggestions, ...(remainder?.feedback.suggestions ?? [])]);
  return {
    ok: false,
    code: 'PASSWORD_TOO_WEAK',
    message: spans.length > 0 ? describeContextWords(spans) : describeWeakness(result.feedback),
    suggestions: [...suggestions],
    score,
  };
}

// Code points after NFC: an accent typed as a combining mark counts once, an emoji is not two UTF-16 units.
function checkLength(length: number): PasswordVerdict | undefined {
  if (length < PASSWORD_MIN_LENGTH) {
    return refuseLength(
      'PASSWORD_TOO_SHORT',
      `Use at least ${PASSWORD_MIN_LENGTH} characters; you used ${length}.`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return refuseLength(
      'PASSWORD_TOO_LONG',
      `Use at most ${PASSWORD_MAX_LENGTH} characters; you used ${length}.`,
    );
  }
  return undefined;
}

function refuseLength(code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG', message: string): PasswordVerdict {
  return { ok: false, code, message, suggestions: [] };
}

function analysers(): Analysers {
  if (!cachedAnalysers) {
    const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    cachedAnalysers = {
      thorough: new core.ZxcvbnFactory(analyserOptions()),
      quick: new core.ZxcvbnFactory({
        ...analyserOptions(),
        l33tMaxSubstitutions: QUICK_ANALYSIS_L33T_VARIANTS,
      }),
    };
  }
  return cachedAnalysers;
}

function analyserOptions() {
  const zxcvbnCommon = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const zxcvbnEnglish = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  return {
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  };
}

function analyse(
  password: string,
  words: ContextWord[],
  depth: 'thorough' | 'quick' = 'thorough',
): ZxcvbnResult {
  const quick = depth === 'quick' || [...password].length > THOROUGH_ANALYSIS_MAX_LENGTH;
  const analyser = quick ? analysers().quick : analysers().thorough;
  const userInputs = words.map(({ word }) => word);
  return analyser.check(password, userInputs);
}

// The order sets which source a word shared by two is reported as: "acme" is the company before the domain.
function contextWords(context: PasswordContext): ContextWord[] {
  const email = normaliseWord(context.email);
  const [local = '', domain = ''] = email.split('@');
  const name = normaliseWord(context.name);
  const company = normaliseWord(context.companyName);
  const candidates: [ContextSource, string[]][] = [
    ['email', email.includes('@') ? [email] : []],
    ['name', [name, ...splitWords(name)]],
    ['company', [company, ...splitWords(company)]],
    ['service', SERVICE_WORDS],
    // The top-level domain ("com") is left out: it is in too many ordinary words to mean anything.
    ['email part', [local, ...splitWords(local), domain, ...splitWords(domain).slice(0, -1)]],
  ];
  const seen = new Map<string, ContextWord>();
  for (const [source, words] of candidates) {
    for (const word of words) {
      const meaningful = [...word].length >= MINIMUM_CONTEXT_WORD_LENGTH;
      if (meaningful && !seen.has(word)) seen.set(word, { word, source });
    }
  }
  return [...seen.values()];
}

function normaliseWord(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim().toLowerCase();
}

function splitWords(value: string): string[] {
  return value.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// zxcvbn finds context words even reversed or in l33t; the plain search finds those it scored as something else.
function findContextWords(password: string, result: ZxcvbnResult, words: ContextWord[]): Span[] {
  const sourceOf = new Map(words.map(({ word, source }) => [word, source]));
  const spans: Span[] = [];
  for (const match of result.sequence) {
    const source =
      match.dictionaryName === 'userInputs' ? sourceOf.get(String(match.matchedWord)) : undefined;
    if (source) spans.push({ start: match.i, end: match.j + 1, source });
  }
  for (const { word, source } of words) {
    for (const found of password.matchAll(new RegExp(escapeRegExp(word), 'giu'))) {
      spans.push({ start: found.index, end: found.index + found[0].length, source });
    }
  }
  // "alice" inside "alice.martin@acme.com" is reported as the email address, not also as the name.
  const outermost = spans.filter((span) => !spans.some((other) => contains(other, span)));
  return outermost.sort((a, b) => a.start - b.start);
}

function contains(outer: Span, inner: Span): boolean {
  const longer = outer.end - outer.start > inner.end - inner.start;
  return longer && outer.start <= inner.start && outer.end >= inner.end;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function assessRemainder(remainder: string, words: ContextWord[]): Pick<ZxcvbnResult, 'score' | 'feedback'> {
  if (remainder === '') return { score: 0, feedback: { warning: null, suggestions: [] } };
  // Substituted characters outside the context words already lowered the full password's score.
  return analyse(remainder, words, 'quick');
}

// A targeted attacker tries the context words first, so what is left must be strong on its own.
function removeSpans(password: string, spans: Span[]): string {
  let remainder = '';
  let position = 0;
  for (const span of spans) {
    if (span.start > position) remainder += password.slice(position, span.start);
    position = Math.max(position, span.end);
  }
  return remainder + password.slice(position);
}

const SOURCE_WORDING: Record<ContextSource, string> = {
  email: 'your email address',
  name: 'your name',
  company: "your company's name",
  service: 'the word "charter"',
  'email part': 'part of your email address',
};

function describeContextWords(spans: Span[]): string {
  const sources = (Object.keys(SOURCE_WORDING) as ContextSource[]).filter((source) =>
    spans.some((span) => span.source === source),
  );
  const wording = sources.map((source) => SOURCE_WORDING[source]);
  const listed = wording.length > 1 ? `${wording.slice(0, -1).join(', ')} and ${wording.at(-1)}` : wording[0];
  return `This password is easy to guess: it contains ${listed}. Add more unrelated words.`;
}

function describeWeakness(feedback: FeedbackType): string {
  const advice = feedback.suggestions[0] ?? 'Add more unrelated words, or make it longer.';
  return ['This password is easy to guess.', feedback.warning, advice].filter(Boolean).join(' ');
}
