import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import { minorUnits } from '#lib/money.ts';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { rolesIn } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { ExpertRewardsQuery, RedeemRewardMutation, RequestPayoutMutation } from './rewards.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const session = event.locals.session;
  if (!session) redirect(303, `/signin?redirectTo=${encodeURIComponent(`/${brand.slug}/expert/rewards`)}`);
  const isExpert = rolesIn(session, brand.id).includes('expert');
  const rewards = isExpert
    ? await section(gatewayQuery(event, ExpertRewardsQuery, { brandId: brand.id }))
    : null;
  // One key per page view: a retried request (double click, network retry) pays out once.
  return { isExpert, rewards, payoutKey: randomUUID() };
};

export const actions: Actions = {
  redeem: async (event) => {
    const form = await event.request.formData();
    const itemId = text(form, 'itemId');
    try {
      const { redeemReward } = await gatewayMutation(event, RedeemRewardMutation, { input: { itemId } });
      return { action: 'redeem' as const, itemId, redeemed: redeemReward.item.name };
    } catch (cause) {
      return failWith(cause, { action: 'redeem' as const, itemId });
    }
  },

  payout: async (event) => {
    const form = await event.request.formData();
    const raw = text(form, 'amount').trim();
    const currency = text(form, 'currency');
    // What the person typed in major units (12,50 or 12.50) becomes exact minor units; empty means everything.
    const amountMinor = raw === '' ? null : minorUnits(raw, currency);
    if (amountMinor === undefined || (amountMinor !== null && amountMinor <= 0)) {
      return { action: 'payout' as const, problem: 'invalid' as const, amount: raw };
    }
    try {
      await gatewayMutation(event, RequestPayoutMutation, {
        input: { brandId: text(form, 'brandId'), currency, amountMinor, idempotencyKey: text(form, 'idempotencyKey') || randomUUID() },
      });
    } catch (cause) {
      return failWith(cause, { action: 'payout' as const, amount: raw });
    }
    return { action: 'payout' as const, requested: true };
  },
};
