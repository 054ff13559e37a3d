// How the authorization matrix calls each root field: the operation and, per cell, its variables built from brand
// A's fixtures. A cell expected to be refused gets the shared fixtures (the test proves they stay unchanged); a cell
// expected to succeed gets fresh objects, so that cells never depend on each other.
import { uniqueWord } from '../client.ts';
import type { Actor } from './outcomes.ts';
import { bearer, freshEmail, PAYOUT_MINOR, type Credentials, type Person, type World } from './world.ts';

export interface Cell {
  world: World;
  actor: Actor;
  /** Brand B's people and key: they aim at brand A's objects that are not theirs. */
  brandB: boolean;
  /** The cell is expected to be refused: use the shared fixtures. */
  shared: boolean;
  /** The caller's credentials (a fresh person for `freshCaller` fields). */
  caller: Credentials;
  person?: Person;
}

export interface Operation {
  document: string;
  variables?: (cell: Cell) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The field acts on the caller's account (signs out, deletes, takes a role): each cell gets a new person. */
  freshCaller?: boolean;
  /** Subscriptions: causes one event that every allowed subscriber should receive. */
  trigger?: (world: World, variables: Record<string, unknown>) => Promise<void>;
  /** Undoes what an allowed cell did that would stand in the way of later cells. */
  after?: (world: World, variables: Record<string, unknown>) => Promise<void>;
}

const QUESTION = 'id title body personalDataRedacted author { handle email } answers { id body }';
const A = (cell: Cell) => cell.world.brandA;
const fx = (cell: Cell) => cell.world.fixtures;
const input = (value: Record<string, unknown>) => ({ input: value });
const customer = (world: World) => bearer(world.people.customerA);
const agent = (world: World) => bearer(world.people.agentA);
const SET_AGENT_COST = 'mutation ($input: SetAgentCostInput!) { setAgentCost(input: $input) { perResolution { amountMinor } } }';
/** The last seven days (UTC), the analytics queries' range. */
const lastWeek = () => {
  const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
  return { from: day(6), to: day(0) };
};

async function escalatedQuestion(world: World): Promise<string> {
  const questionId = await world.openQuestion();
  await world.must(
    customer(world),
    'mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id } }',
    input({ questionId }),
  );
  return questionId;
}

async function claimedQuestion(world: World): Promise<string> {
  const questionId = await world.openQuestion();
  await world.must(
    bearer(world.people.expertA),
    'mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }',
    input({ questionId }),
  );
  return questionId;
}

/** A new brand A member with a pending expert application; returns the application's expert id. */
async function pendingExpert(world: World): Promise<string> {
  const person = await world.freshPerson('customerA');
  const data = await world.must<{ applyAsExpert: { id: string } }>(
    bearer(person),
    'mutation ($input: ApplyAsExpertInput!) { applyAsExpert(input: $input) { id } }',
    input({ brandId: world.brandA, skills: ['launcher'], languages: ['en'], bio: 'I fix launchers.' }),
  );
  return data.applyAsExpert.id;
}

/** Objects that refused cells aim at, made once before the write-nothing snapshot. */
export const SHARED_FIXTURES = {
  pendingExpert,
  claimed: claimedQuestion,
  unanswered: (world: World) => world.openQuestion(),
} satisfies Record<string, (world: World) => Promise<string>>;

export const sharedFixture = (world: World, key: keyof typeof SHARED_FIXTURES): Promise<string> =>
  world.once(key, () => SHARED_FIXTURES[key](world));
const shared = (cell: Cell, key: keyof typeof SHARED_FIXTURES) => sharedFixture(cell.world, key);

export const OPERATIONS: Record<string, Operation> = {
  // ── Query ──
  'Query.expert': {
    document: 'query ($id: ID!) { expert(id: $id) { id bio status qualification { score } user { handle email } } }',
    variables: (cell) => ({ id: fx(cell).expertAId }),
  },
  'Query.myOffers': {
    document: 'query ($brandId: ID) { myOffers(brandId: $brandId) { edges { node { id question { id title } } } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.leaderboard': {
    document:
      'query ($brandId: ID!) { leaderboard(brandId: $brandId, period: ALL_TIME) { entries { rank points expert { id user { handle email } } } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.qualificationQuiz': {
    document: 'query ($brandId: ID!) { qualificationQuiz(brandId: $brandId) { brandId passMark } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.apiKeys': {
    document: 'query ($brandId: ID!) { apiKeys(brandId: $brandId) { edges { node { id name scopes } } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.verifyApiKey': {
    document: 'query ($secret: String!) { verifyApiKey(secret: $secret) { keyId } }',
    variables: (cell) => ({ secret: cell.world.keys.all }),
  },
  'Query.brand': { document: '{ brand(slug: "nimbus-games") { id name viewerRoles } }' },
  'Query.brands': { document: '{ brands { id slug } }' },
  'Query.revokedSince': {
    document: 'query ($since: DateTimeISO!) { revokedSince(since: $since) { sessionIds } }',
    variables: () => ({ since: new Date(Date.now() - 60_000).toISOString() }),
  },
  'Query.me': { document: '{ me { id email memberships { brand { id } roles } } }' },
  'Query.escalations': {
    document: `query ($brandId: ID!) { escalations(brandId: $brandId, first: 100) { edges { node { ${QUESTION} } } } }`,
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.question': {
    document: `query ($id: ID!) { question(id: $id) { ${QUESTION} } }`,
    variables: (cell) => ({ id: fx(cell).personalQuestionId }),
  },
  'Query.questions': {
    document: `query ($brandId: ID!) { questions(brandId: $brandId, first: 100) { edges { node { ${QUESTION} } } } }`,
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.brandBudget': {
    document:
      'query ($brandId: ID!, $currency: String!) { brandBudget(brandId: $brandId, currency: $currency) { balance { amountMinor } } }',
    variables: (cell) => ({ brandId: A(cell), currency: fx(cell).currency }),
  },
  'Query.rewardCatalog': {
    document: 'query ($brandId: ID!) { rewardCatalog(brandId: $brandId) { id name stock } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.ledger': {
    document: 'query ($brandId: ID!) { ledger(brandId: $brandId) { edges { node { id } } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.ledgerCsv': {
    document: 'query ($brandId: ID!) { ledgerCsv(brandId: $brandId) }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.payouts': {
    document: 'query ($brandId: ID!) { payouts(brandId: $brandId) { edges { node { id } } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.payoutSettings': {
    document: 'query ($brandId: ID!) { payoutSettings(brandId: $brandId) { thresholdMinor } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.rewardPolicy': {
    document: 'query ($brandId: ID!) { rewardPolicy(brandId: $brandId) { id amount { amountMinor } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.similarQuestions': {
    document:
      'query ($brandId: ID!) { similarQuestions(brandId: $brandId, text: "launcher freezes on start", first: 5) { title } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },

  'Query.questionAnalytics': {
    document:
      'query ($brandId: ID!, $from: String!, $to: String!) { questionAnalytics(brandId: $brandId, from: $from, to: $to) { asked resolved escalated } }',
    variables: (cell) => ({ brandId: A(cell), ...lastWeek() }),
  },
  'Query.deflectionAnalytics': {
    document:
      'query ($brandId: ID!, $from: String!, $to: String!) { deflectionAnalytics(brandId: $brandId, from: $from, to: $to) { deflected days { day } } }',
    variables: (cell) => ({ brandId: A(cell), ...lastWeek() }),
  },
  'Query.costAnalytics': {
    document:
      'query ($brandId: ID!, $from: String!, $to: String!) { costAnalytics(brandId: $brandId, from: $from, to: $to) { currency paidResolutions } }',
    variables: (cell) => ({ brandId: A(cell), ...lastWeek() }),
  },
  'Query.agentCost': {
    document: 'query ($brandId: ID!) { agentCost(brandId: $brandId) { perResolution { amountMinor currency } } }',
    variables: async (cell) => {
      await cell.world.must(
        bearer(cell.world.people.adminA),
        SET_AGENT_COST,
        input({ brandId: A(cell), amountMinor: 900, currency: fx(cell).currency }),
      );
      return { brandId: A(cell) };
    },
  },
  'Query.rewardPolicies': {
    document: 'query ($brandId: ID!) { rewardPolicies(brandId: $brandId) { id category amount { amountMinor } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.brandMembers': {
    document: 'query ($brandId: ID!) { brandMembers(brandId: $brandId) { roles user { id email } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Query.invitations': {
    document: 'query ($brandId: ID!) { invitations(brandId: $brandId) { id email role } }',
    variables: async (cell) => {
      await cell.world.invite('adminA', A(cell), freshEmail(), 'expert');
      return { brandId: A(cell) };
    },
  },

  // ── Mutation ──
  'Mutation.updateExpertProfile': {
    document: 'mutation ($input: UpdateExpertProfileInput!) { updateExpertProfile(input: $input) { id bio } }',
    variables: (cell) =>
      input({ brandId: A(cell), bio: cell.shared ? 'written by a refused caller' : 'Launcher and save-game fixes.' }),
  },
  'Mutation.declineOffer': {
    document: 'mutation ($input: DeclineOfferInput!) { declineOffer(input: $input) { id status } }',
    variables: async (cell) => input({ offerId: await cell.world.offerOfExpertA(!cell.shared), reason: 'Not my area.' }),
  },
  'Mutation.applyAsExpert': {
    freshCaller: true,
    document: 'mutation ($input: ApplyAsExpertInput!) { applyAsExpert(input: $input) { id status } }',
    variables: (cell) => input({ brandId: A(cell), skills: ['launcher'], languages: ['en'], bio: 'I fix launchers.' }),
  },
  'Mutation.submitQualification': {
    freshCaller: true,
    document: 'mutation ($input: SubmitQualificationInput!) { submitQualification(input: $input) { id status } }',
    variables: async (cell) => {
      // The caller applies first where it may; the cell is about submitting.
      await cell.world.call(cell.caller, 'mutation ($input: ApplyAsExpertInput!) { applyAsExpert(input: $input) { id } }', {
        input: { brandId: A(cell), skills: ['launcher'], languages: ['en'], bio: 'I fix launchers.' },
      });
      return input({ brandId: A(cell), answers: await cell.world.quizAnswers() });
    },
  },
  'Mutation.approveExpert': {
    document: 'mutation ($input: ApproveExpertInput!) { approveExpert(input: $input) { id status } }',
    variables: async (cell) =>
      input({ expertId: cell.shared ? await shared(cell, 'pendingExpert') : await pendingExpert(cell.world), waiveQuiz: true }),
  },
  'Mutation.exportMyData': { document: 'mutation { exportMyData(input: {}) { data } }' },
  'Mutation.deleteMyAccount': {
    freshCaller: true,
    document: 'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { id } }',
    variables: (cell) => input({ password: cell.person?.password ?? 'quiet-lantern-orchard-73' }),
  },
  'Mutation.createApiKey': {
    document: 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    variables: (cell) => input({ brandId: A(cell), name: 'matrix', scopes: ['READ_COMMUNITY'] }),
  },
  'Mutation.revokeApiKey': {
    document: 'mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id revokedAt } }',
    variables: async (cell) =>
      input({ id: cell.shared ? fx(cell).apiKeyId : (await cell.world.createKey('adminA', ['read:community'])).id }),
  },
  'Mutation.signUp': {
    document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id email } } }',
    variables: () => input({ email: freshEmail(), password: 'quiet-lantern-orchard-73' }),
  },
  'Mutation.signIn': {
    document: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id email } } }',
    variables: async (cell) => {
      const person = await cell.world.once('signInPerson', () => cell.world.freshPerson('customerA'));
      return input({ email: person.email, password: person.password });
    },
  },
  'Mutation.refreshSession': {
    freshCaller: true,
    document: 'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { user { id email } } }',
    variables: async (cell) => input({ refreshToken: (cell.person ?? (await cell.world.freshPerson('customerA'))).refreshToken }),
  },
  'Mutation.signOut': { freshCaller: true, document: 'mutation { signOut(input: {}) { revokedSessions } }' },
  'Mutation.joinBrand': {
    freshCaller: true,
    document: 'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }',
    variables: (cell) => input({ brandId: A(cell) }),
  },
  'Mutation.updateBrand': {
    document: 'mutation ($input: UpdateBrandInput!) { updateBrand(input: $input) { id name } }',
    variables: async (cell) =>
      input({ brandId: A(cell), name: cell.shared ? 'Renamed by a refused caller' : await cell.world.brandAName() }),
  },
  'Mutation.inviteMember': {
    document: 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    variables: (cell) => input({ brandId: A(cell), email: freshEmail(), role: 'ADMIN' }),
  },
  'Mutation.acceptInvitation': {
    freshCaller: true,
    document: 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id acceptedAt } }',
    // Brand A's people accept an invitation addressed to them; brand B's try one addressed to someone else.
    variables: async (cell) => {
      const email = cell.person && !cell.brandB ? cell.person.email : freshEmail();
      return input({ token: await cell.world.invite('adminA', A(cell), email, 'expert') });
    },
  },
  'Mutation.postAnswer': {
    document: 'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
    variables: async (cell) =>
      input({
        questionId: cell.shared ? fx(cell).openQuestionId : await cell.world.openQuestion(),
        body: 'Reinstall the launcher from the website.',
      }),
  },
  'Mutation.acceptAnswer': {
    document: 'mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id status } }',
    variables: async (cell) =>
      input({ answerId: cell.shared ? fx(cell).answerId : (await cell.world.answeredQuestion()).answerId, rating: 5 }),
  },
  'Mutation.claimQuestion': {
    document: 'mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id claim { expiresAt } } }',
    variables: async (cell) => input({ questionId: cell.shared ? fx(cell).openQuestionId : await cell.world.openQuestion() }),
    // An expert holds few claims at once: give it back.
    after: async (world, variables) => {
      await world.call(
        bearer(world.people.expertA),
        'mutation ($input: ReleaseClaimInput!) { releaseClaim(input: $input) { id } }',
        variables,
      );
    },
  },
  'Mutation.releaseClaim': {
    document: 'mutation ($input: ReleaseClaimInput!) { releaseClaim(input: $input) { id claim { expiresAt } } }',
    // Refused cells run before allowed ones, so the claim holder can release the shared claim last.
    variables: async (cell) => input({ questionId: await shared(cell, 'claimed') }),
  },
  'Mutation.escalateQuestion': {
    document: 'mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id status } }',
    variables: async (cell) => input({ questionId: cell.shared ? fx(cell).openQuestionId : await cell.world.openQuestion() }),
  },
  'Mutation.takeEscalation': {
    document: 'mutation ($input: TakeEscalationInput!) { takeEscalation(input: $input) { id escalation { agent { id } } } }',
    variables: async (cell) =>
      input({ questionId: cell.shared ? fx(cell).personalQuestionId : await escalatedQuestion(cell.world) }),
  },
  'Mutation.answerEscalation': {
    document: 'mutation ($input: AnswerEscalationInput!) { answerEscalation(input: $input) { id } }',
    variables: async (cell) =>
      input({
        questionId: cell.shared ? fx(cell).personalQuestionId : await escalatedQuestion(cell.world),
        body: 'We refunded the pass.',
      }),
  },
  'Mutation.askQuestion': {
    document: 'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id author { id } } }',
    variables: (cell) =>
      input({
        brandId: A(cell),
        title: `Where are my save games stored ${uniqueWord()}`,
        body: 'I want to back them up before reinstalling.',
        category: fx(cell).category,
        language: 'en',
      }),
  },
  'Mutation.editQuestion': {
    document: 'mutation ($input: EditQuestionInput!) { editQuestion(input: $input) { id title } }',
    variables: async (cell) =>
      input({
        questionId: cell.shared ? await shared(cell, 'unanswered') : await cell.world.openQuestion(),
        title: `Reworded ${uniqueWord()}`,
      }),
  },
  'Mutation.closeQuestion': {
    document: 'mutation ($input: CloseQuestionInput!) { closeQuestion(input: $input) { id status } }',
    variables: async (cell) => input({ questionId: cell.shared ? fx(cell).openQuestionId : await cell.world.openQuestion() }),
  },
  'Mutation.voteAnswer': {
    document: 'mutation ($input: VoteAnswerInput!) { voteAnswer(input: $input) { id score } }',
    variables: async (cell) =>
      input({
        answerId: cell.shared ? fx(cell).answerId : (await cell.world.answeredQuestion(cell.world.helper)).answerId,
        value: 'UP',
      }),
  },
  'Mutation.fundBrandBudget': {
    document: 'mutation ($input: FundBrandBudgetInput!) { fundBrandBudget(input: $input) { balance { amountMinor } } }',
    variables: (cell) => input({ brandId: A(cell), amountMinor: 100, currency: fx(cell).currency }),
  },
  'Mutation.upsertRewardItem': {
    document: 'mutation ($input: UpsertRewardItemInput!) { upsertRewardItem(input: $input) { id } }',
    variables: (cell) =>
      input({ brandId: A(cell), name: `Matrix item ${uniqueWord()}`, priceMinor: 1, currency: fx(cell).currency, stock: 1 }),
  },
  'Mutation.redeemReward': {
    document: 'mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { id } }',
    variables: (cell) => input({ itemId: fx(cell).catalogItemId }),
  },
  'Mutation.requestPayout': {
    document: 'mutation ($input: RequestPayoutInput!) { requestPayout(input: $input) { id } }',
    variables: async (cell) => input({ brandId: A(cell), currency: fx(cell).currency, amountMinor: PAYOUT_MINOR }),
  },
  'Mutation.setPayoutSettings': {
    document: 'mutation ($input: SetPayoutSettingsInput!) { setPayoutSettings(input: $input) { thresholdMinor } }',
    variables: async (cell) => input({ brandId: A(cell), thresholdMinor: cell.shared ? 1 : PAYOUT_MINOR }),
  },
  'Mutation.setRewardPolicy': {
    document: 'mutation ($input: SetRewardPolicyInput!) { setRewardPolicy(input: $input) { id } }',
    variables: (cell) =>
      input({ brandId: A(cell), category: 'authorization-matrix', amountMinor: 100, currency: fx(cell).currency }),
  },
  'Mutation.markDeflected': {
    document: 'mutation ($input: MarkDeflectedInput!) { markDeflected(input: $input) { id } }',
    variables: (cell) => input({ brandId: A(cell), questionId: fx(cell).resolvedQuestionId, text: 'launcher freezes' }),
  },

  'Mutation.setAgentCost': {
    document: SET_AGENT_COST,
    variables: (cell) => input({ brandId: A(cell), amountMinor: cell.shared ? 1 : 900, currency: fx(cell).currency }),
  },

  // ── Subscription ──
  'Subscription.expertInbox': { document: 'subscription { expertInbox { kind offer { id } } }' },
  'Subscription.leaderboard': {
    document: 'subscription ($brandId: ID!) { leaderboard(brandId: $brandId, period: ALL_TIME) { entries { rank } } }',
    variables: (cell) => ({ brandId: A(cell) }),
  },
  'Subscription.questionFeed': {
    document: `subscription ($brandId: ID!) { questionFeed(brandId: $brandId) { kind question { ${QUESTION} } } }`,
    variables: (cell) => ({ brandId: A(cell) }),
    trigger: (world) => world.personalQuestion().then(() => undefined),
  },
  'Subscription.questionUpdated': {
    document: `subscription ($id: ID!) { questionUpdated(id: $id) { ${QUESTION} } }`,
    variables: async (cell) => ({ id: await cell.world.once('updatedQuestion', () => cell.world.personalQuestion()) }),
    trigger: async (world, variables) => {
      await world.must(
        agent(world),
        'mutation ($input: AnswerEscalationInput!) { answerEscalation(input: $input) { id } }',
        input({ questionId: variables.id, body: 'Refunded.' }),
      );
    },
  },
  'Subscription.escalationQueue': {
    document: `subscription ($brandId: ID!) { escalationQueue(brandId: $brandId) { ${QUESTION} } }`,
    variables: (cell) => ({ brandId: A(cell) }),
    trigger: (world) => world.personalQuestion().then(() => undefined),
  },
  'Subscription.earnings': { document: 'subscription { earnings { earning { id } } }' },
};
