// What an expert profile has earned, for the expert themself and the admins of the expert's brand.
import type { EntityManager } from '@peerdesk/runtime/database';
import { forbidden } from '@peerdesk/runtime/errors';
import { expertId as expertIdOf } from '@peerdesk/runtime/ids';
import { rolesIn, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { money } from '../money/money.type.ts';
import { PolicyService } from '../policy/policy.service.ts';
import { WalletService } from '../wallet/wallet.service.ts';
import { Earning, EarningStatus } from './earning.entity.ts';
import type { ExpertEarnings } from './earning.types.ts';

const FALLBACK_CURRENCY = 'USD';

export class ExpertEarningsService {
  constructor(private readonly em: EntityManager) {}

  async summary(viewer: Viewer, expertId: string): Promise<ExpertEarnings> {
    const latest = await this.em.findOne(Earning, { expertId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    const brandId = this.authorize(viewer, expertId, latest?.brandId);
    const policy = brandId ? await new PolicyService(this.em).applicable(brandId, null) : null;
    // Totals are in the currency the expert last earned in (the brand's policy currency).
    const currency = latest?.currency ?? policy?.currency ?? FALLBACK_CURRENCY;
    const rows = await this.em.execute<{ status: EarningStatus; total: string }[]>(
      `select status, coalesce(sum(expert_share_minor), 0)::text as total from rewards.earning
        where expert_id = ? and currency = ? group by status`,
      [expertId, currency],
    );
    const sum = (status: EarningStatus) => Number(rows.find((row) => row.status === status)?.total ?? 0);
    const available = await new WalletService(this.em).available(expertId, currency);
    return {
      expertId,
      total: money(sum(EarningStatus.SETTLED), currency),
      pending: money(sum(EarningStatus.PENDING), currency),
      available: money(available, currency),
    };
  }

  recent(expertId: string, first: number): Promise<Earning[]> {
    return this.em.find(Earning, { expertId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first });
  }

  /** Earnings whose expert or brand admin is the viewer; null for the rest (they stay private). */
  async visible(viewer: Viewer, ids: readonly string[]): Promise<(Earning | null)[]> {
    const found = await this.em.find(Earning, { id: { $in: [...ids] } });
    return ids.map((id) => {
      const earning = found.find((row) => row.id === id);
      if (!earning || viewer.kind !== 'user') return null;
      const mine = earning.expertUserId === viewer.userId;
      return mine || rolesIn(viewer, earning.brandId).includes('admin') ? earning : null;
    });
  }

  /**
   * The expert themself, or an admin of the expert's brand (known from its earnings). The id is derived from
   * (brand, user), so the viewer's own profiles are recognised without asking the experts subgraph. Returns the
   * brand when known.
   */
  private authorize(viewer: Viewer, expertId: string, brandOfEarnings: string | undefined): string | undefined {
    const user = requireUser(viewer);
    const own = user.memberships.find((membership) => expertIdOf(membership.brandId, user.userId) === expertId);
    if (own) return own.brandId;
    if (brandOfEarnings && rolesIn(user, brandOfEarnings).includes('admin')) return brandOfEarnings;
    // Nothing earned yet: only zeros to show, which any brand admin may see.
    if (!brandOfEarnings && user.memberships.some((membership) => membership.roles.includes('admin'))) return undefined;
    throw forbidden("Only the expert and the brand's admins can see an expert's earnings.");
  }
}
