import { graphql } from '#lib/graphql/generated/gql.ts';

export const RewardSettingsQuery = graphql(`
  query AdminRewardSettings($brandId: ID!) {
    rewardPolicies(brandId: $brandId) {
      id
      category
      expertShareBps
      inKindItem
      amount {
        amountMinor
        currency
      }
    }
    agentCost(brandId: $brandId) {
      perResolution {
        amountMinor
        currency
      }
    }
  }
`);

export const BudgetQuery = graphql(`
  query AdminBudget($brandId: ID!, $currency: String!) {
    brandBudget(brandId: $brandId, currency: $currency) {
      balance {
        amountMinor
        currency
      }
      pendingEarnings {
        amountMinor
        currency
      }
    }
  }
`);

export const SetRewardPolicyMutation = graphql(`
  mutation AdminSetRewardPolicy($input: SetRewardPolicyInput!) {
    setRewardPolicy(input: $input) {
      id
    }
  }
`);

export const SetAgentCostMutation = graphql(`
  mutation AdminSetAgentCost($input: SetAgentCostInput!) {
    setAgentCost(input: $input) {
      brandId
    }
  }
`);

export const FundBudgetMutation = graphql(`
  mutation AdminFundBudget($input: FundBrandBudgetInput!) {
    fundBrandBudget(input: $input) {
      brandId
    }
  }
`);
