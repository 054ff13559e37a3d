// Test factories: each test builds its own brand, people, policy, funding and events (no shared fixtures).
import { randomUUID } from 'node:crypto';
import type { Orm } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import type { Role, Viewer } from '@peerdesk/runtime/viewer';

export const person = (brandId: string, roles: Role[], userId: string = randomUUID()): Extract<Viewer, { kind: 'user' }> => ({
  kind: 'user',
  userId,
  sessionId: randomUUID(),
  memberships: [{ brandId, roles }],
});

export async function call<T = Record<string, unknown>>(
  service: RunningService,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return graphql<T>(service.url, query, variables, await asViewer(viewer));
}

const SET_POLICY = `mutation ($input: SetRewardPolicyInput!) {
  setRewardPolicy(input: $input) { id category expertShareBps inKindItem amount { amountMinor currency formatted } }
}`;
const FUND = `mutation ($input: FundBrandBudgetInput!) {
  fundBrandBudget(input: $input) { brandId balance { amountMinor currency formatted } pendingEarnings { amountMinor currency } }
}`;

export interface BudgetView {
  brandId: string;
  balance: { amountMinor: number; currency: string; formatted: string };
  pendingEarnings: { amountMinor: number; currency: string };
}

/** A brand with an admin and a default policy (300 minor units of USD, 70%), through the API. */
export async function brandWithPolicy(service: RunningService, policy: { amountMinor?: number; currency?: string; category?: string } = {}) {
  const brandId = randomUUID();
  const admin = person(brandId, ['admin']);
  const result = await call(service, admin, SET_POLICY, {
    input: { brandId, amountMinor: policy.amountMinor ?? 300, currency: policy.currency ?? 'USD', category: policy.category ?? null },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { brandId, admin };
}

export function setPolicy(service: RunningService, viewer: Viewer, input: Record<string, unknown>) {
  return call<{ setRewardPolicy: Record<string, unknown> }>(service, viewer, SET_POLICY, { input });
}

export function fund(service: RunningService, viewer: Viewer, input: { brandId: string; amountMinor: number; currency?: string; idempotencyKey?: string }) {
  return call<{ fundBrandBudget: BudgetView }>(service, viewer, FUND, { input: { currency: 'USD', ...input } });
}

export function resolution(brandId: string, expertUserId: string, overrides: Partial<QuestionResolved> = {}): QuestionResolved {
  const resolvedAt = Date.now();
  return {
    questionId: randomUUID(),
    brandId,
    category: 'gameplay',
    language: 'en',
    title: 'How do I beat the raid boss?',
    body: 'We keep wiping at phase two.',
    answerId: randomUUID(),
    answerBody: 'Spread out before the nova.',
    expertUserId,
    rating: 5,
    askedAt: new Date(resolvedAt - 30 * 60_000).toISOString(),
    firstAnswerAt: new Date(resolvedAt - 25 * 60_000).toISOString(),
    resolvedAt: new Date(resolvedAt).toISOString(),
    timeToFirstAnswerMs: 5 * 60_000,
    timeToResolutionMs: 30 * 60_000,
    ...overrides,
  };
}

/** Publishes as the questions service does: in a transaction, through the outbox (same id twice = one event). */
export function publishResolved(orm: Orm, payload: QuestionResolved, id?: string): Promise<string> {
  return orm.em.fork().transactional((em) => publishEvent(em, QUESTION_RESOLVED, { ...payload }, { id }));
}

/** Publishes several resolutions in one transaction, in order, so the consumer meets them in one batch. */
export function publishAllResolved(orm: Orm, payloads: QuestionResolved[]): Promise<void> {
  return orm.em.fork().transactional(async (em) => {
    for (const payload of payloads) await publishEvent(em, QUESTION_RESOLVED, { ...payload });
  });
}

/** Delivers an already processed event again, as an at-least-once bus may. */
export async function redeliver(orm: Orm, eventId: string): Promise<void> {
  await orm.em.fork().execute("insert into bus.delivery (consumer, event_id) values ('rewards', ?) on conflict do nothing", [eventId]);
}

/** Waits until every due delivery is applied (the service's own loop may be mid-delivery while the test drains). */
export async function settle(service: RunningService): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await service.consumer!.drain();
    const [row] = await service.orm.em
      .fork()
      .execute<{ pending: number }[]>("select count(*)::int as pending from bus.delivery where consumer = 'rewards' and available_at <= now()");
    if (row?.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.pending} deliveries still pending`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Every currency's accounts summed from their entries (all zero when the books balance), plus, for any account whose
 * running balance differs from the sum of its entries, that difference: `allZero` checks both at once.
 */
export async function ledgerSums(orm: Orm): Promise<Record<string, number>> {
  const rows = await orm.em.fork().execute<{ currency: string; total: string }[]>(
    `select a.currency, sum(e.amount_minor)::text as total
       from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id group by a.currency`,
  );
  const drifts = await orm.em.fork().execute<{ id: string; drift: string }[]>(
    `select a.id, (a.balance_minor - coalesce(sum(e.amount_minor), 0))::text as drift
       from rewards.ledger_account a left join rewards.ledger_entry e on e.account_id = a.id
      group by a.id having a.balance_minor <> coalesce(sum(e.amount_minor), 0)`,
  );
  return Object.fromEntries([
    ...rows.map((row) => [row.currency, Number(row.total)]),
    ...drifts.map((row) => [`running balance of ${row.id}`, Number(row.drift)]),
  ]);
}

export const allZero = (sums: Record<string, number>) => Object.values(sums).every((total) => total === 0);

/** Balances of a brand's accounts by kind (payables keyed by expert id). */
export async function balances(orm: Orm, brandId: string): Promise<Record<string, number>> {
  const rows = await orm.em.fork().execute<{ kind: string; owner_id: string | null; balance: string }[]>(
    `select a.kind, a.owner_id, coalesce(sum(e.amount_minor), 0)::text as balance
       from rewards.ledger_account a left join rewards.ledger_entry e on e.account_id = a.id
      where a.brand_id = ? group by a.kind, a.owner_id`,
    [brandId],
  );
  return Object.fromEntries(rows.map((row) => [row.owner_id ? `${row.kind}:${row.owner_id}` : row.kind, Number(row.balance)]));
}

export async function earningsOf(orm: Orm, questionId: string) {
  return orm.em
    .fork()
    .execute<{ id: string; status: string; amount_minor: string; expert_share_minor: string }[]>(
      'select id, status, amount_minor, expert_share_minor from rewards.earning where question_id = ?',
      [questionId],
    );
}

/** Waits for a condition the service's background consumer brings about (retries with backoff included). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A brand whose default policy pays `rewardMinor` USD (70% to the expert), funded, and `experts` experts who each
 * earned `resolutions` settled rewards: expert payable = resolutions × 70% of the reward.
 */
export async function expertsWithEarnings(service: RunningService, options: { experts?: number; resolutions?: number; rewardMinor?: number } = {}) {
  const { experts = 1, resolutions = 2, rewardMinor = 1000 } = options;
  const { brandId, admin } = await brandWithPolicy(service, { amountMinor: rewardMinor });
  await fund(service, admin, { brandId, amountMinor: experts * resolutions * rewardMinor });
  const people = Array.from({ length: experts }, () => person(brandId, ['customer', 'expert']));
  for (const expert of people) {
    for (let i = 0; i < resolutions; i++) await publishResolved(service.orm, resolution(brandId, expert.userId));
  }
  await settle(service);
  return { brandId, admin, experts: people, expert: people[0]!, earnedMinor: resolutions * Math.floor((rewardMinor * 7) / 10) };
}

export interface PayoutView {
  id: string;
  status: string;
  attempts: number;
  processorReference: string | null;
  failureReason: string | null;
  amount: { amountMinor: number; currency: string };
  expert: { id: string };
}
const PAYOUT_FIELDS = 'id status attempts processorReference failureReason amount { amountMinor currency } expert { id }';
const REQUEST_PAYOUT = `mutation ($input: RequestPayoutInput!) { requestPayout(input: $input) { ${PAYOUT_FIELDS} } }`;
const PAYOUTS = `query ($brandId: ID!, $first: Int, $after: String) {
  payouts(brandId: $brandId, first: $first, after: $after) { edges { cursor node { ${PAYOUT_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
const SET_PAYOUT_SETTINGS = `mutation ($input: SetPayoutSettingsInput!) { setPayoutSettings(input: $input) { brandId thresholdMinor } }`;

export function requestPayout(service: RunningService, viewer: Viewer, input: { brandId: string; amountMinor?: number; currency?: string; idempotencyKey?: string }) {
  return call<{ requestPayout: PayoutView }>(service, viewer, REQUEST_PAYOUT, { input: { currency: 'USD', ...input } });
}

export function payouts(service: RunningService, viewer: Viewer, args: { brandId: string; first?: number; after?: string | null }) {
  return call<{ payouts: { edges: { node: PayoutView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(service, viewer, PAYOUTS, args);
}

export function setPayoutSettings(service: RunningService, viewer: Viewer, input: { brandId: string; thresholdMinor: number }) {
  return call<{ setPayoutSettings: { brandId: string; thresholdMinor: number } }>(service, viewer, SET_PAYOUT_SETTINGS, { input });
}

/** A payout as stored (the API shows the same, this skips the access rules). */
export async function payoutRow(orm: Orm, id: string) {
  const [row] = await orm.em
    .fork()
    .execute<{ status: string; attempts: number; transaction_id: string | null }[]>('select status, attempts, transaction_id from rewards.payout where id = ?', [id]);
  return row;
}

export interface RewardItemView {
  id: string;
  name: string;
  stock: number;
  active: boolean;
  price: { amountMinor: number; currency: string };
}
const ITEM_FIELDS = 'id name stock active price { amountMinor currency }';
const UPSERT_ITEM = `mutation ($input: UpsertRewardItemInput!) { upsertRewardItem(input: $input) { ${ITEM_FIELDS} } }`;
const CATALOG = `query ($brandId: ID!) { rewardCatalog(brandId: $brandId) { ${ITEM_FIELDS} } }`;
const REDEEM = `mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { id price { amountMinor currency } expert { id } item { ${ITEM_FIELDS} } } }`;

export function upsertItem(service: RunningService, viewer: Viewer, input: Record<string, unknown> & { brandId: string }) {
  return call<{ upsertRewardItem: RewardItemView }>(service, viewer, UPSERT_ITEM, {
    input: { name: 'Gem pack', description: '500 gems', priceMinor: 300, currency: 'USD', stock: 10, ...input },
  });
}

export function catalog(service: RunningService, viewer: Viewer, brandId: string) {
  return call<{ rewardCatalog: RewardItemView[] }>(service, viewer, CATALOG, { brandId });
}

export function redeem(service: RunningService, viewer: Viewer, itemId: string) {
  return call<{ redeemReward: { id: string; price: { amountMinor: number }; expert: { id: string }; item: RewardItemView } }>(service, viewer, REDEEM, {
    input: { itemId },
  });
}

/** The lowest EXPERT_PAYABLE balance in the whole ledger (0 when there is none). */
export async function lowestPayable(orm: Orm): Promise<number> {
  const [row] = await orm.em.fork().execute<{ lowest: string | null }[]>(
    `select min(balance)::text as lowest from (
       select coalesce(sum(e.amount_minor), 0) as balance from rewards.ledger_account a
         left join rewards.ledger_entry e on e.account_id = a.id where a.kind = 'EXPERT_PAYABLE' group by a.id) balances`,
  );
  return Number(row?.lowest ?? 0);
}
