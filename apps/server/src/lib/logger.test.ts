import { describe, expect, it } from 'vitest';
import { redactQuery, scrubCredentials } from './logger.js';

describe('redactQuery', () => {
  it('hides credential-bearing query values and keeps the rest', () => {
    expect(redactQuery('/api/auth/verify?token=abc123&next=%2Fhome')).toBe(
      '/api/auth/verify?token=%5Bredacted%5D&next=%2Fhome',
    );
    expect(redactQuery('/cb?code=xyz&state=s1')).not.toMatch(/xyz|s1/);
  });

  it('leaves URLs without a query alone', () => {
    expect(redactQuery('/api/health')).toBe('/api/health');
  });
});

describe('scrubCredentials', () => {
  it('removes URL passwords and authorization values', () => {
    expect(scrubCredentials('connect postgres://admin:hunter2@db:5432/x failed')).toBe(
      'connect postgres://admin:[redacted]@db:5432/x failed',
    );
    expect(scrubCredentials('header was Bearer abc.def-123')).toBe('header was Bearer [redacted]');
    expect(scrubCredentials('postgres://db/x has no password')).toBe('postgres://db/x has no password');
  });
});
