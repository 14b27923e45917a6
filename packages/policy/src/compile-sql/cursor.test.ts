import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

// Tokens are standard base64url of the JSON of the values, whatever the characters in them.
describe('cursor tokens', () => {
  const texts = ['plain', 'héllo', '日本語', '😀 and 𝄞', 'nul \u0000 inside', '', `${'x'.repeat(1000)}€`];

  it.each(texts)('round-trips %j and matches base64url of its JSON', (text) => {
    const values = [text, 12, null, true];
    const token = encodeCursor(values);
    expect(token).toBe(Buffer.from(JSON.stringify(values)).toString('base64url'));
    expect(decodeCursor(token, 4)).toEqual(values);
  });

  it('writes dates as ISO strings and big integers as digits', () => {
    const token = encodeCursor([new Date('2026-11-23T04:05:06.789Z'), 9007199254740993n]);
    expect(decodeCursor(token, 2)).toEqual(['2026-11-23T04:05:06.789Z', '9007199254740993']);
  });

  it('rejects a token of another length, a bad character, or JSON that is not a list', () => {
    const token = encodeCursor(['a', 'b']);
    expect(() => decodeCursor(token, 3)).toThrow(/cursor is invalid/);
    expect(() => decodeCursor(`${token}!`, 2)).toThrow(/cursor is invalid/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 1)).toThrow(/cursor is invalid/);
  });
});
