// Issue 4's journey through the gateway, as a new user meets it: sign up, join telco-sol, ask in Spanish; the matched
// experts get the offer live in their inboxes; one claims and a second claim is refused with CONFLICT; the answer
// reaches the asker live; the asker accepts with a rating and the question reads resolved for everyone. A question
// with an IBAN goes to the agents with the number, and experts read it redacted.
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { collect, query, signIn, uniqueWord, wsClient } from './client.ts';

const clients: Client[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

const ws = (token?: string) => {
  const client = wsClient(token);
  clients.push(client);
  return client;
};

async function ok<T>(text: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await query<T>(text, variables, token);
  expect(result.errors, text).toBeUndefined();
  return result.data!;
}

/** A brand-new customer of telco-sol: signed up, joined, with a session that carries the membership. */
async function newCustomer(): Promise<{ token: string; brandId: string }> {
  const { brand } = await ok<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }', {});
  const { signUp } = await ok<{ signUp: { accessToken: string; refreshToken: string } }>(
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken } }',
    { input: { email: `nuevo${uniqueWord()}@example.test`, password: 'una-clave-bastante-larga', locale: 'es' } },
  );
  await ok(
    'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }',
    { input: { brandId: brand.id } },
    signUp.accessToken,
  );
  const { refreshSession } = await ok<{ refreshSession: { accessToken: string } }>(
    'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
    { input: { refreshToken: signUp.refreshToken } },
  );
  return { token: refreshSession.accessToken, brandId: brand.id };
}

type InboxEvent = { expertInbox: { kind: string; offer: { question: { id: string } } } };
const INBOX = 'subscription { expertInbox { kind offer { question { id } } } }';
const offered = (questionId: string) => (events: InboxEvent[]) =>
  events.some((e) => e.expertInbox.kind === 'OFFERED' && e.expertInbox.offer.question.id === questionId);

describe('the question lifecycle through the gateway', () => {
  it('routes a Spanish question to matched experts live, lets one claim it, and ends resolved for everyone', async () => {
    const { token: asker, brandId } = await newCustomer();
    const [expert1, expert4] = await Promise.all([signIn('expert1@telco-sol.test'), signIn('expert4@telco-sol.test')]);
    const inbox1 = collect<InboxEvent>(ws(expert1), INBOX, {});
    const inbox4 = collect<InboxEvent>(ws(expert4), INBOX, {});
    await new Promise((resolve) => setTimeout(resolve, 500));

    const { askQuestion } = await ok<{ askQuestion: { id: string; language: string; status: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id language status } }',
      {
        input: {
          brandId,
          title: `Sin datos en itinerancia en Portugal ${uniqueWord()}`,
          body: 'Tengo el roaming activado pero el móvil no navega desde que crucé la frontera.',
          category: 'roaming',
          language: 'es',
        },
      },
      asker,
    );
    const questionId = askQuestion.id;
    expect(askQuestion).toMatchObject({ language: 'es', status: 'OPEN' });
    // Both roaming experts who speak Spanish are offered it, live.
    await inbox1.waitFor(offered(questionId));
    await inbox4.waitFor(offered(questionId));

    const page = collect<{ questionUpdated: { status: string; answers: { body: string }[] } }>(
      ws(asker),
      'subscription ($id: ID!) { questionUpdated(id: $id) { status answers { body } } }',
      { id: questionId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const CLAIM = 'mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id status } }';
    expect(
      (await ok<{ claimQuestion: { status: string } }>(CLAIM, { input: { questionId } }, expert1)).claimQuestion.status,
    ).toBe('CLAIMED');
    const second = await query(CLAIM, { input: { questionId } }, expert4);
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The other expert's offer is withdrawn live.
    await inbox4.waitFor((events) =>
      events.some((e) => e.expertInbox.kind === 'WITHDRAWN' && e.expertInbox.offer.question.id === questionId),
    );

    const body = 'Activa la itinerancia de datos en Ajustes > Redes móviles y reinicia el teléfono.';
    const { postAnswer } = await ok<{ postAnswer: { id: string } }>(
      'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      { input: { questionId, body } },
      expert1,
    );
    await page.waitFor((events) => events.some((e) => e.questionUpdated.answers.some((a) => a.body === body)));

    await ok(
      'mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }',
      { input: { answerId: postAnswer.id, rating: 5, comment: '¡Funcionó, gracias!' } },
      asker,
    );
    await page.waitFor((events) => events.some((e) => e.questionUpdated.status === 'RESOLVED'));
    const READ = 'query ($id: ID!) { question(id: $id) { status rating answers { accepted } } }';
    for (const viewer of [undefined, expert4, asker]) {
      const { question } = await ok<{ question: { status: string; rating: number; answers: { accepted: boolean }[] } }>(
        READ,
        { id: questionId },
        viewer,
      );
      expect(question).toEqual({ status: 'RESOLVED', rating: 5, answers: [{ accepted: true }] });
    }
    for (const subscription of [inbox1, inbox4, page]) subscription.dispose();
  });

  it('sends a question with an IBAN to the agents, who see it, while experts read it redacted', async () => {
    const { token: asker, brandId } = await newCustomer();
    const iban = 'ES91 2100 0418 4502 0005 1332';
    const { askQuestion } = await ok<{ askQuestion: { id: string; status: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id status } }',
      {
        input: {
          brandId,
          title: `Cambiar la cuenta de domiciliación ${uniqueWord()}`,
          body: `Quiero que me cobréis en esta cuenta: ${iban}. ¿Cómo lo cambio?`,
          category: 'facturacion',
          language: 'es',
        },
      },
      asker,
    );
    expect(askQuestion.status).toBe('ESCALATED');

    const agent = await signIn('agent@telco-sol.test');
    const { escalations } = await ok<{ escalations: { edges: { node: { id: string; body: string } }[] } }>(
      'query ($brandId: ID!) { escalations(brandId: $brandId, first: 100) { edges { node { id body } } } }',
      { brandId },
      agent,
    );
    expect(escalations.edges.find((edge) => edge.node.id === askQuestion.id)?.node.body).toContain(iban);

    const expert = await signIn('expert2@telco-sol.test');
    const { question } = await ok<{ question: { body: string; personalDataRedacted: boolean } }>(
      'query ($id: ID!) { question(id: $id) { body personalDataRedacted } }',
      { id: askQuestion.id },
      expert,
    );
    expect(question.personalDataRedacted).toBe(true);
    expect(question.body).not.toContain('2100');
    expect(question.body).not.toContain('ES91');
  });
});
