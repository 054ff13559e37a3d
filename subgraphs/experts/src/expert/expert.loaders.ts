// Per-request batching: every Expert and reputation asked for in one request costs one query each.
import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { BadgeService, type EarnedBadge } from '../badge/badge.service.ts';
import { ReputationService } from '../reputation/reputation.service.ts';
import type { Expert } from './expert.entity.ts';
import { ExpertService } from './expert.service.ts';

export const expertLoader = (ctx: ServiceContext) => loaderFor<Expert>(ctx, 'expert', (ids) => new ExpertService(ctx.em).byIds(ids));

export const reputationLoader = (ctx: ServiceContext) =>
  loaderFor<number>(ctx, 'reputation', (ids) => new ReputationService(ctx.em).totals(ids));

export const badgesLoader = (ctx: ServiceContext) =>
  loaderFor<EarnedBadge[]>(ctx, 'badges', (ids) => new BadgeService(ctx.em).forExperts(ids));

/**
 * A subscription's context lives as long as the subscription; give each event a fresh EntityManager and fresh
 * loaders so it is resolved from current data, not from what the first event cached.
 */
export function freshContextForEvent(ctx: ServiceContext): void {
  ctx.em = ctx.orm.em.fork();
  ctx.loaders.clear();
}

const sharedByEvent = new WeakMap<object, Pick<ServiceContext, 'em' | 'loaders'>>();

/**
 * Like `freshContextForEvent`, but every subscriber of one published event (the same payload object, fanned out by
 * the pub/sub router) shares one EntityManager and one set of loaders: each expert, reputation and badge list on a
 * pushed leaderboard is read once per event instead of once per subscriber. Loaders hold data only; the resolvers
 * still check each subscriber's own viewer.
 */
export function sharedContextForEvent(ctx: ServiceContext, event: object): void {
  let shared = sharedByEvent.get(event);
  if (!shared) {
    shared = { em: ctx.orm.em.fork(), loaders: new Map() };
    sharedByEvent.set(event, shared);
  }
  ctx.em = shared.em;
  ctx.loaders = shared.loaders;
}
