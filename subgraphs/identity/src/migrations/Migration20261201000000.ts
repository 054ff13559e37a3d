import { Migration } from '@mikro-orm/migrations';

/** Sessions with refresh-token rotation, partner API keys, invitations, login attempts, brand timing settings. */
export class Migration20261201000000 extends Migration {
  override up(): void {
    this.addSql(`create table identity.session (
      id uuid primary key,
      user_id uuid not null references identity."user" (id) on delete cascade,
      family_id uuid not null,
      refresh_token_hash text not null unique,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      replaced_by uuid,
      user_agent text,
      ip text,
      created_at timestamptz not null
    )`);
    this.addSql('create index session_by_family on identity.session (family_id)');
    this.addSql('create index session_by_user on identity.session (user_id)');
    this.addSql('create index session_by_revoked_at on identity.session (revoked_at) where revoked_at is not null');
    this.addSql(`create table identity.api_key (
      id uuid primary key,
      brand_id uuid not null references identity.brand (id) on delete cascade,
      name text not null,
      scopes jsonb not null,
      rate_limit_per_minute int not null,
      secret_hash text not null,
      created_by uuid not null,
      created_at timestamptz not null,
      revoked_at timestamptz
    )`);
    this.addSql('create index api_key_brand on identity.api_key (brand_id)');
    this.addSql(`create table identity.invitation (
      id uuid primary key,
      brand_id uuid not null references identity.brand (id) on delete cascade,
      email text not null,
      role text not null,
      token_hash text not null unique,
      invited_by uuid not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      created_at timestamptz not null
    )`);
    this.addSql('create index invitation_email on identity.invitation (email)');
    this.addSql(`create table identity.login_attempt (
      id uuid primary key,
      email text not null,
      ip text,
      attempted_at timestamptz not null
    )`);
    this.addSql('create index login_attempt_email on identity.login_attempt (email, attempted_at)');
    this.addSql('create index login_attempt_ip on identity.login_attempt (ip, attempted_at)');
    this.addSql('alter table identity.brand add column claim_minutes int not null default 15');
    this.addSql('alter table identity.brand add column wave_minutes int not null default 5');
    this.addSql('alter table identity."user" add column deleted_at timestamptz');
  }
}
