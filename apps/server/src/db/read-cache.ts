import type { ChangeFeed } from './change-feed.js';

/** When a read began, as far as the change feed is concerned. */
export interface ReadTicket {
  epoch: number;
  live: boolean;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

/**
 * Reads of access tables, kept until the change feed announces any change to them. A read is
 * stored only if no change was announced while it ran, so a concurrent change can never leave an
 * old value behind. Bounded in size, and in age as a second line of defence.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private entriesEpoch = -1;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly limits: { maxEntries: number; maxAgeMs: number } = {
      maxEntries: 10_000,
      maxAgeMs: 60_000,
    },
  ) {}

  /** The value read since the last change, if any. */
  get(key: string): V | undefined {
    if (!this.feed.live || this.feed.epoch !== this.entriesEpoch) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (performance.now() - entry.storedAt > this.limits.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Take before reading; pass to `store` with what was read. */
  ticket(): ReadTicket {
    return { epoch: this.feed.epoch, live: this.feed.live };
  }

  store(key: string, value: V, ticket: ReadTicket): void {
    if (!ticket.live || !this.feed.live || ticket.epoch !== this.feed.epoch) return;
    if (this.entriesEpoch !== ticket.epoch) {
      this.entries.clear();
      this.entriesEpoch = ticket.epoch;
    }
    this.entries.delete(key);
    if (this.entries.size >= this.limits.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, storedAt: performance.now() });
  }

  /** Reads through the cache. */
  async read(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const ticket = this.ticket();
    const value = await load();
    this.store(key, value, ticket);
    return value;
  }
}
