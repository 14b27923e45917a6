// Starting points for the rules builders write most, shaped for the chosen collection.
import type { Collection } from '../../../api/data-model.js';
import type { Action, RuleKind } from '../../../api/rules.js';

export interface RuleTemplate {
  id: string;
  label: string;
  /** Why the template cannot be used on this collection, when it cannot. */
  unavailable?: string;
  fill?: {
    kind: RuleKind;
    name: string;
    description: string;
    actions: Action[];
    condition: string;
    audience?: 'everyone';
  };
}

interface Attribute {
  name: string;
  type: string;
}

const TO_USERS = new Set(['linkUser', 'linkUsers']);

/** `record.<field>` holds the signed-in person: one link to a user, or several. */
function holdsMe(path: string, type: string): string {
  return type === 'linkUsers' ? `user.id in record.${path}` : `record.${path} == user.id`;
}

/**
 * The templates offered for a collection: "linked to me" once per link to users (and through a
 * link to another collection's link to users), "created by me", "my team's", and Ninox's
 * "readable if …" and "writable if …" guards.
 */
export function templatesFor(
  collection: Collection | undefined,
  collections: Collection[],
  attributes: Attribute[],
): RuleTemplate[] {
  if (!collection) return [];
  const linked: RuleTemplate[] = [];
  for (const f of collection.fields) {
    if (TO_USERS.has(f.type)) {
      linked.push({
        id: `linked-to-me:${f.name}`,
        label: `Linked to me: ${f.label || f.name}`,
        fill: {
          kind: 'grant',
          name: `${collection.name} linked to me as ${f.label || f.name}`,
          description: `People read and edit the ${collection.name.toLowerCase()} that name them in ${f.label || f.name}.`,
          actions: ['read', 'update'],
          condition: holdsMe(f.name, f.type),
        },
      });
    } else if ((f.type === 'linkOne' || f.type === 'linkMany') && f.target) {
      const target = collections.find((c) => c.key === f.target?.key);
      for (const g of target?.fields ?? []) {
        if (!TO_USERS.has(g.type)) continue;
        const condition =
          f.type === 'linkOne'
            ? holdsMe(`${f.name}.${g.name}`, g.type)
            : `record.${f.name}.exists(x, ${g.type === 'linkUsers' ? `user.id in x.${g.name}` : `x.${g.name} == user.id`})`;
        linked.push({
          id: `linked-to-me:${f.name}.${g.name}`,
          label: `Linked to me: ${f.label || f.name} → ${g.label || g.name}`,
          fill: {
            kind: 'grant',
            name: `${collection.name} of my ${target?.name.toLowerCase() ?? f.name} (${g.label || g.name})`,
            description: `People read the ${collection.name.toLowerCase()} whose ${f.label || f.name} names them in ${g.label || g.name}.`,
            actions: ['read'],
            condition,
          },
        });
      }
    }
  }
  if (linked.length === 0) {
    linked.push({
      id: 'linked-to-me',
      label: 'Linked to me',
      unavailable: `${collection.name} has no link to users: add one in the data model`,
    });
  }
  const team = teamCondition(collection, attributes);
  return [
    ...linked,
    {
      id: 'created-by-me',
      label: 'Created by me',
      fill: {
        kind: 'grant',
        name: `${collection.name} I created`,
        description: `People read, edit and delete the ${collection.name.toLowerCase()} they created (Ninox: _cu = user()).`,
        actions: ['read', 'update', 'delete'],
        condition: 'record.createdBy == user.id',
      },
    },
    team
      ? {
          id: 'my-team',
          label: 'My team’s',
          fill: {
            kind: 'grant',
            name: `${collection.name} of my team`,
            description: `People read the ${collection.name.toLowerCase()} of their own ${team.attribute}.`,
            actions: ['read'],
            condition: team.condition,
          },
        }
      : {
          id: 'my-team',
          label: 'My team’s',
          unavailable: 'needs a user attribute (such as department) and a field to compare it with',
        },
    {
      id: 'readable-if',
      label: 'Readable if …',
      fill: {
        kind: 'guard',
        name: 'Readable if the creator',
        description: `Whatever grants open, a ${collection.name.toLowerCase()} record is seen only where this holds (Ninox: Readable if).`,
        actions: ['read', 'update', 'delete'],
        condition: 'record.createdBy == user.id',
        audience: 'everyone',
      },
    },
    {
      id: 'writable-if',
      label: 'Writable if …',
      fill: {
        kind: 'guard',
        name: 'Writable if the creator',
        description: `Whatever grants open, a ${collection.name.toLowerCase()} record is changed or deleted only where this holds (Ninox: Writable if).`,
        actions: ['update', 'delete'],
        condition: 'record.createdBy == user.id',
        audience: 'everyone',
      },
    },
  ];
}

/** `record.department == user.department`: a field named like a user attribute, else the first pair that fits. */
function teamCondition(
  collection: Collection,
  attributes: Attribute[],
): { attribute: string; condition: string } | null {
  const comparable = collection.fields.filter((f) =>
    ['text', 'singleSelect', 'email', 'integer', 'linkOne'].includes(f.type),
  );
  for (const a of attributes) {
    const same = comparable.find((f) => f.name === a.name);
    if (same) return { attribute: a.name, condition: `record.${same.name} == user.${a.name}` };
  }
  const attribute = attributes.find((a) => a.type === 'text' || a.type === 'singleSelect') ?? attributes[0];
  const field = comparable.find((f) => f.type === 'text' || f.type === 'singleSelect');
  if (!attribute || !field) return null;
  return { attribute: attribute.name, condition: `record.${field.name} == user.${attribute.name}` };
}
