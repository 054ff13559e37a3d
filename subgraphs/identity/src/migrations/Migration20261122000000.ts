import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000 extends Migration {
  override up(): void {
    this.addSql(`create table identity.brand (
      id uuid primary key,
      slug text not null unique,
      name text not null,
      description text not null,
      theme jsonb not null,
      default_language text not null,
      languages jsonb not null,
      categories jsonb not null,
      sla_minutes int not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql(`create table identity."user" (
      id uuid primary key,
      handle text not null unique,
      email text not null unique,
      full_name text,
      password_hash text not null,
      locale text not null,
      created_at timestamptz not null
    )`);
    this.addSql(`create table identity.membership (
      id uuid primary key,
      user_id uuid not null references identity."user" (id) on delete cascade,
      brand_id uuid not null references identity.brand (id) on delete cascade,
      roles jsonb not null,
      created_at timestamptz not null,
      unique (user_id, brand_id)
    )`);
    this.addSql('create index membership_brand on identity.membership (brand_id)');
  }
}
