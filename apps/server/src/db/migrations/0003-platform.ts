import { type Kysely, sql } from 'kysely';

// The platform plane: companies and their members, invitations, applications, and per app the
// roles, custom rights, user attributes and app users (DESIGN.md §2–§3).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table company (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      properties jsonb not null default '{}',
      mfa_required boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  // Billing details are data only; no payment processor is involved.
  await sql`
    create table company_billing (
      company_id uuid primary key references company (id) on delete cascade,
      billing_email text,
      address jsonb not null default '{}',
      vat_id text,
      plan text not null default 'free',
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table company_member (
      company_id uuid not null references company (id) on delete cascade,
      account_id uuid not null references account (id) on delete cascade,
      is_owner boolean not null default false,
      rights text[] not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (company_id, account_id)
    )`.execute(db);
  await sql`create index company_member_account_idx on company_member (account_id)`.execute(db);

  await sql`
    create table company_invitation (
      id uuid primary key default gen_random_uuid(),
      company_id uuid not null references company (id) on delete cascade,
      email text not null,
      rights text[] not null default '{}',
      token_hash text not null unique,
      expires_at timestamptz not null,
      invited_by uuid references account (id) on delete set null,
      created_at timestamptz not null default now(),
      last_sent_at timestamptz not null default now(),
      accepted_at timestamptz,
      accepted_by uuid references account (id) on delete set null,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index company_invitation_company_idx on company_invitation (company_id, created_at desc)`.execute(
    db,
  );

  await sql`alter table identity_provider add foreign key (company_id) references company (id) on delete cascade`.execute(
    db,
  );

  await sql`
    create table application (
      id uuid primary key default gen_random_uuid(),
      company_id uuid not null references company (id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      description text not null default '',
      registration text not null default 'closed' check (registration in ('open', 'closed')),
      register_form jsonb not null default '{"fields": []}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index application_company_idx on application (company_id)`.execute(db);

  await sql`
    create table app_role (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
      name text not null,
      description text not null default '',
      internal boolean not null default false,
      builder boolean not null default false,
      all_data boolean not null default false,
      force_mfa boolean not null default false,
      rights text[] not null default '{}',
      default_for text check (default_for in ('team_admin', 'user')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (app_id, key),
      unique (app_id, default_for)
    )`.execute(db);

  await sql`
    create table app_custom_right (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
      name text not null,
      description text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (app_id, key)
    )`.execute(db);

  // Typed custom user fields (department, region…), usable in conditions as user.<key>.
  await sql`
    create table app_user_attribute (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-zA-Z0-9_]{0,62}$'),
      name text not null,
      type text not null check (type in ('text', 'integer', 'decimal', 'boolean', 'date', 'singleSelect', 'multiSelect')),
      options jsonb not null default '[]',
      created_at timestamptz not null default now(),
      unique (app_id, key)
    )`.execute(db);

  await sql`
    create table app_user (
      app_id uuid not null references application (id) on delete cascade,
      account_id uuid not null references account (id) on delete cascade,
      status text not null default 'active' check (status in ('active', 'suspended')),
      direct_rights text[] not null default '{}',
      attributes jsonb not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (app_id, account_id)
    )`.execute(db);
  await sql`create index app_user_account_idx on app_user (account_id)`.execute(db);

  await sql`
    create table app_user_role (
      app_id uuid not null,
      account_id uuid not null,
      role_id uuid not null references app_role (id) on delete restrict,
      primary key (app_id, account_id, role_id),
      foreign key (app_id, account_id) references app_user (app_id, account_id) on delete cascade
    )`.execute(db);
  await sql`create index app_user_role_role_idx on app_user_role (role_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_user_role',
    'app_user',
    'app_user_attribute',
    'app_custom_right',
    'app_role',
    'application',
    'company_invitation',
    'company_member',
    'company_billing',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`alter table identity_provider drop constraint if exists identity_provider_company_id_fkey`.execute(
    db,
  );
  await sql`drop table company`.execute(db);
}
