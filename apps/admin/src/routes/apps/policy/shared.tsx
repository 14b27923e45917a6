import { Anchor, Badge } from '@mantine/core';
import { ruleHref } from '../../../api/policy.js';

/** Saves text as a file the browser downloads. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** A file name from an app's name: lower case, dashes. */
export function fileStem(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'app'
  );
}

/** A link to a rule's editor. */
export function RuleLink({ app, ruleId, name }: { app: string; ruleId: string; name: string }) {
  return (
    <Anchor href={ruleHref(app, ruleId)} size="sm" fw={600}>
      {name}
    </Anchor>
  );
}

const KIND_LABEL: Record<string, string> = {
  grant: 'Grant',
  guard: 'Guard',
  fieldCondition: 'Field condition',
};

/** A rule's kind as a small badge. */
export function KindBadge({ kind }: { kind: string }) {
  return (
    <Badge variant="outline" color="gray" c="gray.8" tt="none" size="sm">
      {KIND_LABEL[kind] ?? kind}
    </Badge>
  );
}
