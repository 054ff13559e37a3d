import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000000 extends Migration {
  override up(): void {
    // Similar questions read at most the newest few hundred matches per tier (postgres.adapter.ts) in this order.
    this.addSql('create index indexed_question_recent on search.indexed_question (brand_id, resolved_at desc)');
    this.addSql('drop index search.indexed_question_title_trgm');
    // The words of a brand's indexed titles: a customer's misspelt word is matched against this short list
    // (trigram similarity) instead of against every title, and the closest word joins the full-text query.
    this.addSql(`create table search.title_word (
      brand_id uuid not null,
      word text not null,
      primary key (brand_id, word)
    )`);
    this.addSql('create index title_word_trgm on search.title_word using gin (word public.gin_trgm_ops)');
    this.addSql(`create function search.title_words(title text) returns setof text
      language sql immutable parallel safe strict
      as $$ select w from unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', search.f_unaccent(lower(title))))) w
            where length(w) >= 4 $$`);
    this.addSql(`create function search.remember_title_words() returns trigger language plpgsql as $fn$
      begin
        insert into search.title_word (brand_id, word)
          select distinct n.brand_id, w from new_rows n cross join search.title_words(n.title) w
          on conflict do nothing;
        return null;
      end $fn$`);
    // Every word of an all-words query but one, in each way (a | b | c from a & b & c): near matches of longer texts.
    this.addSql(`create function search.all_but_one(q tsquery) returns tsquery
      language sql immutable parallel safe strict
      as $$ with l as (select lexeme, n from unnest(string_to_array(q::text, ' & ')) with ordinality as l(lexeme, n))
            select case when (select count(*) from l) <= 2 then q
              else (select string_agg('(' || (select string_agg(o.lexeme, ' & ') from l o where o.n <> l.n) || ')', ' | ') from l)::tsquery
            end $$`);
    for (const event of ['insert', 'update']) {
      this.addSql(`create trigger indexed_question_title_words_${event} after ${event} on search.indexed_question
        referencing new table as new_rows for each statement execute function search.remember_title_words()`);
    }
    this.addSql(`insert into search.title_word (brand_id, word)
      select distinct i.brand_id, w from search.indexed_question i cross join search.title_words(i.title) w
      on conflict do nothing`);
  }
}
