import { Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { presetsQuery } from '../../api/companies.js';
import { holdsCompanyRight, rightsCatalogueQuery, type Standing } from '../../api/rights.js';
import type { BodyOf } from '../../api/types.js';

type CompanyRightKey = Extract<BodyOf<'setMemberRights'>, { rights: unknown }>['rights'][number];

type PresetName = 'admin' | 'editor' | 'custom';

/** Company rights chosen by preset (Admin, Editor) or one by one. */
export interface RightsChoice {
  preset: PresetName;
  rights: string[];
}

/** A right's name in the screens' words. */
export const RIGHT_LABELS: Record<string, string> = {
  'company.apps.manage': 'Applications',
  'company.users.manage': 'Members and users',
  'company.billing.manage': 'Billing',
  'company.info.manage': 'Company information',
};

const PRESET_HELP: Record<PresetName, string> = {
  admin: 'Manages the applications, the members and the company information; not billing.',
  editor: 'No company rights: works in the applications where they are given a role.',
  custom: 'Pick the company rights one by one.',
};

/** The body the API takes for a choice: the preset's name when one fits, else the list. */
export function rightsBody(
  choice: RightsChoice,
): { preset: 'admin' | 'editor' } | { rights: CompanyRightKey[] } {
  return choice.preset === 'custom'
    ? { rights: choice.rights as CompanyRightKey[] }
    : { preset: choice.preset };
}

/**
 * Presets first, each right below with its description. Rights the caller does not hold are shown
 * disabled with the reason: nobody gives a right they do not hold (the delegation ceiling).
 */
export function RightsPicker({
  value,
  onChange,
  caller,
  label,
}: {
  value: RightsChoice;
  onChange: (choice: RightsChoice) => void;
  caller: Standing | undefined;
  label: string;
}) {
  const presets = useQuery(presetsQuery).data;
  const catalogue = useQuery(rightsCatalogueQuery).data;
  const presetRights = (name: PresetName) => [...(presets?.[name] ?? [])];
  const matching = (rights: string[]): PresetName => {
    for (const name of ['admin', 'editor'] as const) {
      const p = presetRights(name);
      if (p.length === rights.length && p.every((r) => rights.includes(r))) return name;
    }
    return 'custom';
  };
  const allowed = (rights: string[]) => rights.every((r) => holdsCompanyRight(caller, r));
  return (
    <Stack gap="sm">
      <Radio.Group
        label={label}
        value={value.preset}
        onChange={(v) => {
          const preset = v as PresetName;
          onChange({ preset, rights: preset === 'custom' ? value.rights : presetRights(preset) });
        }}
      >
        <Stack gap="xs" mt={6}>
          {(['admin', 'editor', 'custom'] as const).map((name) => (
            <Radio
              key={name}
              value={name}
              label={name === 'custom' ? 'Custom' : name === 'admin' ? 'Admin' : 'Editor'}
              description={
                name !== 'custom' && !allowed(presetRights(name))
                  ? `${PRESET_HELP[name]} You cannot give it: it includes rights you do not hold.`
                  : PRESET_HELP[name]
              }
              disabled={name !== 'custom' && !allowed(presetRights(name))}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group
        label="Company rights"
        value={value.rights}
        onChange={(rights) => onChange({ preset: matching(rights), rights })}
      >
        <Stack gap="xs" mt={6}>
          {(catalogue?.company ?? []).map((right) => {
            const holds = holdsCompanyRight(caller, right.key);
            return (
              <Checkbox
                key={right.key}
                value={right.key}
                label={RIGHT_LABELS[right.key] ?? right.key}
                description={
                  holds
                    ? right.description
                    : `${right.description} You cannot give this right: you do not hold it.`
                }
                disabled={!holds}
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
      <Text size="xs" c="dimmed">
        Owners hold every right; ownership is given from a member's menu.
      </Text>
    </Stack>
  );
}
