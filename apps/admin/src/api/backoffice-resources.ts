/**
 * The builder resources the 14 backoffice rights are about (`app.<resource>.read|edit`): each
 * with its heading and its name inside "Read …" / "Edit …", the same on every screen.
 */
export const BACKOFFICE_RESOURCES: Readonly<Record<string, readonly [heading: string, short: string]>> = {
  actions: ['Actions', 'actions'],
  apis: ['APIs', 'APIs'],
  dashboards: ['Dashboards', 'dashboards'],
  dataformats: ['Data formats (collections and fields)', 'data formats'],
  data: ['Data (records)', 'data'],
  media: ['Media library', 'media library'],
  templates: ['Templates (pages and sections)', 'templates'],
};
