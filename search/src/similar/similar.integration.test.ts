import { randomUUID } from 'node:crypto';
import { DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMILAR, call, indexQuestions, resolvedQuestion, startSearch, type SimilarResult } from '../testing/search.harness.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_similar');
});
afterAll(() => service?.close());

const demoId = (title: string) => DEMO_QUESTIONS.find((q) => q.title === title)!.id;
const FRANCE = demoId('No me funciona el roaming en Francia');
const ITALY = demoId('Sin datos móviles de viaje por Italia');
const USA = demoId('¿Cuánto cuesta usar el móvil en Estados Unidos?');

async function similar(brandId: string, text: string, extra: Record<string, unknown> = {}) {
  const result = await call<SimilarResult>(service, SIMILAR, { brandId, text, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data!.similarQuestions;
}

describe('similarQuestions', () => {
  it('puts the seeded roaming answers first for a customer typing about roaming in France', async () => {
    const hits = await similar(TELCO.id, 'no me funciona el roaming en Francia');
    expect(hits[0]).toMatchObject({
      question: { id: FRANCE },
      title: 'No me funciona el roaming en Francia',
      excerpt: expect.stringContaining('En la UE el roaming está incluido'),
    });
    expect(
      hits
        .slice(0, 3)
        .map((h) => h.question.id)
        .sort(),
    ).toEqual([FRANCE, ITALY, USA].sort());
    expect(hits[0]!.score).toBeGreaterThan(0.8);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score - 0.2);
    // The same question asked again is flagged as a duplicate; a merely related one is not.
    expect(hits[0]!.duplicate).toBe(true);
    expect(hits[1]!.duplicate).toBe(false);
    expect(hits[0]!.highlights[0]).toBe('No me <mark>funciona</mark> el <mark>roaming</mark> en <mark>Francia</mark>');
    // Best first, scores on a 0–1 scale.
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('finds roaming questions for a paraphrase that shares few words with them', async () => {
    const hits = await similar(TELCO.id, 'sin internet en el extranjero, viaje a Italia');
    expect(hits[0]?.question.id).toBe(ITALY);
  });

  it('tolerates typos in the title words', async () => {
    const hits = await similar(TELCO.id, 'funsiona el roamin en fransia');
    expect(hits.map((h) => h.question.id)).toContain(FRANCE);
  });

  it('folds accents both ways: facturacion finds facturación and the reverse', async () => {
    const brandId = randomUUID();
    const accented = resolvedQuestion({ brandId, title: '¿Por qué sube mi facturación cada mes?' });
    const plain = resolvedQuestion({ brandId, title: 'Error en la facturacion del router' });
    await indexQuestions(service, accented, plain);
    for (const text of ['facturacion', 'facturación']) {
      const hits = await similar(brandId, text);
      expect(hits.map((h) => h.question.id).sort()).toEqual([accented.questionId, plain.questionId].sort());
    }
    const [hit] = await similar(brandId, 'sube la facturacion');
    expect(hit!.highlights[0]).toBe('¿Por qué <mark>sube</mark> mi <mark>facturación</mark> cada mes?');
  });

  it('escapes HTML in highlights and keeps only the <mark> tags', async () => {
    const brandId = randomUUID();
    await indexQuestions(
      service,
      resolvedQuestion({ brandId, language: 'en', title: 'Router shows <script>alert(1)</script> & reboots' }),
    );
    const [hit] = await similar(brandId, 'router reboots');
    expect(hit!.highlights[0]).toBe('<mark>Router</mark> shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>reboots</mark>');
  });

  it('never returns another brand’s content, even for identical text indexed in both', async () => {
    const title = `Roaming zyxwv ${randomUUID().slice(0, 8)} no funciona`;
    const nimbus = resolvedQuestion({ brandId: NIMBUS.id, title });
    const telco = resolvedQuestion({ brandId: TELCO.id, title });
    await indexQuestions(service, nimbus, telco);
    const telcoIds = new Set(
      DEMO_QUESTIONS.filter((q) => q.brandId === TELCO.id)
        .map((q) => q.id)
        .concat(telco.questionId),
    );
    for (const text of [title, 'no me funciona el roaming en Francia']) {
      const hits = await similar(NIMBUS.id, text, { first: 20 });
      expect(hits.some((h) => telcoIds.has(h.question.id))).toBe(false);
    }
    expect((await similar(NIMBUS.id, title)).map((h) => h.question.id)).toEqual([nimbus.questionId]);
    expect((await similar(TELCO.id, title))[0]!.question.id).toBe(telco.questionId);
  });

  it('filters by language when one is given', async () => {
    const brandId = randomUUID();
    const es = resolvedQuestion({ brandId, language: 'es', title: 'Router wifi lento' });
    const en = resolvedQuestion({ brandId, language: 'en', title: 'Slow wifi router' });
    await indexQuestions(service, es, en);
    expect((await similar(brandId, 'wifi router')).length).toBe(2);
    expect((await similar(brandId, 'wifi router', { language: 'en' })).map((h) => h.question.id)).toEqual([en.questionId]);
  });

  it('returns at most `first` hits and nothing for unrelated text', async () => {
    expect(await similar(TELCO.id, 'roaming', { first: 1 })).toHaveLength(1);
    expect(await similar(TELCO.id, 'qwertyuiop asdfghjkl')).toEqual([]);
  });

  it.each([
    ['a one-character text', { brandId: TELCO.id, text: 'a' }],
    ['a text of only spaces', { brandId: TELCO.id, text: '      ' }],
    ['a text over 500 characters', { brandId: TELCO.id, text: 'x'.repeat(501) }],
    ['first above 20', { brandId: TELCO.id, text: 'roaming', first: 21 }],
    ['first below 1', { brandId: TELCO.id, text: 'roaming', first: 0 }],
    ['a malformed brand id', { brandId: 'telco-sol', text: 'roaming' }],
    ['an unknown language', { brandId: TELCO.id, text: 'roaming', language: 'fr' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    const result = await call(service, SIMILAR, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers UNAUTHENTICATED when called without the gateway-signed viewer', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIMILAR, variables: { brandId: TELCO.id, text: 'roaming' } }),
    });
    const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
