import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000 extends Migration {
  override up(): void {
    // Both ship with PostgreSQL (contrib) and are trusted extensions; other services may create them too.
    this.addSql('create extension if not exists unaccent schema public');
    this.addSql('create extension if not exists pg_trgm schema public');
    // unaccent() is only STABLE (its dictionary could change); generated columns and indexes need IMMUTABLE.
    this.addSql(`create or replace function search.f_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    this.addSql(`create or replace function search.ts_config(language text) returns regconfig
      language sql immutable parallel safe
      as $$ select case language when 'es' then 'pg_catalog.spanish'::regconfig
                                 when 'en' then 'pg_catalog.english'::regconfig
                                 else 'pg_catalog.simple'::regconfig end $$`);
    // ts_headline parses the original (accented) text, so it needs configurations that fold accents the way
    // search.f_unaccent does before indexing; otherwise "facturacion" would match but not be highlighted.
    for (const language of ['spanish', 'english']) {
      this.addSql(`create text search configuration search.${language}_unaccent (copy = pg_catalog.${language})`);
      this.addSql(
        `alter text search configuration search.${language}_unaccent alter mapping for hword, hword_part, word with public.unaccent, ${language}_stem`,
      );
    }
    this.addSql(`create or replace function search.headline_config(language text) returns regconfig
      language sql immutable parallel safe
      as $$ select case language when 'es' then 'search.spanish_unaccent'::regconfig
                                 when 'en' then 'search.english_unaccent'::regconfig
                                 else 'pg_catalog.simple'::regconfig end $$`);
    this.addSql(`create table search.indexed_question (
      question_id uuid primary key,
      brand_id uuid not null,
      language text not null,
      title text not null,
      body text not null,
      answer_id uuid not null,
      answer_body text not null,
      answer_author_id uuid not null,
      resolved_at timestamptz not null,
      indexed_at timestamptz not null default now(),
      document tsvector generated always as (
        setweight(to_tsvector(search.ts_config(language), search.f_unaccent(title)), 'A') ||
        setweight(to_tsvector(search.ts_config(language), search.f_unaccent(body)), 'B') ||
        setweight(to_tsvector(search.ts_config(language), search.f_unaccent(answer_body)), 'C')
      ) stored
    )`);
    this.addSql('create index indexed_question_document on search.indexed_question using gin (document)');
    this.addSql(
      'create index indexed_question_title_trgm on search.indexed_question using gin (search.f_unaccent(lower(title)) public.gin_trgm_ops)',
    );
    this.addSql('create index indexed_question_brand on search.indexed_question (brand_id, language)');
    // The text of every asked question (open ones included), so suggestions can be computed for any question.
    this.addSql(`create table search.question_text (
      question_id uuid primary key,
      brand_id uuid not null,
      language text not null,
      title text not null,
      body text not null,
      updated_at timestamptz not null
    )`);
    this.addSql(`create table search.deflection (
      id uuid primary key,
      brand_id uuid not null,
      question_id uuid not null,
      text text not null,
      viewer_user_id uuid,
      created_at timestamptz not null
    )`);
    this.addSql('create index deflection_brand on search.deflection (brand_id, created_at)');
  }
}
