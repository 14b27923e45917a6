import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';

/** A problem the API found in the fixture, at a line of it (1-based). */
export interface FixtureProblem {
  line: number;
  message: string;
}

const theme = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--mantine-color-default-border)', borderRadius: '4px' },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: 'var(--mantine-font-family-monospace)',
    maxHeight: '28rem',
    minHeight: '12rem',
  },
  // The default gutter grey is too faint to read against white.
  '.cm-gutters': { color: 'var(--mantine-color-gray-7)', backgroundColor: 'var(--mantine-color-gray-0)' },
});

/**
 * The fixture in a YAML editor (CodeMirror 6). The text is the parent's: it is handed in once and
 * every edit is reported; `problems` are underlined on their lines.
 */
export function FixtureEditor({
  value,
  onChange,
  problems,
  label,
}: {
  value: string;
  onChange: (text: string) => void;
  problems: readonly FixtureProblem[];
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; later values arrive below
  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          yaml(),
          lintGutter(),
          theme,
          EditorView.lineWrapping,
          // A tab stop of its own, so the scrolling editor is reachable by keyboard as axe expects.
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  // A new text from outside (an upload, the example): replace the document.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const doc = editor.state.doc;
    const diagnostics: Diagnostic[] = problems
      .filter((p) => p.line >= 1 && p.line <= doc.lines)
      .map((p) => {
        const line = doc.line(p.line);
        return { from: line.from, to: Math.max(line.to, line.from), severity: 'error', message: p.message };
      });
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems]);

  return <Box ref={host} />;
}

/**
 * The line of the fixture a problem is about: `line 3, column 5` for a syntax error, or a path
 * such as `tests.2.as`, followed through the YAML's indentation. Null when it cannot be placed.
 */
export function lineOf(text: string, field: string): number | null {
  const at = /^line (\d+)/.exec(field);
  if (at) return Number(at[1]);
  const lines = text.split('\n');
  let from = 0;
  let indent = -1;
  let found: number | null = null;
  for (const segment of field.split('.')) {
    let hit: number | null = null;
    let seen = -1;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const depth = line.length - line.trimStart().length;
      if (depth <= indent && i > from) break;
      const body = line.trimStart();
      if (/^\d+$/.test(segment)) {
        if (body.startsWith('- ') || body === '-') {
          seen++;
          if (seen === Number(segment)) {
            hit = i;
            break;
          }
        }
      } else {
        const key = body.replace(/^- /, '');
        if (key.startsWith(`${segment}:`)) {
          hit = i;
          break;
        }
      }
    }
    if (hit === null) return found === null ? null : found + 1;
    found = hit;
    from = hit;
    indent = lines[hit]!.length - lines[hit]!.trimStart().length;
    // Inline maps (`andy: { roles: [x] }`) end the walk on this line.
    if (/[{[]/.test(lines[hit]!)) return hit + 1;
  }
  return found === null ? null : found + 1;
}
