import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  closeBrackets,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { type Diagnostic, linter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { Box, Input } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { type ReadableCollection, readableFields } from '../../../api/records.js';

const FUNCTIONS: Completion[] = [
  { label: 'contains', type: 'function', apply: 'contains(', detail: 'text contains text' },
  { label: 'startsWith', type: 'function', apply: 'startsWith(', detail: 'text starts with' },
  { label: 'endsWith', type: 'function', apply: 'endsWith(', detail: 'text ends with' },
  { label: 'size', type: 'function', apply: 'size(', detail: 'length of a list or text' },
  { label: 'exists', type: 'function', apply: 'exists(x, ', detail: 'any linked record matches' },
];
const KEYWORDS: Completion[] = [
  { label: 'record.', type: 'variable', detail: 'the record’s fields', boost: 2 },
  { label: 'true', type: 'keyword' },
  { label: 'false', type: 'keyword' },
  { label: 'null', type: 'keyword' },
  { label: 'in', type: 'keyword' },
];

/** The completions of `record.a.b.`: the fields the person may read, through readable links. */
export function fieldCompletions(
  path: string[],
  collection: ReadableCollection,
  all: ReadableCollection[],
): Completion[] {
  let current: ReadableCollection | undefined = collection;
  for (const step of path) {
    const field: ReadableCollection['fields'][number] | undefined = readableFields(current).find(
      (f) => f.name === step,
    );
    current = field?.target ? all.find((c) => c.key === field.target?.key) : undefined;
    if (!current) return [];
  }
  return [
    { label: 'id', type: 'property', detail: 'record id' },
    { label: 'createdAt', type: 'property', detail: 'datetime', info: 'When the record was created' },
    { label: 'createdBy', type: 'property', detail: 'linkUser', info: 'Who created the record' },
    { label: 'updatedAt', type: 'property', detail: 'datetime', info: 'When the record last changed' },
    { label: 'updatedBy', type: 'property', detail: 'linkUser', info: 'Who last changed the record' },
    ...readableFields(current).map((f) => ({
      label: f.name,
      type: 'property',
      detail: f.type,
      info: f.options.length ? `${f.label}: ${f.options.map((o) => JSON.stringify(o)).join(', ')}` : f.label,
    })),
  ];
}

/** An example filter over a field the person may read, never one they may not. */
function example(collection: ReadableCollection): string {
  const select = readableFields(collection).find((f) => f.type === 'singleSelect' && f.options.length > 0);
  if (select) return `record.${select.name} == ${JSON.stringify(select.options[0])}`;
  const text = readableFields(collection).find((f) => f.type === 'text');
  if (text) return `record.${text.name}.contains("…")`;
  return 'record.';
}

function completer(source: () => { collection: ReadableCollection; all: ReadableCollection[] }) {
  return (context: CompletionContext): CompletionResult | null => {
    const path = context.matchBefore(/record(\.[A-Za-z_][A-Za-z0-9_]*)*\.[A-Za-z_0-9]*$/);
    if (path) {
      const parts = path.text.split('.');
      const word = parts.pop() ?? '';
      const { collection, all } = source();
      return {
        from: path.to - word.length,
        options: fieldCompletions(parts.slice(1), collection, all),
        validFor: /^[A-Za-z_0-9]*$/,
      };
    }
    const word = context.matchBefore(/[A-Za-z_]\w*$/);
    if (!word && !context.explicit) return null;
    return { from: word?.from ?? context.pos, options: [...KEYWORDS, ...FUNCTIONS], validFor: /^\w*$/ };
  };
}

/**
 * The list's CEL filter as a one-line editor: Enter applies it, completions offer the fields the
 * person may read (through links too), and the API's error is underlined where it points.
 */
export function FilterEditor({
  value,
  onApply,
  collection,
  all,
  error,
}: {
  value: string;
  onApply: (filter: string) => void;
  collection: ReadableCollection;
  all: ReadableCollection[];
  /** The API's refusal of the applied filter: message and position (start, end). */
  error?: { message: string; position?: { start: number; end: number } } | undefined;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ collection, all, onApply });
  latest.current = { collection, all, onApply };
  const id = useId();
  const errorId = `${id}-error`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; value changes are pushed below
  useEffect(() => {
    if (!host.current) return;
    const apply = (v: EditorView) => {
      latest.current.onApply(v.state.doc.toString().trim());
      return true;
    };
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          closeBrackets(),
          // One line: a newline (typed or pasted) would only confuse the URL it ends up in.
          EditorState.transactionFilter.of((tr) => (tr.newDoc.lines > 1 ? [] : tr)),
          autocompletion({ override: [completer(() => latest.current)], activateOnTyping: true }),
          keymap.of([{ key: 'Enter', run: apply }, ...defaultKeymap, ...historyKeymap]),
          linter(null),
          // "e.g." so that an example is never read as a filter in force.
          placeholder(`e.g. ${example(collection)}`),
          EditorView.contentAttributes.of({
            'aria-labelledby': `${id}-label`,
            'aria-describedby': `${id}-hint ${errorId}`,
            'aria-multiline': 'false',
            role: 'textbox',
          }),
          EditorView.theme({
            '&': {
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'var(--mantine-color-body)',
              fontSize: 'var(--mantine-font-size-sm)',
            },
            '&.cm-focused': {
              outline: '2px solid var(--mantine-primary-color-filled)',
              outlineOffset: '-1px',
            },
            '.cm-content': { fontFamily: 'var(--mantine-font-family-monospace)', padding: '7px 4px' },
            '.cm-line': { padding: '0 6px' },
            '.cm-placeholder': { color: 'var(--mantine-color-dimmed)' },
            '.cm-scroller': { overflowX: 'auto' },
            '.cm-tooltip': {
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'var(--mantine-color-body)',
              boxShadow: 'var(--mantine-shadow-md)',
            },
            '.cm-tooltip-autocomplete > ul > li': {
              padding: '4px 8px',
              fontSize: 'var(--mantine-font-size-sm)',
            },
            '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
              background: 'var(--mantine-primary-color-light)',
              color: 'var(--mantine-color-text)',
            },
            '.cm-completionDetail': { color: 'var(--mantine-color-dimmed)', marginLeft: '8px' },
            '.cm-completionInfo': { padding: '4px 8px', fontSize: 'var(--mantine-font-size-xs)' },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  // The address is the truth: going back restores the filter it held.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const diagnostics: Diagnostic[] =
      error?.position && length > 0
        ? [
            {
              from: Math.min(error.position.start, length),
              to: Math.min(Math.max(error.position.end, error.position.start + 1), length),
              severity: 'error',
              message: error.message,
            },
          ]
        : [];
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [error]);

  return (
    <Input.Wrapper
      id={`${id}-wrapper`}
      label="Filter"
      labelElement="div"
      labelProps={{ id: `${id}-label` }}
      description={
        <span id={`${id}-hint`}>
          A CEL condition over the fields you may read; type record. for them, Enter to apply.
        </span>
      }
      error={error ? <span id={errorId}>{error.message}</span> : undefined}
      style={{ flex: '1 1 24rem', minWidth: 0 }}
    >
      <Box ref={host} mt={4} data-invalid={error ? true : undefined} />
    </Input.Wrapper>
  );
}
