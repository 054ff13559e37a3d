// The agent cost a brand enters, and cost per resolution by experts (from earnings) against it, in SQL.
import { analyticsRange, requireAnalyticsReader, type AnalyticsArgs } from '@peerdesk/runtime/analytics';
import type { EntityManager } from '@peerdesk/runtime/database';
import { requireRole, type Viewer } from '@peerdesk/runtime/viewer';
import { money } from '../money/money.type.ts';
import { RewardPolicy } from '../policy/policy.entity.ts';
import { AgentCost } from './cost.entity.ts';
import type { CostAnalytics, SetAgentCostInput } from './cost.types.ts';

export class CostService {
  constructor(private readonly em: EntityManager) {}

  async agentCost(viewer: Viewer, brandId: string): Promise<AgentCost | null> {
    requireRole(viewer, brandId, ['admin']);
    return this.em.findOne(AgentCost, { brandId });
  }

  async setAgentCost(viewer: Viewer, input: SetAgentCostInput): Promise<AgentCost> {
    requireRole(viewer, input.brandId, ['admin']);
    const values = { amountMinor: input.amountMinor, currency: input.currency, updatedAt: new Date() };
    // One statement (insert … on conflict update): two admins saving at once both succeed, the last one wins.
    return this.em.upsert(AgentCost, { brandId: input.brandId, ...values });
  }

  async analytics(viewer: Viewer, args: AnalyticsArgs): Promise<CostAnalytics> {
    requireAnalyticsReader(viewer, args.brandId);
    const { start, end } = analyticsRange(args);
    const agent = await this.em.findOne(AgentCost, { brandId: args.brandId });
    const currency = agent?.currency ?? (await this.em.findOne(RewardPolicy, { brandId: args.brandId, category: null }))?.currency ?? null;
    const agentCostPerResolution = agent ? money(agent.amountMinor, agent.currency) : null;
    if (!currency) return { currency, paidResolutions: 0, expertCost: null, expertCostPerResolution: null, agentCostPerResolution };
    // Half-up rounding to the minor unit happens in numeric, never in floating point.
    const [row] = await this.em.execute<{ resolutions: number; total: string; per_resolution: string | null }[]>(
      `select count(*)::int as resolutions,
              coalesce(sum(amount_minor), 0)::text as total,
              round(sum(amount_minor)::numeric / nullif(count(*), 0))::text as per_resolution
         from rewards.earning
        where brand_id = ? and currency = ? and created_at >= ? and created_at < ?`,
      [args.brandId, currency, start, end],
    );
    return {
      currency,
      paidResolutions: row!.resolutions,
      expertCost: money(Number(row!.total), currency),
      expertCostPerResolution: row!.per_resolution === null ? null : money(Number(row!.per_resolution), currency),
      agentCostPerResolution,
    };
  }
}
