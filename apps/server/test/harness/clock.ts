import type { Clock } from '../../src/context.js';

/** A clock tests can move forward and back: expiry, lockouts and rate-limit windows read it. */
export function steppingClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms) => (offset += ms) };
}
