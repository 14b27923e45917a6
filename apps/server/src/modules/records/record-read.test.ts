import type { CollectionDef, ListQuery } from '@charter/policy';
import { describe, expect, it } from 'vitest';
import { toRecordView } from './record-read.js';

describe('toRecordView', () => {
  const def = {
    fields: [
      { name: 'title', type: 'text' },
      { name: 'headcount', type: 'integer' },
      { name: 'opens', type: 'date' },
      { name: '__proto__', type: 'json' },
    ],
  } as unknown as CollectionDef;
  const query = { fields: ['title', 'headcount', 'opens', '__proto__'] } as unknown as ListQuery;
  const row = (extra: Record<string, unknown>) => {
    const r: Record<string, unknown> = {
      id: 'r1',
      title: 'Data Engineer',
      headcount: '3',
      opens: new Date('2026-12-01T00:00:00Z'),
      '$visible:title': true,
      ...extra,
    };
    Object.defineProperty(r, '__proto__', { value: { admin: true }, enumerable: true });
    return r;
  };

  it('keeps visible fields in the form writes accept, and drops the engine helper columns', () => {
    const view = toRecordView(row({}), query, def);
    expect(JSON.stringify(view)).toBe(
      '{"id":"r1","title":"Data Engineer","headcount":3,"opens":"2026-12-01","__proto__":{"admin":true}}',
    );
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect((view as { admin?: unknown }).admin).toBeUndefined();
  });

  it('leaves out a field whose mask hides it on this row', () => {
    const view = toRecordView(row({ '$visible:title': false }), query, def);
    expect(view).not.toHaveProperty('title');
    expect(view.headcount).toBe(3);
  });
});
