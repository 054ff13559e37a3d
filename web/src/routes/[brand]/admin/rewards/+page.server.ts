import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { currencyDigits, toMinorUnits } from './money-input.ts';
import { BudgetQuery, FundBudgetMutation, RewardSettingsQuery, SetAgentCostMutation, SetRewardPolicyMutation } from './rewards.documents.ts';

const DEFAULT_CURRENCY = 'USD';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const settings = await section(gatewayQuery(event, RewardSettingsQuery, { brandId: brand.id }));
  const currency = (settings.ok && settings.data.rewardPolicies.find((p) => p.category === null)?.amount.currency) || DEFAULT_CURRENCY;
  const budget = await section(gatewayQuery(event, BudgetQuery, { brandId: brand.id, currency }).then((d) => d.brandBudget));
  // A fresh key per page view: submitting the same funding form twice funds once.
  return { settings, budget, currency, fundKey: randomUUID() };
};

/** The typed amount in minor units of the typed currency, or a form failure naming the field. */
function amountOf(form: FormData, field: string) {
  const currency = text(form, 'currency').trim().toUpperCase();
  const minor = toMinorUnits(text(form, field), currencyDigits(currency));
  return { currency, minor };
}

const invalidAmount = (action: string, field: string) => fail(400, { action, problem: 'invalid' as const, fields: { [field]: ['amount'] } });

export const actions: Actions = {
  policy: async (event) => {
    const form = await event.request.formData();
    const { currency, minor } = amountOf(form, 'amount');
    const category = text(form, 'category') || null;
    if (minor === null || minor < 1) return invalidAmount(`policy:${category ?? ''}`, 'amount');
    const share = Number(text(form, 'expertShare'));
    try {
      await gatewayMutation(event, SetRewardPolicyMutation, {
        input: {
          brandId: text(form, 'brandId'),
          category,
          amountMinor: minor,
          currency,
          expertShareBps: Number.isFinite(share) ? Math.round(share * 100) : null,
          inKindItem: text(form, 'inKindItem').trim() || null,
        },
      });
    } catch (cause) {
      return failWith(cause, { action: `policy:${category ?? ''}` });
    }
    return { action: `policy:${category ?? ''}`, saved: true };
  },
  agentCost: async (event) => {
    const form = await event.request.formData();
    const { currency, minor } = amountOf(form, 'amount');
    if (minor === null || minor < 1) return invalidAmount('agentCost', 'amount');
    try {
      await gatewayMutation(event, SetAgentCostMutation, { input: { brandId: text(form, 'brandId'), amountMinor: minor, currency } });
    } catch (cause) {
      return failWith(cause, { action: 'agentCost' });
    }
    return { action: 'agentCost', saved: true };
  },
  fund: async (event) => {
    const form = await event.request.formData();
    const { currency, minor } = amountOf(form, 'amount');
    if (minor === null || minor < 1) return invalidAmount('fund', 'amount');
    try {
      await gatewayMutation(event, FundBudgetMutation, {
        input: {
          brandId: text(form, 'brandId'),
          amountMinor: minor,
          currency,
          reference: text(form, 'reference').trim() || null,
          // The form carries its own key, so a double submit funds once.
          idempotencyKey: text(form, 'idempotencyKey') || randomUUID(),
        },
      });
    } catch (cause) {
      return failWith(cause, { action: 'fund' });
    }
    return { action: 'fund', saved: true };
  },
};
