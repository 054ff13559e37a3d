// Money as the API shows it: integer minor units, an ISO 4217 currency, and a display string.
import { Field, Int, ObjectType } from 'type-graphql';
import { formatMoney } from './money.ts';

@ObjectType({ description: 'An exact amount: integer minor units (cents) of an ISO 4217 currency.' })
export class Money {
  @Field(() => Int, { description: 'Minor units, e.g. 300 for $3.00.' })
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field(() => String, { description: "Formatted for display in English, e.g. '$3.00'." })
  formatted!: string;
}

export function money(amountMinor: number, currency: string): Money {
  return { amountMinor, currency, formatted: formatMoney(amountMinor, currency) };
}
