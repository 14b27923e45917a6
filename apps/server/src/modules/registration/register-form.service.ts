import type { Kysely, Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ApplicationTable, DatabaseSchema, RegisterFormField } from '../../db/schema.js';
import { type AppError, type FieldIssue, notFound, validationError } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import {
  type AttributeDefinition,
  attributeValueProblem,
  loadAttributeDefinitions,
} from '../app-users/attribute-values.js';
import { type AppViewer, type ViewerOf, viewerManagesUsers, viewerSeesApp } from './register-form-access.js';
import { registrationErrors } from './registration.errors.js';
import type { RegisterFormInput, RegisterFormView } from './registration.schema.js';

/** An application row, as registration reads it. */
export type AppRow = Selectable<ApplicationTable>;

/** The app by id; an unknown or malformed id is a 404. */
export async function findAppRow(db: Kysely<DatabaseSchema>, appId: string): Promise<AppRow> {
  const row = isUuid(appId)
    ? await db.selectFrom('application').selectAll().where('id', '=', appId).executeTakeFirst()
    : undefined;
  if (!row) throw notFound('application');
  return row;
}

/**
 * Refuses self-registration into a closed app. An open app is public: anyone may read its form and
 * join it. A closed one says so only to those who can see it (members of its company, its users);
 * to anyone else it is the 404 of a missing app, so its existence shows nowhere.
 */
export async function assertRegistrationOpen(app: AppRow, viewer: ViewerOf): Promise<void> {
  if (app.registration !== 'open') throw closedTo(await viewer());
}

/** The form with each field's type and choices: anyone's while registration is open, user managers' always. */
export async function readRegisterForm(
  db: Kysely<DatabaseSchema>,
  app: AppRow,
  viewerOf: ViewerOf,
): Promise<RegisterFormView> {
  if (app.registration !== 'open') {
    const viewer = await viewerOf();
    if (!viewerManagesUsers(viewer)) throw closedTo(viewer);
  }
  const definitions = await loadAttributeDefinitions(db, app.id);
  return toView(app.registration, app.register_form.fields, definitions);
}

function closedTo(viewer: AppViewer | null): AppError {
  if (!viewerSeesApp(viewer)) return notFound('application');
  return registrationErrors.REGISTRATION_CLOSED();
}

/** Replaces the register form; every field names an attribute of the app, at most once. */
export async function setRegisterForm(
  ctx: AppContext,
  actor: AppActor,
  input: RegisterFormInput,
): Promise<RegisterFormView> {
  const appId = actor.access.appId;
  return ctx.database.db.transaction().execute(async (trx) => {
    const app = await trx
      .selectFrom('application')
      .selectAll()
      .where('id', '=', appId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    // Shared locks: an attribute the form names cannot be deleted before this commits.
    const definitions = await trx
      .selectFrom('app_user_attribute')
      .select(['key', 'type', 'options'])
      .where('app_id', '=', appId)
      .forShare()
      .execute();
    assertFieldsFit(input.fields, definitions);
    await trx
      .updateTable('application')
      .set({ register_form: JSON.stringify({ fields: input.fields }), updated_at: ctx.clock.now() })
      .where('id', '=', appId)
      .execute();
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.register_form.updated',
        target: { type: 'application', id: appId },
        before: app.register_form,
        after: { fields: input.fields },
      },
      trx,
    );
    return toView(app.registration, input.fields, definitions);
  });
}

/**
 * Checks answers against the form: required fields answered, every answer of its attribute's type,
 * nothing the form does not ask. Returns the values to store. Every problem is listed.
 */
export function answersToAttributes(
  fields: readonly RegisterFormField[],
  definitions: readonly AttributeDefinition[],
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const issues: FieldIssue[] = [];
  const issue = (key: string, message: string) =>
    issues.push({ location: 'body', field: `answers.${key}`, message });
  for (const key of Object.keys(answers)) {
    if (!fields.some((f) => f.attribute === key)) issue(key, 'is not a question of this form');
  }
  for (const field of fields) {
    const answer = answers[field.attribute];
    const definition = definitions.find((d) => d.key === field.attribute);
    if (answer === undefined || answer === null || answer === '') {
      if (field.required) issue(field.attribute, 'is required');
      continue;
    }
    const problem = definition ? attributeValueProblem(definition, answer) : 'cannot be stored';
    if (problem) issue(field.attribute, problem);
  }
  if (issues.length > 0) throw validationError(issues);
  return Object.fromEntries(
    fields.filter((f) => isAnswered(answers[f.attribute])).map((f) => [f.attribute, answers[f.attribute]]),
  );
}

function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function assertFieldsFit(
  fields: RegisterFormInput['fields'],
  definitions: readonly AttributeDefinition[],
): void {
  const issues: FieldIssue[] = [];
  fields.forEach((field, index) => {
    const path = `fields.${index}.attribute`;
    if (!definitions.some((d) => d.key === field.attribute)) {
      issues.push({ location: 'body', field: path, message: 'is not an attribute of this application' });
    } else if (fields.findIndex((f) => f.attribute === field.attribute) !== index) {
      issues.push({ location: 'body', field: path, message: 'is asked twice' });
    }
  });
  if (issues.length > 0) throw validationError(issues);
}

function toView(
  registration: 'open' | 'closed',
  fields: readonly RegisterFormField[],
  definitions: readonly AttributeDefinition[],
): RegisterFormView {
  return {
    registration,
    fields: fields.flatMap((field) => {
      const definition = definitions.find((d) => d.key === field.attribute);
      return definition ? [{ ...field, type: definition.type, options: definition.options }] : [];
    }),
  };
}
