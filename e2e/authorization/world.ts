// The people, partner keys and brand A objects the authorization matrix tries every root field with.
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { SCOPES, type Scope } from '@peerdesk/runtime/viewer';
import { uniqueWord } from '../client.ts';
import type { Actor } from './outcomes.ts';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

export interface Person {
  email: string;
  password: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
}

type Role = 'customer' | 'expert' | 'agent' | 'admin';
const PEOPLE: Record<
  Exclude<Actor, 'anonymous' | 'partnerWith' | 'partnerWithout' | 'partnerB'>,
  { brand: 'A' | 'B'; role: Role; demo: string }
> = {
  customerA: { brand: 'A', role: 'customer', demo: 'customer1@nimbus-games.test' },
  expertA: { brand: 'A', role: 'expert', demo: 'expert1@nimbus-games.test' },
  agentA: { brand: 'A', role: 'agent', demo: 'agent@nimbus-games.test' },
  adminA: { brand: 'A', role: 'admin', demo: 'admin@nimbus-games.test' },
  customerB: { brand: 'B', role: 'customer', demo: 'customer1@telco-sol.test' },
  expertB: { brand: 'B', role: 'expert', demo: 'expert1@telco-sol.test' },
  agentB: { brand: 'B', role: 'agent', demo: 'agent@telco-sol.test' },
  adminB: { brand: 'B', role: 'admin', demo: 'admin@telco-sol.test' },
};
type PersonActor = keyof typeof PEOPLE;
const isPerson = (actor: Actor): actor is PersonActor => actor in PEOPLE;

const GRAPHQL_SCOPE: Record<Scope, string> = {
  'read:community': 'READ_COMMUNITY',
  'write:questions': 'WRITE_QUESTIONS',
  'read:analytics': 'READ_ANALYTICS',
  'read:personal-data': 'READ_PERSONAL_DATA',
};

/** A fresh, unique address for a person the matrix creates. */
export const freshEmail = () => `authz.${uniqueWord()}@example.test`;
/** The brand A payout threshold the matrix sets, and the amount of its payouts. */
export const PAYOUT_MINOR = 100;
const FRESH_PASSWORD = 'quiet-lantern-orchard-73';

export class World {
  brandA = '';
  brandB = '';
  readonly people = {} as Record<PersonActor, Person>;
  /** Another expert of brand A, whose answers expertA may vote on. */
  helper!: Person;
  /** Partner keys of brand A by the scopes they hold, and brand B's key holding every scope. */
  readonly keys = { all: '', only: {} as Record<Scope, string>, allBut: {} as Record<Scope, string>, brandB: '' };
  /** Personal data typed into brand A's escalated question; visible only to its asker, A's staff and the personal-data scope. */
  readonly personalData = `${uniqueWord()}.asker@example.test`;
  readonly fixtures = {} as {
    /** Brand A question holding personal data (escalated at once). */
    personalQuestionId: string;
    /** Brand A open question with an answer by expertA. */
    openQuestionId: string;
    answerId: string;
    /** A resolved brand A question of the demo community (search indexes resolved questions). */
    resolvedQuestionId: string;
    expertAId: string;
    catalogItemId: string;
    payoutId: string;
    apiKeyId: string;
    currency: string;
    category: string;
  };

  constructor(readonly url: string) {}

  call<T = Record<string, unknown>>(
    credentials: Credentials,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {};
    if (credentials.authorization) headers.authorization = credentials.authorization;
    if (credentials.apiKey) headers['x-api-key'] = credentials.apiKey;
    return graphql<T>(this.url, query, variables, headers);
  }

  /** Calls and fails loudly on any error: for setting up, never for the cells under test. */
  async must<T = Record<string, unknown>>(
    credentials: Credentials,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.call<T>(credentials, query, variables);
    if (result.errors?.length || !result.data) throw new Error(`setup call failed: ${query}\n${JSON.stringify(result.errors)}`);
    return result.data;
  }

  as(actor: Actor, scope: Scope | null): Credentials {
    if (isPerson(actor)) return bearer(this.people[actor]);
    if (actor === 'anonymous') return {};
    if (actor === 'partnerB') return { apiKey: this.keys.brandB };
    if (actor === 'partnerWith') return { apiKey: scope ? this.keys.only[scope] : this.keys.all };
    // No scope needed: `partnerWithout` holds the least a key can (read:analytics only).
    return { apiKey: scope ? this.keys.allBut[scope] : this.keys.only['read:analytics'] };
  }

  brandOf(actor: Actor): string {
    return isPerson(actor) && PEOPLE[actor].brand === 'B' ? this.brandB : this.brandA;
  }

  async setUp(): Promise<void> {
    const brands = await this.must<{ a: { id: string }; b: { id: string } }>(
      {},
      '{ a: brand(slug: "nimbus-games") { id } b: brand(slug: "telco-sol") { id } }',
    );
    this.brandA = brands.a.id;
    this.brandB = brands.b.id;
    await Promise.all(
      (Object.keys(PEOPLE) as PersonActor[]).map(async (actor) => {
        this.people[actor] = await this.signIn(PEOPLE[actor].demo, DEMO_PASSWORD);
      }),
    );
    this.helper = await this.signIn('expert2@nimbus-games.test', DEMO_PASSWORD);
    await this.releaseClaimsOfExpertA();
    await this.createKeys();
    await this.createFixtures();
  }

  async signIn(email: string, password: string): Promise<Person> {
    const data = await this.must<{ signIn: { accessToken: string; refreshToken: string; user: { id: string } } }>(
      {},
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { id } } }',
      { input: { email, password } },
    );
    return { email, password, userId: data.signIn.user.id, ...data.signIn };
  }

  /** A new person holding the same role in the same brand as `actor` (for cells that sign out or delete the caller). */
  async freshPerson(actor: PersonActor): Promise<Person> {
    const { brand, role } = PEOPLE[actor];
    const brandId = brand === 'A' ? this.brandA : this.brandB;
    const email = freshEmail();
    const signedUp = await this.must<{ signUp: { refreshToken: string; user: { id: string } } }>(
      {},
      'mutation ($input: SignUpInput!) { signUp(input: $input) { refreshToken user { id } } }',
      { input: { email, password: FRESH_PASSWORD } },
    );
    const person = {
      email,
      password: FRESH_PASSWORD,
      userId: signedUp.signUp.user.id,
      accessToken: '',
      refreshToken: signedUp.signUp.refreshToken,
    };
    await this.refresh(person);
    if (role === 'customer') {
      await this.must(bearer(person), 'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }', {
        input: { brandId },
      });
    } else {
      const token = await this.invite(brand === 'A' ? 'adminA' : 'adminB', brandId, email, role);
      await this.must(bearer(person), 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
        input: { token },
      });
    }
    await this.refresh(person);
    return person;
  }

  /** Returns the invitation's token (shown to the inviting admin). */
  async invite(admin: 'adminA' | 'adminB', brandId: string, email: string, role: Role): Promise<string> {
    const data = await this.must<{ inviteMember: { token: string } }>(
      bearer(this.people[admin]),
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
      { input: { brandId, email, role: role.toUpperCase() } },
    );
    return data.inviteMember.token;
  }

  async refresh(person: Person): Promise<void> {
    const data = await this.must<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      {},
      'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }',
      { input: { refreshToken: person.refreshToken } },
    );
    Object.assign(person, data.refreshSession);
  }

  async createKey(admin: 'adminA' | 'adminB', scopes: readonly Scope[]): Promise<{ id: string; secret: string }> {
    const data = await this.must<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      bearer(this.people[admin]),
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      {
        input: {
          brandId: admin === 'adminA' ? this.brandA : this.brandB,
          name: `matrix ${scopes.length} scopes`,
          scopes: scopes.map((scope) => GRAPHQL_SCOPE[scope]),
          rateLimitPerMinute: 10_000,
        },
      },
    );
    return { id: data.createApiKey.apiKey.id, secret: data.createApiKey.secret };
  }

  private async createKeys(): Promise<void> {
    const [all, brandB] = await Promise.all([this.createKey('adminA', SCOPES), this.createKey('adminB', SCOPES)]);
    this.keys.all = all.secret;
    this.keys.brandB = brandB.secret;
    await Promise.all(
      SCOPES.map(async (scope) => {
        this.keys.only[scope] = (await this.createKey('adminA', [scope])).secret;
        this.keys.allBut[scope] = (
          await this.createKey(
            'adminA',
            SCOPES.filter((other) => other !== scope),
          )
        ).secret;
      }),
    );
  }

  /** A new open brand A question asked by customerA, without personal data. */
  async openQuestion(): Promise<string> {
    const data = await this.must<{ askQuestion: { id: string } }>(
      bearer(this.people.customerA),
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          brandId: this.brandA,
          title: `The launcher freezes on start ${uniqueWord()}`,
          body: 'Since the last update the launcher freezes on its splash screen; what can I try?',
          category: this.fixtures.category,
          language: 'en',
        },
      },
    );
    return data.askQuestion.id;
  }

  /** An expert holds few claims at once: free expertA's (the demo's and earlier runs') so that the matrix can claim. */
  private async releaseClaimsOfExpertA(): Promise<void> {
    const held = await this.must<{ questions: { edges: { node: { id: string; claim: { expert: { id: string } } | null } }[] } }>(
      {},
      'query ($brandId: ID!) { questions(brandId: $brandId, status: CLAIMED, first: 100) { edges { node { id claim { expert { id } } } } } }',
      { brandId: this.brandA },
    );
    const mine = held.questions.edges.filter((edge) => edge.node.claim?.expert.id === this.people.expertA.userId);
    for (const { node } of mine) {
      await this.must(
        bearer(this.people.expertA),
        'mutation ($input: ReleaseClaimInput!) { releaseClaim(input: $input) { id } }',
        {
          input: { questionId: node.id },
        },
      );
    }
  }

  /** A new brand A question answered by expertA (or `by`); returns both ids. */
  async answeredQuestion(by: Person = this.people.expertA): Promise<{ questionId: string; answerId: string }> {
    const questionId = await this.openQuestion();
    const data = await this.must<{ postAnswer: { id: string } }>(
      bearer(by),
      'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      { input: { questionId, body: 'Clear the launcher cache from the settings menu, then restart it.' } },
    );
    return { questionId, answerId: data.postAnswer.id };
  }

  private readonly memo = new Map<string, Promise<unknown>>();

  /** One shared value per key for the whole run, made on first use. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }

  /** A new brand A question by customerA holding the run's personal data (escalated to agents at once). */
  async personalQuestion(): Promise<string> {
    const data = await this.must<{ askQuestion: { id: string } }>(
      bearer(this.people.customerA),
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          brandId: this.brandA,
          title: 'My purchase never arrived',
          body: `I paid for the season pass but it is missing; write to me at ${this.personalData}.`,
          category: this.fixtures.category,
          language: 'en',
        },
      },
    );
    return data.askQuestion.id;
  }

  /** An open offer to expertA (a new question when `fresh`, waiting for routing), or an unknown id if none comes. */
  async offerOfExpertA(fresh: boolean): Promise<string> {
    const offers = () =>
      this.must<{ myOffers: { edges: { node: { id: string; question: { id: string } } }[] } }>(
        bearer(this.people.expertA),
        'query ($brandId: ID) { myOffers(brandId: $brandId, first: 100) { edges { node { id question { id } } } } }',
        { brandId: this.brandA },
      );
    if (!fresh)
      return this.once(
        'sharedOffer',
        async () => (await offers()).myOffers.edges[0]?.node.id ?? '00000000-0000-4000-8000-000000000000',
      );
    const questionId = await this.openQuestion();
    for (let i = 0; i < 40; i++) {
      const offer = (await offers()).myOffers.edges.find((edge) => edge.node.question.id === questionId);
      if (offer) return offer.node.id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('routing offered the new question to expertA within 4 s: no');
  }

  /** Answers to brand A's quiz: the first choice of each question, or a text long enough. */
  quizAnswers(): Promise<{ questionId: string; choiceId?: string; text?: string }[]> {
    return this.once('quizAnswers', async () => {
      const data = await this.must<{
        qualificationQuiz: { questions: { id: string; choices: { id: string }[]; minWords: number | null }[] } | null;
      }>({}, 'query ($brandId: ID!) { qualificationQuiz(brandId: $brandId) { questions { id choices { id } minWords } } }', {
        brandId: this.brandA,
      });
      return (data.qualificationQuiz?.questions ?? []).map((question) =>
        question.choices.length
          ? { questionId: question.id, choiceId: question.choices[0]!.id }
          : { questionId: question.id, text: Array.from({ length: (question.minWords ?? 5) + 2 }, () => 'launcher').join(' ') },
      );
    });
  }

  brandAName(): Promise<string> {
    return this.once(
      'brandAName',
      async () => (await this.must<{ brand: { name: string } }>({}, '{ brand(slug: "nimbus-games") { name } }')).brand.name,
    );
  }

  /** Brand A's state that any refused mutation could have touched, as its admin sees it. */
  async snapshot(sharedIds: readonly string[]): Promise<unknown> {
    const questionIds = [this.fixtures.personalQuestionId, this.fixtures.openQuestionId, ...sharedIds];
    const [state, questions, applicants] = await Promise.all([
      this.must(
        bearer(this.people.adminA),
        `query ($brandId: ID!, $currency: String!, $expertId: ID!) {
          brand(slug: "nimbus-games") { name description slaMinutes claimMinutes theme { primaryColor accentColor logoUrl } categories { slug } languages }
          apiKeys(brandId: $brandId, first: 100) { edges { node { id revokedAt } } }
          brandBudget(brandId: $brandId, currency: $currency) { balance { amountMinor } pendingEarnings { amountMinor } }
          rewardCatalog(brandId: $brandId) { id name stock active }
          policy: rewardPolicy(brandId: $brandId, category: "authorization-matrix") { id amount { amountMinor } }
          payoutSettings(brandId: $brandId) { thresholdMinor }
          payouts(brandId: $brandId, first: 100) { edges { node { id status } } }
          ledger(brandId: $brandId, first: 100) { edges { node { id } } }
          escalations(brandId: $brandId, first: 100) { edges { node { id escalation { agent { id } } } } }
          expert(id: $expertId) { bio skills languages available status }
        }`,
        { brandId: this.brandA, currency: this.fixtures.currency, expertId: this.fixtures.expertAId },
      ),
      Promise.all(
        questionIds.map((id) =>
          this.must(
            bearer(this.people.agentA),
            'query ($id: ID!) { question(id: $id) { id status title body category claim { expiresAt } answers { id accepted score } escalation { agent { id } } } }',
            { id },
          ),
        ),
      ),
      Promise.all(
        sharedIds.map((id) =>
          this.must(bearer(this.people.adminA), 'query ($id: ID!) { expert(id: $id) { id status } }', { id }),
        ),
      ),
    ]);
    return { state, questions, applicants };
  }

  private async createFixtures(): Promise<void> {
    const brand = await this.must<{ brand: { categories: { slug: string }[] } }>(
      {},
      '{ brand(slug: "nimbus-games") { categories { slug } } }',
    );
    this.fixtures.category = brand.brand.categories[0]!.slug;
    this.fixtures.personalQuestionId = await this.personalQuestion();
    const resolved = await this.must<{ questions: { edges: { node: { id: string } }[] } }>(
      {},
      'query ($brandId: ID!) { questions(brandId: $brandId, status: RESOLVED, first: 1) { edges { node { id } } } }',
      { brandId: this.brandA },
    );
    this.fixtures.resolvedQuestionId = resolved.questions.edges[0]!.node.id;
    const answered = await this.answeredQuestion();
    this.fixtures.openQuestionId = answered.questionId;
    this.fixtures.answerId = answered.answerId;
    const me = await this.must<{ me: { expert: { id: string } } }>(
      bearer(this.people.expertA),
      `{ me { expert(brandId: "${this.brandA}") { id } } }`,
    );
    this.fixtures.expertAId = me.me.expert.id;
    const policy = await this.must<{ rewardPolicy: { amount: { currency: string } } | null }>(
      {},
      `{ rewardPolicy(brandId: "${this.brandA}") { amount { currency } } }`,
    );
    this.fixtures.currency = policy.rewardPolicy?.amount.currency ?? 'EUR';
    const item = await this.must<{ upsertRewardItem: { id: string } }>(
      bearer(this.people.adminA),
      'mutation ($input: UpsertRewardItemInput!) { upsertRewardItem(input: $input) { id } }',
      {
        input: {
          brandId: this.brandA,
          name: `Matrix power-up ${uniqueWord()}`,
          priceMinor: 1,
          currency: this.fixtures.currency,
          stock: 1000,
        },
      },
    );
    this.fixtures.catalogItemId = item.upsertRewardItem.id;
    this.fixtures.apiKeyId = (await this.createKey('adminA', ['read:community'])).id;
    // A small threshold, so the demo expert's balance covers the payout fixture and the allowed cell.
    await this.must(
      bearer(this.people.adminA),
      'mutation ($input: SetPayoutSettingsInput!) { setPayoutSettings(input: $input) { thresholdMinor } }',
      {
        input: { brandId: this.brandA, thresholdMinor: PAYOUT_MINOR },
      },
    );
    const payout = await this.must<{ requestPayout: { id: string } }>(
      bearer(this.people.expertA),
      'mutation ($input: RequestPayoutInput!) { requestPayout(input: $input) { id } }',
      { input: { brandId: this.brandA, currency: this.fixtures.currency, amountMinor: PAYOUT_MINOR } },
    );
    this.fixtures.payoutId = payout.requestPayout.id;
  }
}

export const bearer = (person: Person): Credentials => ({ authorization: `Bearer ${person.accessToken}` });
export { isPerson, PEOPLE, type PersonActor };
