import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { Input } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { type CelVocabulary, celCompletionSource } from './cel-vocabulary.js';

export type { CelVocabulary } from './cel-vocabulary.js';

/** A problem in the condition, where it is, and the choices that would be valid there. */
export interface CelProblem {
  from: number;
  to: number;
  message: string;
  expected?: string[] | undefined;
}

// Highlighting for CEL: enough to tell strings, numbers, operators and names apart.
const cel = StreamLanguage.define<null>({
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
    if (stream.match(/^\d+(\.\d+)?/)) return 'number';
    if (stream.match(/^(true|false|null|in)\b/)) return 'keyword';
    if (stream.match(/^(record|user|now)\b/)) return 'variableName.special';
    if (stream.match(/^[A-Za-z_]\w*(?=\s*\()/)) return 'function';
    if (stream.match(/^[A-Za-z_]\w*/)) return 'propertyName';
    if (stream.match(/^(==|!=|<=|>=|&&|\|\||[<>!+\-*/%?:])/)) return 'operator';
    stream.next();
    return null;
  },
});

const highlight = HighlightStyle.define([
  // Mantine's darkest green is short of 4.5:1 on white; strings need a shade darker.
  { tag: tags.string, color: '#1f6e32' },
  { tag: tags.number, color: 'var(--mantine-color-blue-9)' },
  { tag: tags.keyword, color: 'var(--mantine-color-violet-9)', fontWeight: 600 },
  { tag: tags.special(tags.variableName), color: 'var(--mantine-color-indigo-9)', fontWeight: 600 },
  { tag: tags.function(tags.variableName), color: 'var(--mantine-color-orange-9)' },
  { tag: tags.operator, color: 'var(--mantine-color-gray-8)' },
]);

const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
    backgroundColor: 'var(--mantine-color-body)',
    fontSize: 'var(--mantine-font-size-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-1px' },
  '.cm-content': { fontFamily: 'var(--mantine-font-family-monospace)', minHeight: '4.5em', padding: '8px 0' },
  '.cm-placeholder': { color: 'var(--mantine-color-gray-7)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--mantine-color-red-8)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
});

/** Replaces the last name of a marked path (`record.interviewer` → `record.interviewers`). */
function replacement(text: string, from: number, choice: string): { from: number; insert: string } {
  const last = /[A-Za-z_]\w*$/.exec(text);
  if (text.includes('.') && last && !choice.includes('.')) return { from: from + last.index, insert: choice };
  return { from, insert: choice };
}

/** Edits between two words: the nearest valid name comes first after a typo. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The choices a problem offers that can replace what it marks (names, not usage hints), the
 * nearest to the marked word first.
 */
export function replaceableChoices(problem: CelProblem, marked = ''): string[] {
  const word = /[A-Za-z_]\w*$/.exec(marked)?.[0] ?? '';
  const names = (problem.expected ?? []).filter((c) => /^[\w.]+$/.test(c));
  if (word) names.sort((x, y) => distance(word, x) - distance(word, y));
  return names.slice(0, 12);
}

/** Applies one of a problem's choices to a condition's text. */
export function applyChoice(text: string, problem: CelProblem, choice: string): string {
  const marked = text.slice(problem.from, problem.to);
  const { from, insert } = replacement(marked, problem.from, choice);
  return text.slice(0, from) + insert + text.slice(problem.to);
}

function diagnosticsOf(problems: CelProblem[], text: string): Diagnostic[] {
  const length = text.length;
  return problems.map((p) => {
    const from = Math.min(p.from, length);
    const to = Math.min(Math.max(p.to, from), length);
    const choices = replaceableChoices(p, text.slice(from, to));
    return {
      from,
      to,
      severity: 'error',
      message: p.message,
      actions: choices.slice(0, 6).map((choice) => ({
        name: choice,
        apply(view: EditorView, start: number, end: number) {
          const marked = view.state.sliceDoc(start, end);
          const { from: at, insert } = replacement(marked, start, choice);
          view.dispatch({ changes: { from: at, to: end, insert } });
        },
      })),
    };
  });
}

/**
 * A CEL condition editor: CodeMirror 6 with autocomplete of what the condition may name, and the
 * API's type errors underlined where they are. The content is a textbox named by `label`.
 */
export function CelEditor({
  value,
  onChange,
  label,
  description,
  vocabulary,
  problems,
  readOnly = false,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  description?: string;
  vocabulary: CelVocabulary;
  problems: CelProblem[];
  readOnly?: boolean;
  placeholder?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The editor is built once; these refs let its extensions read the latest props.
  const latest = useRef({ onChange, vocabulary, problems, text: value });
  latest.current = { onChange, vocabulary, problems, text: value };

  // biome-ignore lint/correctness/useExhaustiveDependencies: built once; later values arrive through the effects below
  useEffect(() => {
    if (!host.current) return;
    const quickChoices = (pos: number) =>
      latest.current.problems
        .filter((p) => pos >= p.from && pos <= p.to + 1)
        .flatMap((p) => replaceableChoices(p, latest.current.text.slice(p.from, p.to)));
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          closeBrackets(),
          cel,
          syntaxHighlighting(highlight),
          theme,
          EditorView.lineWrapping,
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          placeholder ? placeholderText(placeholder) : [],
          autocompletion({
            override: [celCompletionSource(() => latest.current.vocabulary, quickChoices)],
            activateOnTyping: true,
          }),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [readOnly, label]);

  // A template or a quick fix changes the value from outside: the editor follows.
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(setDiagnostics(editor.state, diagnosticsOf(problems, editor.state.doc.toString())));
  }, [problems]);

  return (
    <Input.Wrapper label={label} description={description} component="div">
      <div ref={host} />
    </Input.Wrapper>
  );
}
