// The behaviour every search engine behind the subgraph must show, as one suite each engine's test file runs.
import { randomUUID } from 'node:crypto';
import { openDatabase, transaction, type EntityManager, type Orm } from '@peerdesk/runtime/database';
import { migrateService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../service.ts';
import { resolvedQuestion } from '../testing/search.harness.ts';
import type { IndexedQuestion, SearchAdapter, SimilarQuery } from './search.adapter.ts';

export interface ContractEngine {
  adapterFor(em: EntityManager): SearchAdapter;
  close?(): Promise<void>;
}

/** Defines the contract tests for one engine; `open` runs once before them (with the suite's database ready). */
export function defineSearchAdapterContract(engine: string, open: () => Promise<ContractEngine>): void {
  describe(`SearchAdapter contract: ${engine}`, () => {
    let orm: Orm;
    let subject: ContractEngine;

    beforeAll(async () => {
      const url = await testDatabaseUrl(`search_contract_${engine}`);
      await migrateService(search, url);
      orm = await openDatabase({ ...search, url, poolSize: 4 });
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
      await orm?.close();
    });

    const index = (...docs: IndexedQuestion[]) => transaction(orm, (em) => subject.adapterFor(em).index(docs));
    const remove = (...ids: string[]) => transaction(orm, (em) => subject.adapterFor(em).remove(ids));
    const similar = (query: Omit<SimilarQuery, 'first'> & { first?: number }) =>
      subject.adapterFor(orm.em.fork()).similar({ first: 10, ...query });
    const ids = async (query: Omit<SimilarQuery, 'first'> & { first?: number }) =>
      (await similar(query)).map((h) => h.questionId);

    /** A brand of its own per test: no test sees another's documents. */
    const brand = () => randomUUID();

    it('ranks the question with the customer’s own words first, scored near 1 and well above a loose match', async () => {
      const brandId = brand();
      const exact = resolvedQuestion({
        brandId,
        title: 'No me funciona el roaming en Francia',
        answerBody: 'En la UE el roaming está incluido.',
      });
      const loose = resolvedQuestion({
        brandId,
        title: 'Cómo activar el roaming antes de viajar',
        body: 'Me voy de vacaciones.',
      });
      const unrelated = resolvedQuestion({ brandId, title: 'Cambiar la contraseña del wifi' });
      await index(exact, loose, unrelated);
      const hits = await similar({ brandId, text: 'no me funciona el roaming en Francia' });
      expect(hits.map((h) => h.questionId)).toEqual([exact.questionId, loose.questionId]);
      expect(hits[0]!.score).toBeGreaterThan(0.8);
      expect(hits[0]!.score).toBeLessThanOrEqual(1);
      expect(hits[1]!.score).toBeGreaterThan(0);
      expect(hits[1]!.score).toBeLessThan(hits[0]!.score - 0.2);
    });

    it('returns the accepted answer with its author, in full and as a plain-text excerpt', async () => {
      const brandId = brand();
      const doc = resolvedQuestion({
        brandId,
        title: 'El router pierde la conexión',
        answerBody: 'Cambia el **canal** del wifi al 6.',
      });
      await index(doc);
      const [hit] = await similar({ brandId, text: 'router conexión' });
      expect(hit).toMatchObject({
        questionId: doc.questionId,
        title: 'El router pierde la conexión',
        acceptedAnswerId: doc.answerId,
        answerAuthorId: doc.answerAuthorId,
        answerBody: 'Cambia el **canal** del wifi al 6.',
        excerpt: 'Cambia el canal del wifi al 6.',
      });
    });

    it('matches Spanish word forms through stemming and folds accents both ways', async () => {
      const brandId = brand();
      const bills = resolvedQuestion({ brandId, title: 'Me cobran dos facturas este mes' });
      const accented = resolvedQuestion({ brandId, title: '¿Por qué sube mi facturación cada mes?' });
      await index(bills, accented);
      expect(await ids({ brandId, text: 'una factura duplicada' })).toEqual([bills.questionId]);
      for (const text of ['facturacion', 'facturación', 'FACTURACIÓN']) {
        expect(await ids({ brandId, text })).toEqual([accented.questionId]);
      }
    });

    it('matches English word forms, possessives included', async () => {
      const brandId = brand();
      const doc = resolvedQuestion({ brandId, language: 'en', title: 'Controller lights keep blinking after update' });
      await index(doc);
      expect(await ids({ brandId, text: "my controller's light blinks" })).toEqual([doc.questionId]);
    });

    it('tolerates typos in the title words', async () => {
      const brandId = brand();
      const doc = resolvedQuestion({ brandId, title: 'No me funciona el roaming en Francia' });
      await index(doc, resolvedQuestion({ brandId, title: 'Cambiar la tarifa de fibra' }));
      expect(await ids({ brandId, text: 'funsiona el roamin en fransia' })).toContain(doc.questionId);
    });

    it('finds nothing for unrelated text or for stop words alone, and at most `first` hits otherwise', async () => {
      const brandId = brand();
      await index(
        resolvedQuestion({ brandId, title: 'Roaming en Italia' }),
        resolvedQuestion({ brandId, title: 'Roaming en Portugal' }),
        resolvedQuestion({ brandId, title: 'Roaming en Grecia' }),
      );
      expect(await similar({ brandId, text: 'qwertyuiop asdfghjkl' })).toEqual([]);
      expect(await similar({ brandId, text: 'para que de la' })).toEqual([]);
      expect(await similar({ brandId, text: 'roaming', first: 2 })).toHaveLength(2);
    });

    it('never returns another brand’s questions, even with identical text', async () => {
      const [mine, theirs] = [brand(), brand()];
      const title = 'La centralita no da tono de llamada';
      const own = resolvedQuestion({ brandId: mine, title });
      await index(
        own,
        resolvedQuestion({ brandId: theirs, title }),
        resolvedQuestion({ brandId: theirs, title: 'Centralita sin tono' }),
      );
      expect(await ids({ brandId: mine, text: title })).toEqual([own.questionId]);
      expect(await ids({ brandId: mine, text: 'centralita sin tono' })).toEqual([own.questionId]);
    });

    it('keeps to the language asked for, and searches every language when none is', async () => {
      const brandId = brand();
      const es = resolvedQuestion({ brandId, language: 'es', title: 'Router wifi lento' });
      const en = resolvedQuestion({ brandId, language: 'en', title: 'Slow wifi router' });
      await index(es, en);
      expect((await ids({ brandId, text: 'wifi router' })).sort()).toEqual([es.questionId, en.questionId].sort());
      expect(await ids({ brandId, text: 'wifi router', language: 'en' })).toEqual([en.questionId]);
      expect(await ids({ brandId, text: 'wifi router', language: 'es' })).toEqual([es.questionId]);
    });

    it('leaves out the question being answered when asked to', async () => {
      const brandId = brand();
      const self = resolvedQuestion({ brandId, title: 'El decodificador no enciende' });
      const other = resolvedQuestion({ brandId, title: 'Mi decodificador no enciende tras un corte de luz' });
      await index(self, other);
      expect(await ids({ brandId, text: self.title, excludeQuestionId: self.questionId })).toEqual([other.questionId]);
    });

    it('marks matched terms in title and answer, escaping everything else', async () => {
      const brandId = brand();
      const html = resolvedQuestion({
        brandId,
        language: 'en',
        title: 'Router shows <script>alert(1)</script> & reboots',
        answerBody: 'Unplug the router for 30 seconds.',
      });
      const accented = resolvedQuestion({ brandId, title: '¿Por qué sube mi facturación cada mes?' });
      await index(html, accented);
      const [hit] = await similar({ brandId, text: 'router reboots', language: 'en' });
      expect(hit!.highlights).toEqual([
        '<mark>Router</mark> shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>reboots</mark>',
        expect.stringContaining('Unplug the <mark>router</mark> for 30 seconds'),
      ]);
      const [spanish] = await similar({ brandId, text: 'sube la facturacion', language: 'es' });
      expect(spanish!.highlights[0]).toBe('¿Por qué <mark>sube</mark> mi <mark>facturación</mark> cada mes?');
    });

    it('indexes as an upsert: repeating changes nothing, a later resolution replaces, an earlier one never does', async () => {
      const brandId = brand();
      const first = resolvedQuestion({ brandId, title: 'El contestador no graba mensajes', answerBody: 'Primera respuesta.' });
      const later = {
        ...first,
        answerId: randomUUID(),
        answerBody: 'Segunda respuesta.',
        resolvedAt: new Date(first.resolvedAt.getTime() + 60_000),
      };
      await index(first);
      await index(first);
      expect(await ids({ brandId, text: 'contestador' })).toEqual([first.questionId]);
      await index(later);
      await index(first); // delivered late: must not bring the old answer back
      const hits = await similar({ brandId, text: 'contestador' });
      expect(hits.map((h) => [h.questionId, h.acceptedAnswerId, h.excerpt])).toEqual([
        [first.questionId, later.answerId, 'Segunda respuesta.'],
      ]);
    });

    it('forgets removed questions, and removing twice or nothing is harmless', async () => {
      const brandId = brand();
      const gone = resolvedQuestion({ brandId, title: 'Portabilidad del número fijo' });
      const kept = resolvedQuestion({ brandId, title: 'Portabilidad del número móvil' });
      await index(gone, kept);
      await remove(gone.questionId);
      await remove(gone.questionId);
      await remove();
      expect(await ids({ brandId, text: 'portabilidad número' })).toEqual([kept.questionId]);
    });

    it('orders hits best first with scores between 0 and 1', async () => {
      const brandId = brand();
      await index(
        resolvedQuestion({ brandId, title: 'Sin cobertura en casa' }),
        resolvedQuestion({ brandId, title: 'Poca cobertura móvil en el garaje de casa' }),
        resolvedQuestion({ brandId, title: 'Cobertura 5G', body: 'En casa no llega el 5G.' }),
      );
      const scores = (await similar({ brandId, text: 'no tengo cobertura en casa' })).map((h) => h.score);
      expect(scores).toHaveLength(3);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
    });
  });
}
