import type { EntityManager } from '@peerdesk/runtime/database';
import { requireRole, type Viewer } from '@peerdesk/runtime/viewer';
import { DEFAULT_EXPERT_SHARE_BPS } from '../ledger/ledger.rules.ts';
import { RewardPolicy } from './policy.entity.ts';
import type { SetRewardPolicyInput } from './policy.input.ts';

export class PolicyService {
  constructor(private readonly em: EntityManager) {}

  /** The category's policy, or the brand's default when the category has none. */
  async applicable(brandId: string, category: string | null | undefined): Promise<RewardPolicy | null> {
    // `in (x, null)` never matches NULL in SQL, hence the $or.
    const policies = await this.em.find(RewardPolicy, { brandId, $or: [{ category: null }, ...(category ? [{ category }] : [])] });
    return policies.find((policy) => policy.category === category) ?? policies.find((policy) => policy.category === null) ?? null;
  }

  /** Every policy of the brand, its default first, then by category. Brand admins only. */
  list(viewer: Viewer, brandId: string): Promise<RewardPolicy[]> {
    requireRole(viewer, brandId, ['admin']);
    return this.em.find(RewardPolicy, { brandId }, { orderBy: { category: 'asc nulls first' } });
  }

  /** Creates or replaces the brand's policy for one category (or its default). Brand admins only. */
  async set(viewer: Viewer, input: SetRewardPolicyInput): Promise<RewardPolicy> {
    requireRole(viewer, input.brandId, ['admin']);
    const category = input.category ?? null;
    const values = {
      amountMinor: input.amountMinor,
      currency: input.currency,
      expertShareBps: input.expertShareBps ?? DEFAULT_EXPERT_SHARE_BPS,
      inKindItem: input.inKindItem ?? null,
    };
    const existing = await this.em.findOne(RewardPolicy, { brandId: input.brandId, category });
    const policy = existing ? this.em.assign(existing, values) : this.em.create(RewardPolicy, { brandId: input.brandId, category, ...values });
    await this.em.persist(policy).flush();
    return policy;
  }
}
