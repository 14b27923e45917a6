import { describe, expect, it } from 'vitest';
import { fieldColumnName, fieldIdOfUniqueIndex, uniqueIndexName } from '../data-model/storage-names.js';
import { defaultLiteral } from './default-literal.js';
import { fieldValueProblem } from './field-values.js';
import { recordInputIssues, type WritableField } from './record-input.js';

const rule = (type: Parameters<typeof fieldValueProblem>[0]['type']) => ({ type, choices: ['a', 'b'] });
const ID = '0190f5a2-7c3e-7d4f-8a1b-2c3d4e5f6a7b';

describe('field values', () => {
  it('accepts what each type holds, and null for every type', () => {
    const ok: [ReturnType<typeof rule>, unknown][] = [
      [rule('text'), 'hello'],
      [rule('longText'), 'x'.repeat(50_000)],
      [rule('email'), 'ada@example.org'],
      [rule('url'), 'https://example.org/a?b=c'],
      [rule('integer'), -42],
      [rule('decimal'), 2.5],
      [rule('boolean'), false],
      [rule('date'), '2024-02-29'],
      [rule('datetime'), '2024-02-29T13:45:00.123Z'],
      [rule('datetime'), '2024-02-29T13:45+02:00'],
      [rule('singleSelect'), 'a'],
      [rule('multiSelect'), ['b', 'a']],
      [rule('json'), { nested: [1, 'two', null] }],
      [rule('linkOne'), ID],
      [rule('linkUsers'), [ID]],
      [rule('integer'), null],
    ];
    for (const [r, value] of ok)
      expect(fieldValueProblem(r, value), `${r.type} ${JSON.stringify(value)}`).toBeNull();
  });

  it('refuses what a type cannot hold, saying what it expects', () => {
    const bad: [ReturnType<typeof rule>, unknown, string][] = [
      [rule('text'), 5, 'text'],
      [rule('text'), 'x'.repeat(10_001), 'at most 10000'],
      [rule('email'), 'ada@', 'email'],
      [rule('url'), 'javascript:alert(1)', 'http(s)'],
      [rule('integer'), 1.5, 'whole number'],
      [rule('integer'), 2 ** 53, 'whole number'],
      [rule('decimal'), Number.POSITIVE_INFINITY, 'number'],
      [rule('boolean'), 'true', 'true or false'],
      [rule('date'), '2023-02-29', 'YYYY-MM-DD'],
      [rule('datetime'), '2024-02-29 13:45', 'RFC 3339'],
      [rule('datetime'), '2024-02-29T13:45:00', 'time zone'],
      [rule('singleSelect'), 'c', '"a", "b"'],
      [rule('multiSelect'), ['a', 'a'], 'distinct'],
      [rule('linkOne'), 'not-an-id', 'id'],
      [rule('linkMany'), [ID, ID], 'distinct'],
    ];
    for (const [r, value, message] of bad) expect(fieldValueProblem(r, value), r.type).toContain(message);
  });
});

describe('record input', () => {
  const fields: WritableField[] = [
    { name: 'title', type: 'text', choices: [], required: true, hasDefault: false },
    { name: 'status', type: 'singleSelect', choices: ['draft', 'open'], required: true, hasDefault: true },
    { name: 'salary', type: 'decimal', choices: [], required: false, hasDefault: false },
  ];

  it('lists one issue per field: unknown, system, mistyped, empty or missing required', () => {
    const issues = recordInputIssues(fields, { title: '', salary: 'a lot', id: ID, colour: 'red' }, 'create');
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['values.title', 'is required'],
      ['values.salary', 'expected a number'],
      ['values.id', 'is a system field, set by Charter'],
      ['values.colour', 'is not a field; expected one of title, status, salary'],
    ]);
    expect(recordInputIssues(fields, {}, 'create').map((i) => i.field)).toEqual(['values.title']);
  });

  it('checks only the given fields on update', () => {
    expect(recordInputIssues(fields, { salary: 10 }, 'update')).toEqual([]);
    expect(recordInputIssues(fields, { status: null }, 'update').map((i) => i.message)).toEqual([
      'is required',
    ]);
  });
});

describe('default literals', () => {
  it('escapes and casts every value to the column type', () => {
    expect(defaultLiteral('text', "O'Hare")).toBe("'O''Hare'::text");
    expect(defaultLiteral('text', 'C:\\temp')).toBe(" E'C:\\\\temp'::text");
    expect(defaultLiteral('integer', 7)).toBe('7::bigint');
    expect(defaultLiteral('decimal', 1e21)).toBe("'1e+21'::double precision");
    expect(defaultLiteral('boolean', true)).toBe('true::boolean');
    expect(defaultLiteral('multiSelect', [])).toBe("'{}'::text[]");
    expect(defaultLiteral('multiSelect', ['a', "b'"])).toBe("ARRAY['a', 'b''']::text[]");
    expect(defaultLiteral('json', { a: "'" })).toBe(`'{"a":"''"}'::jsonb`);
    expect(defaultLiteral('date', '2024-01-31')).toBe("'2024-01-31'::date");
  });

  it('refuses values of the wrong type and links, rather than render them', () => {
    expect(() => defaultLiteral('integer', '1; drop table x')).toThrow();
    expect(() => defaultLiteral('text', 5)).toThrow();
    expect(() => defaultLiteral('linkOne', ID)).toThrow();
    expect(() => defaultLiteral('linkMany', [ID])).toThrow();
  });
});

describe('storage names', () => {
  it('derives names from ids only, and maps a unique index back to its field', () => {
    expect(fieldColumnName(ID)).toBe('f_0190f5a27c3e7d4f8a1b2c3d4e5f6a7b');
    expect(fieldIdOfUniqueIndex(uniqueIndexName(ID))).toBe(ID);
    expect(fieldIdOfUniqueIndex('collection_pkey')).toBeNull();
    expect(() => fieldColumnName('salary"; drop')).toThrow();
  });
});
