// The fixed rights catalogue (DESIGN.md §3), with the descriptions NoCode-X users know. Keys are
// stable: they are stored in memberships, roles, API key scopes and audit entries.

/** Company rights. Owners hold all four. */
export const COMPANY_RIGHTS = {
  'company.apps.manage': 'Create, view, edit and delete the applications belonging to this company.',
  'company.users.manage':
    'Invite and remove users to/from the company and manage their rights and app permissions.',
  'company.billing.manage': "Manage the company's payment details.",
  'company.info.manage': "Change the company's name and other properties.",
} as const;
export type CompanyRight = keyof typeof COMPANY_RIGHTS;
export const COMPANY_RIGHT_KEYS = Object.keys(COMPANY_RIGHTS) as CompanyRight[];

/** App backoffice rights: read versus create/edit, per builder resource. */
export const APP_RIGHTS = {
  'app.actions.read': 'View and use actions.',
  'app.actions.edit': 'Create and edit actions.',
  'app.apis.read': 'View APIs.',
  'app.apis.edit': 'Create and edit APIs.',
  'app.dashboards.read': 'View dashboards.',
  'app.dashboards.edit': 'Create and edit dashboards.',
  'app.dataformats.read': 'View and use data-formats (collections and fields).',
  'app.dataformats.edit': 'Create and edit data-formats (collections and fields).',
  'app.data.read': 'View and use data (subject to data rules unless the role has Access All Data).',
  'app.data.edit': 'Create and edit data (subject to data rules unless the role has Access All Data).',
  'app.media.read': 'View files in the media library, and use them in templates.',
  'app.media.edit': 'Create and edit files in the media library.',
  'app.templates.read': 'View templates (pages and sections) and their content.',
  'app.templates.edit': 'Create and edit templates (pages and sections).',
} as const;
export type AppRight = keyof typeof APP_RIGHTS;
export const APP_RIGHT_KEYS = Object.keys(APP_RIGHTS) as AppRight[];

/** The coarse data gate (DESIGN.md §3): every records read needs the first, every write the second. */
export const DATA_READ_RIGHT = 'app.data.read' satisfies AppRight;
export const DATA_EDIT_RIGHT = 'app.data.edit' satisfies AppRight;

/** What an Access All Data role implies: seeing the data model, reading and writing the data. */
export const ALL_DATA_RIGHTS = ['app.dataformats.read', DATA_READ_RIGHT, DATA_EDIT_RIGHT] as const;

/** Presets for a member's company rights, as in Ninox's team roles. */
export const MEMBER_PRESETS = {
  owner: COMPANY_RIGHT_KEYS,
  admin: ['company.apps.manage', 'company.users.manage', 'company.info.manage'],
  editor: [],
} as const satisfies Record<string, readonly CompanyRight[]>;
export type MemberPreset = keyof typeof MEMBER_PRESETS;

/** Whether a key names a company right. */
export function isCompanyRight(key: string): key is CompanyRight {
  return key in COMPANY_RIGHTS;
}

/** Whether a key names an app backoffice right. */
export function isAppRight(key: string): key is AppRight {
  return key in APP_RIGHTS;
}
