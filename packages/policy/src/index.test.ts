import { describe, expect, it } from 'vitest';
import { ENGINE_NAME } from './index.js';

describe('policy package', () => {
  it('exports its name', () => {
    expect(ENGINE_NAME).toBe('charter-policy');
  });
});
