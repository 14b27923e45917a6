import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordContext,
  type PasswordVerdict,
} from './password-policy.js';

const ALICE: PasswordContext = {
  email: 'alice.martin@acme.com',
  name: 'Alice Martin',
  companyName: 'Acme Corp',
};
const OLGA: PasswordContext = { email: 'olga.petrova@globex.io' };

const TWELVE = 'kf8#Qz!m2Lw9';
const WORDS =
  'quiet lantern orbit velvet parade cushion meadow falcon harbor ember willow tundra saffron glacier copper thimble ';
const STRONG_128 = `${WORDS}${WORDS}`.slice(0, PASSWORD_MAX_LENGTH);
const TWELVE_EMOJI = '🦊🌲🚲🎻🍋🧭🪁🐙🌋🎲🧊🪴';
const TWELVE_CJK = '春眠不觉晓处处闻啼鸟夜来';

function refusal(verdict: PasswordVerdict) {
  if (verdict.ok) throw new Error(`expected a refusal, got score ${verdict.score}`);
  return verdict;
}

describe('the test inputs', () => {
  it('have the lengths the cases below rely on', () => {
    expect(TWELVE).toHaveLength(PASSWORD_MIN_LENGTH);
    expect([...STRONG_128]).toHaveLength(PASSWORD_MAX_LENGTH);
    expect([...TWELVE_EMOJI]).toHaveLength(12);
    expect(TWELVE_EMOJI).toHaveLength(24);
    expect([...TWELVE_CJK]).toHaveLength(12);
  });
});

describe('length, counted in code points after NFC', () => {
  it.each([
    { case: 'empty', password: '', code: 'PASSWORD_TOO_SHORT', used: 0 },
    { case: '9 characters', password: TWELVE.slice(0, 9), code: 'PASSWORD_TOO_SHORT', used: 9 },
    { case: '11 characters', password: TWELVE.slice(0, 11), code: 'PASSWORD_TOO_SHORT', used: 11 },
    // 22 UTF-16 units: counting units would let these through.
    {
      case: '11 emoji',
      password: [...TWELVE_EMOJI].slice(0, 11).join(''),
      code: 'PASSWORD_TOO_SHORT',
      used: 11,
    },
    // 22 code points as typed (e + combining accent), 11 once composed.
    { case: '11 decomposed é', password: 'e\u0301'.repeat(11), code: 'PASSWORD_TOO_SHORT', used: 11 },
    { case: '129 characters', password: `${STRONG_128}x`, code: 'PASSWORD_TOO_LONG', used: 129 },
  ])('refuses $case', ({ password, code, used }) => {
    const verdict = refusal(checkPassword(password));
    expect(verdict.code).toBe(code);
    const bound = code === 'PASSWORD_TOO_SHORT' ? 'at least 12' : 'at most 128';
    expect(verdict.message).toBe(`Use ${bound} characters; you used ${used}.`);
  });

  it.each([
    { case: 'exactly 12 characters', password: TWELVE },
    { case: '128 characters', password: STRONG_128 },
    { case: '12 emoji', password: TWELVE_EMOJI },
    { case: '12 CJK characters', password: TWELVE_CJK },
    { case: 'spaces and Cyrillic', password: 'тихий кот пьёт молоко' },
    { case: 'decomposed accents', password: 'ÉCOLE-été-café-2024'.normalize('NFD') },
  ])('accepts $case', ({ password }) => {
    const verdict = checkPassword(password);
    expect(verdict).toEqual({ ok: true, score: expect.any(Number) });
    expect(verdict.ok && verdict.score).toBeGreaterThanOrEqual(3);
  });
});

describe('guessability, without composition rules', () => {
  it.each([
    { case: 'a passphrase of plain lowercase words', password: 'lemon orbit parade cushion' },
    { case: 'a longer passphrase', password: 'velvet tractor sings at midnight' },
    { case: 'random characters', password: 'Tr0ub4dor&3xyz' },
  ])('accepts $case', ({ password }) => {
    expect(checkPassword(password, ALICE).ok).toBe(true);
  });

  it.each([
    { password: 'password123456', warning: 'This is similar to a commonly used password.' },
    { password: 'qwertyuiop123', warning: 'This is similar to a commonly used password.' },
    { password: '123456789012', warning: 'This is a commonly used password.' },
    { password: 'P@ssw0rd2024!', warning: 'This is similar to a commonly used password.' },
    { password: 'aaaaaaaaaaaaaaaa', warning: 'Repeated characters like "aaa" are easy to guess.' },
  ])('refuses $password and says why', ({ password, warning }) => {
    const verdict = refusal(checkPassword(password));
    expect(verdict.code).toBe('PASSWORD_TOO_WEAK');
    expect(verdict.score).toBeLessThan(3);
    expect(verdict.message).toBe(`This password is easy to guess. ${warning} ${verdict.suggestions[0]}`);
    expect(verdict.suggestions).toContain('Add more words that are less common.');
  });

  it('passes on zxcvbn suggestions about substitutions', () => {
    const verdict = refusal(checkPassword('P@ssw0rd2024!'));
    expect(verdict.suggestions).toContain("Avoid predictable letter substitutions like '@' for 'a'.");
  });
});

describe('words from the context', () => {
  const cases = [
    {
      case: 'the email address',
      context: ALICE,
      weak: 'alice.martin@acme.com-2024',
      same: 'olive.wombat@zest.org-2024',
      says: 'your email address',
    },
    {
      case: 'the name',
      context: ALICE,
      weak: 'AliceMartin-1990!!',
      same: 'OliveWombat-1990!!',
      says: 'your name',
    },
    {
      case: 'the company',
      context: ALICE,
      weak: 'AcmeCorp#Admin1',
      same: 'ZestBlue#Admin1',
      says: "your company's name",
    },
    {
      case: 'the email domain',
      context: OLGA,
      weak: 'globex-2024!!',
      same: 'pastel-2024!!',
      says: 'part of your email address',
    },
    {
      case: 'the service',
      context: ALICE,
      weak: 'Charter#Secure1',
      same: 'Tractor#Secure1',
      says: 'the word "charter"',
    },
    {
      case: 'company and service',
      context: ALICE,
      weak: 'charter-acme-2024!',
      same: 'walnut-wombat-2024!',
      says: 'your company\'s name and the word "charter"',
    },
    {
      case: 'l33t spellings',
      context: ALICE,
      weak: 'Ch4rt3r-Acm3-2024!',
      same: 'W4lnut-W0mb4t-2024!',
      says: 'your company\'s name and the word "charter"',
    },
    {
      case: 'reversed spellings',
      context: ALICE,
      weak: 'retrahc-emca-2024!',
      same: 'tunlaw-tabmow-2024!',
      says: 'your company\'s name and the word "charter"',
    },
  ];

  it.each(cases)('refuses $case and names it', ({ context, weak, says }) => {
    const verdict = refusal(checkPassword(weak, context));
    expect(verdict.code).toBe('PASSWORD_TOO_WEAK');
    expect(verdict.message).toBe(
      `This password is easy to guess: it contains ${says}. Add more unrelated words.`,
    );
    expect(verdict.suggestions.length).toBeGreaterThan(0);
  });

  it.each(cases)('accepts the same structure with unrelated words instead of $case', ({ context, same }) => {
    expect(checkPassword(same, context)).toEqual({ ok: true, score: expect.any(Number) });
  });

  it.each(cases.filter(({ says }) => !says.includes('charter')))(
    'accepts $weak from someone else: only the context made it weak',
    ({ weak }) => {
      expect(checkPassword(weak).ok).toBe(true);
    },
  );

  it('accepts a context word when the rest is strong on its own', () => {
    expect(checkPassword('alice in wonderland fell down the rabbit hole', ALICE).ok).toBe(true);
  });

  it('refuses a password made only of context words, whatever the case', () => {
    const verdict = refusal(checkPassword('ALICEmartinACME', ALICE));
    expect(verdict.message).toBe(
      "This password is easy to guess: it contains your name and your company's name. Add more unrelated words.",
    );
  });
});

describe('the slowest input', () => {
  // Dense in l33t characters without repeating, the slowest input for zxcvbn's substitution search.
  const L33T_CHARACTERS = '4@8({[<6|)3#69&1!|<!17^n2/0()9$5+7<>/%>2uv';
  let seed = 42;
  const ADVERSARIAL_128 = Array.from({ length: PASSWORD_MAX_LENGTH }, () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return L33T_CHARACTERS[seed % L33T_CHARACTERS.length];
  }).join('');

  // Its timing is measured by `npm run bench:auth`; here only its answer is checked.
  it('gives a verdict on the worst-case 128-character input', () => {
    const verdict = checkPassword(`charter${ADVERSARIAL_128}`.slice(0, PASSWORD_MAX_LENGTH), ALICE);
    // A context word inside 121 random characters does not make them guessable.
    expect(verdict.ok).toBe(true);
    expect(checkPassword(ADVERSARIAL_128).ok).toBe(true);
  });
});
