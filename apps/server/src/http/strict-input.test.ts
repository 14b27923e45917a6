import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictInput } from './strict-input.js';

function unknownKeys(schema: z.ZodType, input: unknown): string[] {
  const result = strictInput(schema).safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k].join('.')) : [],
  );
}

describe('strictInput', () => {
  it('refuses unknown keys at every depth, through wrappers, arrays, records and pipes', () => {
    const schema = z.object({
      a: z.object({ b: z.string() }).optional(),
      list: z.array(z.object({ c: z.number() })).default([]),
      byName: z.record(z.string(), z.object({ d: z.boolean() })),
      piped: z.object({ e: z.string() }).transform((v) => v.e),
    });
    const input = {
      a: { b: 'x', extraA: 1 },
      list: [{ c: 1, extraList: 2 }],
      byName: { k: { d: true, extraRecord: 3 } },
      piped: { e: 'y', extraPipe: 4 },
      extraTop: 5,
    };
    expect(unknownKeys(schema, input).sort()).toEqual(
      ['a.extraA', 'byName.k.extraRecord', 'extraTop', 'list.0.extraList', 'piped.extraPipe'].sort(),
    );
    expect(strictInput(schema).parse({ byName: {}, piped: { e: 'z' } })).toEqual({
      list: [],
      byName: {},
      piped: 'z',
    });
  });

  it('keeps schemas that are open on purpose, and intersections whose sides share the keys', () => {
    expect(unknownKeys(z.looseObject({ a: z.string() }), { a: 'x', more: 1 })).toEqual([]);
    expect(unknownKeys(z.object({ a: z.string() }).catchall(z.number()), { a: 'x', more: 1 })).toEqual([]);
    const both = z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() }));
    expect(strictInput(both).safeParse({ a: 'x', b: 'y' }).success).toBe(true);
    expect(strictInput(both).safeParse({ a: 'x', b: 'y', c: 'z' }).success).toBe(false);
  });

  it('leaves the original schema as it was, and keeps its checks and descriptions on the copy', () => {
    const original = z
      .object({ from: z.number(), to: z.number() })
      .refine((v) => v.from <= v.to, { error: 'from after to' })
      .describe('A range');
    expect(original.safeParse({ from: 1, to: 2, extra: 1 }).success).toBe(true);
    const strict = strictInput(original);
    expect(strict.safeParse({ from: 3, to: 2 }).error?.issues[0]?.message).toBe('from after to');
    expect(strict.description).toBe('A range');
  });
});
