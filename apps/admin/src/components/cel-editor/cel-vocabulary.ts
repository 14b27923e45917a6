// What a condition may name, for autocomplete: the engine's allow-list (DESIGN.md §5) as the
// collections, user attributes, roles and rights APIs describe it.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { snippetCompletion } from '@codemirror/autocomplete';

export interface VocabularyField {
  name: string;
  type: string;
  label?: string;
  /** The collection key a link points to; users for links to users. */
  target?: string | null;
}

export interface VocabularyCollection {
  key: string;
  name: string;
  fields: VocabularyField[];
}

export interface CelVocabulary {
  /** The collection whose records `record.` names. */
  collection: string;
  collections: VocabularyCollection[];
  attributes: { name: string; type: string }[];
  roles: string[];
  rights: string[];
  /** Leave out `record` where a condition is about the person only (page visibility). */
  personOnly?: boolean;
}

/** The built-in members of `user`, as the engine knows them. */
export const USER_BUILTINS: { name: string; type: string; info: string }[] = [
  { name: 'id', type: 'id', info: 'The signed-in person’s id' },
  { name: 'email', type: 'text', info: 'Their email address' },
  { name: 'roles', type: 'list of role keys', info: 'Their roles in this app' },
  { name: 'rights', type: 'list of rights', info: 'Their rights in this app' },
  { name: 'internal', type: 'true or false', info: 'Whether they are internal (a company member)' },
];

/** The functions and macros the engine accepts (packages/policy SUPPORTED_FUNCTIONS). */
const GLOBAL_FUNCTIONS: Completion[] = [
  snippetCompletion('size(#{})', {
    label: 'size()',
    type: 'function',
    info: 'Length of a text, list or link',
  }),
  snippetCompletion('has(#{record.field})', {
    label: 'has()',
    type: 'function',
    info: 'Whether a field has a value',
  }),
  snippetCompletion('timestamp("#{2026-01-01T00:00:00Z}")', {
    label: 'timestamp()',
    type: 'function',
    info: 'A point in time, from a literal',
  }),
  snippetCompletion('duration("#{24h}")', {
    label: 'duration()',
    type: 'function',
    info: 'A length of time, such as "24h"',
  }),
];

const TEXT_METHODS: Completion[] = ['contains', 'startsWith', 'endsWith'].map((name) =>
  snippetCompletion(`${name}("#{}")`, { label: `${name}()`, type: 'method', info: `Text ${name}` }),
);

const LIST_METHODS: Completion[] = [
  snippetCompletion('exists(x, #{x})', {
    label: 'exists()',
    type: 'method',
    info: 'True when the condition holds for at least one linked record',
  }),
  snippetCompletion('all(x, #{x})', {
    label: 'all()',
    type: 'method',
    info: 'True when the condition holds for every linked record',
  }),
  snippetCompletion('size()', { label: 'size()', type: 'method', info: 'How many' }),
];

const TO_MANY = new Set(['linkMany', 'linkUsers', 'multiSelect']);
const TEXTUAL = new Set(['text', 'longText', 'email', 'url', 'singleSelect']);

/** The record fields one step down a path (`record.position.` → the position's fields). */
function collectionAt(
  vocabulary: CelVocabulary,
  path: string[],
): VocabularyCollection | VocabularyField | null {
  let collection = vocabulary.collections.find((c) => c.key === vocabulary.collection);
  let field: VocabularyField | undefined;
  for (const step of path) {
    if (!collection) return null;
    field = collection.fields.find((f) => f.name === step);
    if (!field) return null;
    collection = field.target ? vocabulary.collections.find((c) => c.key === field?.target) : undefined;
    if (!collection) return field;
  }
  return collection ?? null;
}

function fieldOptions(fields: VocabularyField[]): Completion[] {
  return fields.map((f) => ({
    label: f.name,
    type: f.target ? 'class' : 'property',
    detail: f.target ? `link to ${f.target}` : f.type,
    ...(f.label && f.label !== f.name ? { info: f.label } : {}),
  }));
}

/** What may follow `root.` or stand alone, at the cursor. */
export function completionsFor(vocabulary: CelVocabulary, before: string): Completion[] {
  const parts = before.split('.');
  parts.pop();
  if (parts.length === 0) {
    return [
      ...(vocabulary.personOnly
        ? []
        : [{ label: 'record', type: 'variable', info: 'The record the rule is about', boost: 3 }]),
      { label: 'user', type: 'variable', info: 'The signed-in person', boost: 3 },
      { label: 'now', type: 'variable', info: 'The current time' },
      { label: 'true', type: 'keyword' },
      { label: 'false', type: 'keyword' },
      { label: 'null', type: 'keyword' },
      ...GLOBAL_FUNCTIONS,
      ...vocabulary.roles.map((role) => ({
        label: `"${role}" in user.roles`,
        type: 'text',
        info: `Holds the role ${role}`,
      })),
      ...vocabulary.rights.map((right) => ({
        label: `"${right}" in user.rights`,
        type: 'text',
        info: `Holds the right ${right}`,
      })),
    ];
  }
  const [root, ...path] = parts;
  if (root === 'user') {
    if (path.length > 0) return [];
    return [
      ...USER_BUILTINS.map((b) => ({ label: b.name, type: 'property', detail: b.type, info: b.info })),
      ...vocabulary.attributes.map((a) => ({ label: a.name, type: 'property', detail: a.type })),
    ];
  }
  if (root !== 'record' || vocabulary.personOnly) return [];
  const at = collectionAt(vocabulary, path);
  if (!at) return [];
  if ('key' in at) {
    const viaMany = path.length > 0 && TO_MANY.has(lastType(vocabulary, path));
    return [...fieldOptions(at.fields), ...(viaMany ? LIST_METHODS : [])];
  }
  if (TO_MANY.has(at.type)) return LIST_METHODS;
  if (TEXTUAL.has(at.type)) return TEXT_METHODS;
  return [];
}

function lastType(vocabulary: CelVocabulary, path: string[]): string {
  const parent = collectionAt(vocabulary, path.slice(0, -1));
  if (!parent || !('key' in parent)) return '';
  return parent.fields.find((f) => f.name === path[path.length - 1])?.type ?? '';
}

/** The CodeMirror completion source over a vocabulary read at completion time. */
export function celCompletionSource(
  vocabulary: () => CelVocabulary,
  quickChoices: (pos: number) => string[],
) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[A-Za-z_][\w.]*\.?[\w]*$/);
    const before = word?.text ?? '';
    if (!word && !context.explicit) {
      const choices = quickChoices(context.pos);
      if (choices.length === 0) return null;
    }
    const from = word ? word.from + before.lastIndexOf('.') + 1 : context.pos;
    const choices = quickChoices(context.pos).map((choice) => ({
      label: choice,
      type: 'enum',
      detail: 'valid here',
      boost: 99,
    }));
    const options = [...choices, ...completionsFor(vocabulary(), before)];
    if (options.length === 0) return null;
    return { from, options, validFor: /^\w*$/ };
  };
}
