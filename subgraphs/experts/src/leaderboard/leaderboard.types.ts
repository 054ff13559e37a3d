import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { LeaderboardPeriod } from './leaderboard.period.ts';

registerEnumType(LeaderboardPeriod, {
  name: 'LeaderboardPeriod',
  description: 'A rolling window ending now: the last 24 hours, 7 days, 30 days, or everything.',
});

@ObjectType({ description: "One expert's place on a leaderboard." })
export class LeaderboardEntry {
  @Field(() => Int)
  rank!: number;

  @Field(() => Int, { nullable: true, description: "Rank before the brand's latest reputation change; null if the expert was not ranked." })
  previousRank!: number | null;

  @Field(() => Int, { description: 'Reputation gained in the period.' })
  points!: number;

  @Field(() => Int, { description: 'Accepted answers in the period.' })
  resolutions!: number;

  /** Resolved to `expert` by LeaderboardEntryResolver. */
  expertId!: string;
}

@ObjectType({ description: "A brand's experts ranked by reputation gained in a period, then by resolutions." })
export class Leaderboard {
  @Field(() => ID)
  brandId!: string;

  @Field(() => LeaderboardPeriod)
  period!: LeaderboardPeriod;

  @Field(() => [LeaderboardEntry])
  entries!: LeaderboardEntry[];

  @Field(() => Date, { description: "When the brand's reputation last changed." })
  updatedAt!: Date;
}

@ArgsType()
export class LeaderboardSubscriptionArgs {
  @Field(() => ID)
  @IsUUID()
  brandId!: string;

  @Field(() => LeaderboardPeriod)
  period!: LeaderboardPeriod;
}

@ArgsType()
export class LeaderboardArgs extends LeaderboardSubscriptionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many of the top experts, 1–100.' })
  @Min(1)
  @Max(100)
  first: number = 20;
}

/** What is published on a leaderboard topic: small enough for a NOTIFY (top 20). */
export interface LeaderboardPayload {
  brandId: string;
  period: LeaderboardPeriod;
  entries: { expertId: string; points: number; resolutions: number; rank: number; previousRank: number | null }[];
  updatedAt: string;
}
