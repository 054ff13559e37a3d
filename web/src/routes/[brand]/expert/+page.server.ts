import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { requireBrandRole } from '#lib/server/staff.ts';
import type { Actions, PageServerLoad } from './$types';
import {
  ClaimQuestionMutation,
  ExpertEarningsQuery,
  ExpertOffersQuery,
  ExpertStandingQuery,
  RedeemRewardMutation,
  ReleaseClaimMutation,
  RequestPayoutMutation,
  RewardCatalogQuery,
} from './expert.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  requireBrandRole(event, brand.id, ['expert'], 'experts');
  const me = event.locals.session!.user.id;
  const variables = { brandId: brand.id };
  // Each part fails on its own: a rewards outage leaves the inbox working.
  const [standing, work, earnings, catalog] = await Promise.all([
    section(gatewayQuery(event, ExpertStandingQuery, variables).then((d) => d.me?.expert ?? null)),
    section(
      gatewayQuery(event, ExpertOffersQuery, variables).then((d) => ({
        offers: d.myOffers.edges.map((e) => e.node),
        claims: d.questions.edges.map((e) => e.node).filter((q) => q.claim?.expert.id === me),
      })),
    ),
    section(
      gatewayQuery(event, ExpertEarningsQuery, variables).then((d) => ({
        earnings: d.me?.expert?.earnings ?? null,
        payouts: d.payouts.edges.map((e) => e.node),
        thresholdMinor: d.payoutSettings.thresholdMinor,
      })),
    ),
    section(gatewayQuery(event, RewardCatalogQuery, variables).then((d) => d.rewardCatalog)),
  ]);
  return { standing, work, earnings, catalog };
};

/** Runs one console mutation; the outcome names the action and the thing it acted on, for the page to word. */
async function act(action: string, target: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (cause) {
    return failWith(cause, { action, target });
  }
  return { action, target, done: true };
}

export const actions: Actions = {
  claim: async (event) => {
    const questionId = text(await event.request.formData(), 'questionId');
    return act('claim', questionId, () => gatewayMutation(event, ClaimQuestionMutation, { input: { questionId } }));
  },
  release: async (event) => {
    const questionId = text(await event.request.formData(), 'questionId');
    return act('release', questionId, () => gatewayMutation(event, ReleaseClaimMutation, { input: { questionId } }));
  },
  redeem: async (event) => {
    const itemId = text(await event.request.formData(), 'itemId');
    return act('redeem', itemId, () => gatewayMutation(event, RedeemRewardMutation, { input: { itemId } }));
  },
  payout: async (event) => {
    const form = await event.request.formData();
    const [brandId, currency] = [text(form, 'brandId'), text(form, 'currency')];
    // One key per form shown: a double submit pays once.
    const idempotencyKey = text(form, 'idempotencyKey') || null;
    return act('payout', brandId, () => gatewayMutation(event, RequestPayoutMutation, { input: { brandId, currency, idempotencyKey } }));
  },
};
