import { describe, expect, it } from 'vitest';
import { seal, unseal } from './seal.js';

const SECRET = 's'.repeat(40);

describe('seal', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = seal(SECRET, 'idp', 'client-secret-123');
    expect(sealed).not.toContain('client-secret-123');
    expect(unseal(SECRET, 'idp', sealed)).toBe('client-secret-123');
    expect(seal(SECRET, 'idp', 'x')).not.toBe(seal(SECRET, 'idp', 'x'));
  });

  it('refuses another secret, another purpose, or a tampered value', () => {
    const sealed = seal(SECRET, 'idp', 'value');
    expect(() => unseal('t'.repeat(40), 'idp', sealed)).toThrow();
    expect(() => unseal(SECRET, 'other', sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => unseal(SECRET, 'idp', parts.join('.'))).toThrow();
  });
});
