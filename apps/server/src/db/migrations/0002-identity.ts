import { type Kysely, sql } from 'kysely';

// Accounts and everything that authenticates them. Table and column names follow the glossary:
// an `account` is a person's login identity; `account_identity` links it to a credential or an
// external identity provider, keyed by (provider, subject), never by email.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table account (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      email text not null,
      email_verified boolean not null default false,
      image text,
      status text not null default 'active' check (status in ('active', 'suspended', 'deactivated')),
      must_change_password boolean not null default false,
      platform_role text check (platform_role in ('owner', 'admin')),
      two_factor_enabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index account_email_key on account (lower(email))`.execute(db);

  await sql`
    create table account_identity (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account (id) on delete cascade,
      provider_id text not null,
      subject text not null,
      access_token text,
      refresh_token text,
      id_token text,
      access_token_expires_at timestamptz,
      refresh_token_expires_at timestamptz,
      scope text,
      password text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (provider_id, subject)
    )`.execute(db);
  await sql`create index account_identity_account_idx on account_identity (account_id)`.execute(db);

  await sql`
    create table account_session (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account (id) on delete cascade,
      token text not null unique,
      expires_at timestamptz not null,
      ip_address text,
      user_agent text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index account_session_account_idx on account_session (account_id)`.execute(db);

  await sql`
    create table auth_verification (
      id uuid primary key default gen_random_uuid(),
      identifier text not null,
      value text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index auth_verification_identifier_idx on auth_verification (identifier)`.execute(db);

  await sql`
    create table account_mfa (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null unique references account (id) on delete cascade,
      secret text not null,
      backup_codes text not null,
      verified boolean,
      failed_verification_count integer,
      locked_until timestamptz
    )`.execute(db);

  // A TOTP code may be presented once: the row is the proof it was used (unique per account).
  await sql`
    create table mfa_code_use (
      account_id uuid not null references account (id) on delete cascade,
      code_hash text not null,
      expires_at timestamptz not null,
      primary key (account_id, code_hash)
    )`.execute(db);

  await sql`
    create table api_key (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account (id) on delete cascade,
      name text not null,
      prefix text not null unique,
      secret_hash text not null,
      scopes jsonb not null default '[]',
      expires_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index api_key_account_idx on api_key (account_id)`.execute(db);

  // Fixed-window counters for abuse limits, shared by every node.
  await sql`
    create table rate_limit (
      key text primary key,
      window_start timestamptz not null,
      count integer not null
    )`.execute(db);

  await sql`
    create table mail_outbox (
      id uuid primary key default gen_random_uuid(),
      to_address text not null,
      subject text not null,
      text_body text not null,
      html_body text,
      kind text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'logged', 'failed')),
      attempts integer not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`create index mail_outbox_pending_idx on mail_outbox (created_at) where status = 'pending'`.execute(
    db,
  );

  await sql`
    create table audit_event (
      id uuid primary key default gen_random_uuid(),
      occurred_at timestamptz not null default now(),
      action text not null,
      outcome text not null check (outcome in ('success', 'failure', 'denied')),
      actor_account_id uuid,
      actor_api_key_id uuid,
      impersonator_account_id uuid,
      subject_email text,
      target_type text,
      target_id text,
      company_id uuid,
      app_id uuid,
      ip_address text,
      user_agent text,
      request_id text,
      details jsonb not null default '{}'
    )`.execute(db);
  await sql`create index audit_event_time_idx on audit_event (occurred_at desc)`.execute(db);
  await sql`create index audit_event_actor_idx on audit_event (actor_account_id, occurred_at desc)`.execute(
    db,
  );
  // Append-only: the database itself refuses to change or remove an audit entry.
  await sql`
    create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only' using errcode = 'P0001';
    end $$`.execute(db);
  await sql`
    create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_is_append_only()`.execute(db);

  // OIDC providers a company brings (its own identity provider). The client secret is sealed
  // with a key derived from CHARTER_SECRET. company_id gains its foreign key with companies.
  await sql`
    create table identity_provider (
      id uuid primary key default gen_random_uuid(),
      company_id uuid,
      provider_id text not null unique check (provider_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      display_name text not null,
      issuer text not null,
      client_id text not null,
      client_secret_sealed text not null,
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`alter table instance add column setup_token_hash text, add column setup_token_expires_at timestamptz`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table instance drop column setup_token_hash, drop column setup_token_expires_at`.execute(
    db,
  );
  for (const table of [
    'identity_provider',
    'audit_event',
    'mail_outbox',
    'rate_limit',
    'api_key',
    'mfa_code_use',
    'account_mfa',
    'auth_verification',
    'account_session',
    'account_identity',
    'account',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`drop function audit_event_is_append_only()`.execute(db);
}
