import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ASK, call, codeOf, community, member, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_ask');
});
afterAll(() => service?.close());

const written = async (brandId: string) => {
  const [row] = await service.orm.em
    .fork()
    .execute<{ questions: number; events: number }[]>(
      `select (select count(*)::int from questions.question where brand_id = ?) as questions,
              (select count(*)::int from bus.event where payload->>'brandId' = ?) as events`,
      [brandId, brandId],
    );
  return row;
};

describe('askQuestion', () => {
  it('creates an open question by the signed-in member and records QuestionAsked', async () => {
    const { brandId, asker } = community();
    const result = await call(service, asker.viewer, ASK, {
      input: { brandId, title: '  Crash after patch 4.2 ', body: 'The game closes after the splash screen.', category: 'performance', language: 'en' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.askQuestion).toMatchObject({
      title: 'Crash after patch 4.2',
      category: 'performance',
      language: 'en',
      status: 'OPEN',
      answerCount: 0,
      rating: null,
      brand: { id: brandId },
      author: { id: asker.userId },
    });
    const id = (result.data?.askQuestion as { id: string }).id;
    const events = await service.orm.em
      .fork()
      .execute<{ payload: Record<string, unknown> }[]>(`select payload from bus.event where type = 'QuestionAsked' and payload->>'questionId' = ?`, [id]);
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ questionId: id, brandId, authorId: asker.userId, title: 'Crash after patch 4.2', category: 'performance', language: 'en' }),
    ]);
  });

  it.each([
    ['a short title', { title: 'Help' }, 'title'],
    ['a blank title', { title: '         ' }, 'title'],
    ['a short body', { body: 'pls help' }, 'body'],
    ['a huge body', { body: 'x'.repeat(10_001) }, 'body'],
    ['a malformed category', { category: 'Not A Slug!' }, 'category'],
    ['an unsupported language', { language: 'fr' }, 'language'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, overrides, field) => {
    const { brandId, asker } = community();
    const input = { brandId, title: 'A perfectly fine title', body: 'A perfectly fine body text.', category: 'gameplay', ...overrides };
    const result = await call(service, asker.viewer, ASK, { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field })]);
    expect(await written(brandId)).toEqual({ questions: 0, events: 0 });
  });

  it('refuses someone who is not a member of the brand with FORBIDDEN', async () => {
    const { brandId } = community();
    const outsider = member(community().brandId, ['customer', 'expert', 'admin']);
    const result = await call(service, outsider.viewer, ASK, { input: { brandId, title: 'Let me in', body: 'I am not from around here.', category: 'gameplay' } });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await written(brandId)).toEqual({ questions: 0, events: 0 });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const { brandId } = community();
    const result = await call(service, ANONYMOUS, ASK, { input: { brandId, title: 'Who am I?', body: 'Nobody signed in here.', category: 'gameplay' } });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });
});

describe('question', () => {
  const QUESTION = 'query ($id: ID!) { question(id: $id) { id title status author { id } brand { id } answers { id } } }';

  it('is readable by anonymous visitors of the public community', async () => {
    const { brandId, asker } = community();
    const asked = await ask(service, asker, brandId, { title: 'Public question here' });
    const result = await call(service, ANONYMOUS, QUESTION, { id: asked.id });
    expect(result.data?.question).toEqual({ id: asked.id, title: 'Public question here', status: 'OPEN', author: { id: asker.userId }, brand: { id: brandId }, answers: [] });
  });

  it('is null, not an error, for unknown and malformed ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const result = await call(service, ANONYMOUS, QUESTION, { id });
      expect(result).toEqual({ data: { question: null } });
    }
  });
});

describe('questions', () => {
  const LIST = `query ($brandId: ID!, $first: Int, $after: String, $status: QuestionStatus) {
    questions(brandId: $brandId, first: $first, after: $after, status: $status) {
      edges { cursor node { id title } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = { questions: { edges: { cursor: string; node: { id: string; title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it('pages through a brand’s questions newest first without gaps or repeats', async () => {
    const { brandId, asker } = community();
    const other = community();
    await ask(service, other.asker, other.brandId, { title: 'Another brand entirely' });
    const asked: string[] = [];
    for (let n = 1; n <= 5; n++) asked.push((await ask(service, asker, brandId, { title: `Question number ${n}` })).id);

    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const result: Awaited<ReturnType<typeof call<Page>>> = await call<Page>(service, ANONYMOUS, LIST, { brandId, first: 2, after });
      expect(result.errors).toBeUndefined();
      const page: Page['questions'] = result.data!.questions;
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages.push(page.pageInfo.hasNextPage);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...asked].reverse());
    expect(pages).toEqual([true, true, false]);
  });

  it('filters by status', async () => {
    const { brandId, asker } = community();
    await ask(service, asker, brandId);
    const open = await call<Page>(service, ANONYMOUS, LIST, { brandId, status: 'OPEN' });
    const resolved = await call<Page>(service, ANONYMOUS, LIST, { brandId, status: 'RESOLVED' });
    expect(open.data?.questions.edges).toHaveLength(1);
    expect(resolved.data?.questions).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a page size outside 1–100 and a forged cursor with BAD_USER_INPUT', async () => {
    const { brandId } = community();
    expect(codeOf(await call(service, ANONYMOUS, LIST, { brandId, first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(service, ANONYMOUS, LIST, { brandId, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(service, ANONYMOUS, LIST, { brandId, after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });
});

describe('federation', () => {
  it('resolves Question entities in one batch, with null for unknown ids', async () => {
    const { brandId, asker } = community();
    const a = await ask(service, asker, brandId, { title: 'First entity question' });
    const b = await ask(service, asker, brandId, { title: 'Second entity question' });
    const result = await call(
      service,
      ANONYMOUS,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Question { id title answerCount } } }',
      {
        r: [
          { __typename: 'Question', id: b.id },
          { __typename: 'Question', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Question', id: a.id },
          { __typename: 'Question', id: 'garbage' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: b.id, title: 'Second entity question', answerCount: 0 },
      null,
      { id: a.id, title: 'First entity question', answerCount: 0 },
      null,
    ]);
  });
});
