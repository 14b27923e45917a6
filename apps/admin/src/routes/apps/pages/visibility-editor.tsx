import { Alert, MultiSelect, Select, Stack, TagsInput } from '@mantine/core';
import type { PageIssue, Visibility } from '../../../api/pages.js';
import { celProblems } from '../../../components/body-issues.js';
import { CelEditor, type CelVocabulary } from '../../../components/cel-editor/cel-editor.js';
import { AUDIENCE_LABELS } from './page-values.js';

/**
 * Who sees a page or a section: an audience, the roles for audience "roles", and a condition over
 * the person. Hiding is convenience, not security: the records still go through the data rules.
 */
export function VisibilityEditor({
  label,
  value,
  onChange,
  roles,
  vocabulary,
  issues,
  field,
  readOnly,
}: {
  /** Names the part it is about: "Who sees this page". */
  label: string;
  value: Visibility;
  onChange: (value: Visibility) => void;
  /** The app's roles, when the builder may read them; without, role keys are typed. */
  roles: { key: string; name: string }[];
  vocabulary: CelVocabulary;
  issues: PageIssue[];
  /** The body field it edits: `visibility` or `sections.2.visibility`. */
  field: string;
  readOnly: boolean;
}) {
  const own = (name: string) =>
    issues.filter((i) => i.field === `${field}.${name}` || i.field.startsWith(`${field}.${name}.`));
  const errors = (name: string) =>
    own(name)
      .map((i) => i.message)
      .join(' ') || undefined;
  const loose = own('audience').concat(issues.filter((i) => i.field === field));
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Select
        label={label}
        data={Object.entries(AUDIENCE_LABELS).map(([v, l]) => ({ value: v, label: l }))}
        value={value.audience}
        allowDeselect={false}
        readOnly={readOnly}
        onChange={(audience) =>
          audience && onChange({ ...value, audience: audience as Visibility['audience'] })
        }
        error={loose.map((i) => i.message).join(' ') || undefined}
      />
      {value.audience === 'roles' &&
        (roles.length > 0 ? (
          <MultiSelect
            label="Roles"
            description="Any one of them is enough"
            placeholder={value.roles.length ? '' : 'Pick roles'}
            data={roles.map((r) => ({ value: r.key, label: r.name }))}
            value={value.roles}
            searchable
            readOnly={readOnly}
            onChange={(picked) => onChange({ ...value, roles: picked })}
            error={errors('roles')}
          />
        ) : (
          <TagsInput
            label="Roles"
            description="Any one of them is enough: type each role's key"
            value={value.roles}
            readOnly={readOnly}
            onChange={(picked) => onChange({ ...value, roles: picked })}
            error={errors('roles')}
          />
        ))}
      <CelEditor
        label="Only when (optional)"
        description='A condition over the person, e.g. "app.reports.read" in user.rights or user.region == "EU"'
        value={value.condition ?? ''}
        onChange={(condition) => onChange({ ...value, condition })}
        vocabulary={vocabulary}
        problems={celProblems(issues, `${field}.condition`)}
        readOnly={readOnly}
        placeholder="Leave empty for no condition"
      />
      {own('condition')
        .filter((i) => i.field === `${field}.condition`)
        .map((i) => (
          <Alert
            key={`${i.code}-${i.message}`}
            color="red"
            variant="light"
            p="xs"
            title="This condition cannot be saved"
          >
            {i.message}
          </Alert>
        ))}
    </Stack>
  );
}
