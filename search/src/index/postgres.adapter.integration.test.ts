import { randomUUID } from 'node:crypto';
import { openDatabase, transaction, type Orm } from '@peerdesk/runtime/database';
import { migrateService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../service.ts';
import { resolvedQuestion } from '../testing/search.harness.ts';
import { PostgresSearchAdapter, RECENT_WINDOW } from './postgres.adapter.ts';
import { defineSearchAdapterContract } from './search.adapter.contract.ts';

defineSearchAdapterContract('postgres', async () => ({ adapterFor: (em) => new PostgresSearchAdapter(em) }));

describe('PostgreSQL adapter in a brand with more questions than it reads per query', () => {
  let orm: Orm;
  beforeAll(async () => {
    const url = await testDatabaseUrl('search_postgres_scale');
    await migrateService(search, url);
    orm = await openDatabase({ ...search, url, poolSize: 2 });
  });
  afterAll(() => orm?.close());

  it('finds old questions by all their words or all but one, and questions with any word among the newest', async () => {
    const brandId = randomUUID();
    const old = (title: string) => resolvedQuestion({ brandId, title, body: 'Sin más.', resolvedAt: new Date('2020-01-01') });
    const every = old('No funciona el roaming en Francia');
    const allButOne = old('El roaming en Francia va lento');
    const oneWordOld = old('Francia');
    const oneWordNew = resolvedQuestion({ brandId, title: 'Llamadas a Francia', body: 'Sin más.' });
    const fillers = Array.from({ length: RECENT_WINDOW + 100 }, (_, n) =>
      resolvedQuestion({
        brandId,
        title: `Cambio de tarifa ${n}`,
        body: 'Quiero otra tarifa.',
        resolvedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000),
      }),
    );
    await transaction(orm, (em) => new PostgresSearchAdapter(em).index([every, allButOne, oneWordOld, ...fillers, oneWordNew]));

    const hits = await new PostgresSearchAdapter(orm.em.fork()).similar({
      brandId,
      text: 'no funciona el roaming en Francia',
      first: 10,
    });
    const found = hits.map((hit) => hit.questionId);
    expect(found.slice(0, 2)).toEqual([every.questionId, allButOne.questionId]);
    expect(found).toContain(oneWordNew.questionId);
    // Beyond the newest RECENT_WINDOW questions, one shared word is not enough to be considered.
    expect(found).not.toContain(oneWordOld.questionId);
  });

  it('corrects a misspelt word to the closest word of the brand’s titles, and only of that brand', async () => {
    const [brandId, otherBrand] = [randomUUID(), randomUUID()];
    const doc = resolvedQuestion({ brandId, title: 'Desbloquear la tarjeta SIM', body: 'Me pide el PUK.' });
    const other = resolvedQuestion({ brandId: otherBrand, title: 'Desbloquear la consola', body: 'Pantalla negra.' });
    await transaction(orm, (em) => new PostgresSearchAdapter(em).index([doc, other]));
    const similar = (text: string, brand: string) =>
      new PostgresSearchAdapter(orm.em.fork())
        .similar({ brandId: brand, text, first: 5 })
        .then((hits) => hits.map((hit) => hit.questionId));
    expect(await similar('desbloqear tarjeta', brandId)).toEqual([doc.questionId]);
    expect(await similar('tarjta', brandId)).toEqual([doc.questionId]);
    // "tarjta" is close to nothing in the other brand: its titles never lend words across the wall.
    expect(await similar('tarjta', otherBrand)).toEqual([]);
  });
});
