/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LeaderboardEntries on Leaderboard {\n    entries {\n      rank\n      previousRank\n      points\n      resolutions\n      expert {\n        id\n        user {\n          handle\n        }\n        level {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeaderboardEntriesFragmentDoc,
    "\n  query LeaderboardByPeriod($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      period\n      updatedAt\n      ...LeaderboardEntries\n    }\n  }\n": typeof types.LeaderboardByPeriodDocument,
    "\n  subscription LiveLeaderboard($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      ...LeaderboardEntries\n    }\n  }\n": typeof types.LiveLeaderboardDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Brands {\n    brands {\n      id\n      slug\n      name\n      description\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.BrandsDocument,
    "\n  query BrandBySlug($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      languages\n      categories {\n        slug\n        name\n      }\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.BrandBySlugDocument,
    "\n  query RecentQuestions($brandId: ID!, $after: String) {\n    questions(brandId: $brandId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          status\n          category\n          language\n          createdAt\n          answerCount\n          author {\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RecentQuestionsDocument,
    "\n  query WeeklyLeaderboard($brandId: ID!) {\n    leaderboard(brandId: $brandId, period: WEEK) {\n      ...LeaderboardEntries\n    }\n  }\n": typeof types.WeeklyLeaderboardDocument,
    "\n  query SearchCommunity($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 10) {\n      title\n      excerpt\n      score\n      question {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SearchCommunityDocument,
    "\n  query AdminDashboard($brandId: ID!, $from: String!, $to: String!) {\n    questionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      asked\n      resolved\n      escalated\n      answered\n      resolutionRate\n      escalationRate\n      medianFirstAnswerSeconds\n      p90FirstAnswerSeconds\n      rated\n      meanRating\n      satisfiedRate\n      days {\n        day\n        asked\n        resolved\n        escalated\n      }\n      topCategories {\n        category\n        asked\n        resolved\n      }\n    }\n    deflectionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      deflected\n      days {\n        day\n        deflected\n      }\n    }\n    costAnalytics(brandId: $brandId, from: $from, to: $to) {\n      currency\n      paidResolutions\n      expertCostPerResolution {\n        amountMinor\n        currency\n      }\n      agentCostPerResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query AdminApiKeys($brandId: ID!) {\n    apiKeys(brandId: $brandId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          scopes\n          rateLimitPerMinute\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  query AdminMembers($brandId: ID!) {\n    brandMembers(brandId: $brandId) {\n      roles\n      since\n      user {\n        id\n        handle\n        email\n        fullName\n      }\n    }\n    invitations(brandId: $brandId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n    }\n  }\n": typeof types.AdminInviteMemberDocument,
    "\n  query AdminRewardSettings($brandId: ID!) {\n    rewardPolicies(brandId: $brandId) {\n      id\n      category\n      expertShareBps\n      inKindItem\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    agentCost(brandId: $brandId) {\n      perResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.AdminRewardSettingsDocument,
    "\n  query AdminBudget($brandId: ID!, $currency: String!) {\n    brandBudget(brandId: $brandId, currency: $currency) {\n      balance {\n        amountMinor\n        currency\n      }\n      pendingEarnings {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.AdminBudgetDocument,
    "\n  mutation AdminSetRewardPolicy($input: SetRewardPolicyInput!) {\n    setRewardPolicy(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminSetRewardPolicyDocument,
    "\n  mutation AdminSetAgentCost($input: SetAgentCostInput!) {\n    setAgentCost(input: $input) {\n      brandId\n    }\n  }\n": typeof types.AdminSetAgentCostDocument,
    "\n  mutation AdminFundBudget($input: FundBrandBudgetInput!) {\n    fundBrandBudget(input: $input) {\n      brandId\n    }\n  }\n": typeof types.AdminFundBudgetDocument,
    "\n  query BrandSettings($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slaMinutes\n      claimMinutes\n      waveMinutes\n      maxClaimsPerExpert\n      openAnswering\n    }\n  }\n": typeof types.BrandSettingsDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.UpdateBrandDocument,
    "\n  query AgentEscalations($brandId: ID!) {\n    escalations(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          language\n          createdAt\n          escalation {\n            reason\n            escalatedAt\n            note\n            agent {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n            email\n            fullName\n          }\n          answers {\n            id\n            body\n            private\n            createdAt\n            author {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentEscalationsDocument,
    "\n  subscription AgentEscalationQueue($brandId: ID!) {\n    escalationQueue(brandId: $brandId) {\n      id\n      status\n    }\n  }\n": typeof types.AgentEscalationQueueDocument,
    "\n  mutation AgentTakeEscalation($input: TakeEscalationInput!) {\n    takeEscalation(input: $input) {\n      id\n    }\n  }\n": typeof types.AgentTakeEscalationDocument,
    "\n  mutation AgentAnswerEscalation($input: AnswerEscalationInput!) {\n    answerEscalation(input: $input) {\n      id\n    }\n  }\n": typeof types.AgentAnswerEscalationDocument,
    "\n  mutation AgentCloseEscalation($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AgentCloseEscalationDocument,
    "\n  query SimilarAsYouType($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 5) {\n      title\n      excerpt\n      highlights\n      score\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n": typeof types.SimilarAsYouTypeDocument,
    "\n  mutation MarkDeflected($input: MarkDeflectedInput!) {\n    markDeflected(input: $input) {\n      id\n    }\n  }\n": typeof types.MarkDeflectedDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation JoinBrand($input: JoinBrandInput!) {\n    joinBrand(input: $input) {\n      id\n    }\n  }\n": typeof types.JoinBrandDocument,
    "\n  fragment MoneyParts on Money {\n    amountMinor\n    currency\n  }\n": typeof types.MoneyPartsFragmentDoc,
    "\n  fragment OfferItem on Offer {\n    id\n    status\n    offeredAt\n    expiresAt\n    question {\n      id\n      title\n      category\n      status\n      claim {\n        expiresAt\n        expert {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OfferItemFragmentDoc,
    "\n  fragment EarningItem on Earning {\n    id\n    status\n    expert {\n      id\n    }\n    createdAt\n    settledAt\n    expertShare {\n      ...MoneyParts\n    }\n    question {\n      id\n      title\n    }\n  }\n": typeof types.EarningItemFragmentDoc,
    "\n  query ExpertProfile($brandId: ID!) {\n    me {\n      id\n      handle\n      expert(brandId: $brandId) {\n        id\n        status\n        skills\n        languages\n        reputation\n        level {\n          name\n          rank\n          minReputation\n          nextLevelAt\n          progress\n        }\n        badges {\n          code\n          name\n          earnedAt\n        }\n        qualification {\n          score\n          passMark\n          passed\n        }\n      }\n    }\n  }\n": typeof types.ExpertProfileDocument,
    "\n  query ExpertWork($brandId: ID!, $expertId: ID!) {\n    myOffers(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          ...OfferItem\n        }\n      }\n    }\n    expert(id: $expertId) {\n      id\n      earnings {\n        total {\n          ...MoneyParts\n        }\n        pending {\n          ...MoneyParts\n        }\n        recent(first: 10) {\n          ...EarningItem\n        }\n      }\n    }\n  }\n": typeof types.ExpertWorkDocument,
    "\n  query QualificationQuiz($brandId: ID!) {\n    qualificationQuiz(brandId: $brandId) {\n      passMark\n      questions {\n        id\n        kind\n        prompt\n        minWords\n        maxWords\n        choices {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.QualificationQuizDocument,
    "\n  subscription ExpertInbox {\n    expertInbox {\n      kind\n      offer {\n        ...OfferItem\n        brand {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExpertInboxDocument,
    "\n  subscription ExpertEarnings {\n    earnings {\n      earning {\n        ...EarningItem\n      }\n    }\n  }\n": typeof types.ExpertEarningsDocument,
    "\n  mutation ApplyAsExpert($input: ApplyAsExpertInput!) {\n    applyAsExpert(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApplyAsExpertDocument,
    "\n  mutation SubmitQualification($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      status\n      qualification {\n        score\n        passMark\n        passed\n      }\n    }\n  }\n": typeof types.SubmitQualificationDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  query ExpertRewards($brandId: ID!) {\n    rewardCatalog(brandId: $brandId) {\n      id\n      name\n      description\n      stock\n      active\n      price {\n        ...MoneyParts\n      }\n    }\n    payoutSettings(brandId: $brandId) {\n      thresholdMinor\n    }\n    payouts(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          processedAt\n          failureReason\n          amount {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n    ledger(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          reference\n          createdAt\n          entries {\n            id\n            account {\n              kind\n              ownerId\n            }\n            amount {\n              ...MoneyParts\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      expert(brandId: $brandId) {\n        id\n        earnings {\n          available {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpertRewardsDocument,
    "\n  mutation RedeemReward($input: RedeemRewardInput!) {\n    redeemReward(input: $input) {\n      id\n      item {\n        name\n      }\n    }\n  }\n": typeof types.RedeemRewardDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestPayoutDocument,
    "\n  subscription QuestionFeed($brandId: ID!) {\n    questionFeed(brandId: $brandId) {\n      kind\n      question {\n        id\n        title\n        status\n        createdAt\n        answerCount\n        author {\n          handle\n        }\n      }\n    }\n  }\n": typeof types.QuestionFeedDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      brand {\n        slug\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query QuestionById($id: ID!) {\n    question(id: $id) {\n      ...QuestionPage\n    }\n  }\n": typeof types.QuestionByIdDocument,
    "\n  fragment QuestionPage on Question {\n    id\n    title\n    body\n    status\n    category\n    language\n    createdAt\n    rating\n    personalDataRedacted\n    author {\n      id\n      handle\n    }\n    claim {\n      expiresAt\n      expert {\n        id\n      }\n    }\n    escalation {\n      reason\n      escalatedAt\n    }\n    brand {\n      id\n      slug\n      name\n    }\n    answers {\n      id\n      body\n      accepted\n      score\n      viewerVote\n      createdAt\n      author {\n        handle\n      }\n    }\n  }\n": typeof types.QuestionPageFragmentDoc,
    "\n  subscription QuestionUpdated($id: ID!) {\n    questionUpdated(id: $id) {\n      ...QuestionPage\n    }\n  }\n": typeof types.QuestionUpdatedDocument,
    "\n  query SuggestedAnswers($id: ID!) {\n    question(id: $id) {\n      id\n      suggestedAnswers(first: 3) {\n        answerId\n        excerpt\n        body\n        score\n        author {\n          handle\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.SuggestedAnswersDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      score\n      viewerVote\n    }\n  }\n": typeof types.VoteAnswerDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  mutation EscalateQuestion($input: EscalateQuestionInput!) {\n    escalateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EscalateQuestionDocument,
    "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseQuestionDocument,
    "\n  mutation ClaimQuestion($input: ClaimQuestionInput!) {\n    claimQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimQuestionDocument,
    "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReleaseClaimDocument,
    "\n  query PossibleDuplicates($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 3) {\n      title\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query MyAccount {\n    me {\n      id\n      handle\n      email\n      fullName\n      locale\n      createdAt\n      memberships {\n        roles\n        brand {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ExportMyData($input: ExportMyDataInput!) {\n    exportMyData(input: $input) {\n      generatedAt\n      data\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query Widget($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      languages\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.WidgetDocument,
    "\n  query WidgetSearch($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 5) {\n      title\n      excerpt\n      question {\n        id\n      }\n    }\n  }\n": typeof types.WidgetSearchDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      revokedSessions\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignUpDocument,
};
const documents: Documents = {
    "\n  fragment LeaderboardEntries on Leaderboard {\n    entries {\n      rank\n      previousRank\n      points\n      resolutions\n      expert {\n        id\n        user {\n          handle\n        }\n        level {\n          name\n        }\n      }\n    }\n  }\n": types.LeaderboardEntriesFragmentDoc,
    "\n  query LeaderboardByPeriod($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      period\n      updatedAt\n      ...LeaderboardEntries\n    }\n  }\n": types.LeaderboardByPeriodDocument,
    "\n  subscription LiveLeaderboard($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      ...LeaderboardEntries\n    }\n  }\n": types.LiveLeaderboardDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Brands {\n    brands {\n      id\n      slug\n      name\n      description\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": types.BrandsDocument,
    "\n  query BrandBySlug($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      languages\n      categories {\n        slug\n        name\n      }\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": types.BrandBySlugDocument,
    "\n  query RecentQuestions($brandId: ID!, $after: String) {\n    questions(brandId: $brandId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          status\n          category\n          language\n          createdAt\n          answerCount\n          author {\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RecentQuestionsDocument,
    "\n  query WeeklyLeaderboard($brandId: ID!) {\n    leaderboard(brandId: $brandId, period: WEEK) {\n      ...LeaderboardEntries\n    }\n  }\n": types.WeeklyLeaderboardDocument,
    "\n  query SearchCommunity($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 10) {\n      title\n      excerpt\n      score\n      question {\n        id\n        status\n      }\n    }\n  }\n": types.SearchCommunityDocument,
    "\n  query AdminDashboard($brandId: ID!, $from: String!, $to: String!) {\n    questionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      asked\n      resolved\n      escalated\n      answered\n      resolutionRate\n      escalationRate\n      medianFirstAnswerSeconds\n      p90FirstAnswerSeconds\n      rated\n      meanRating\n      satisfiedRate\n      days {\n        day\n        asked\n        resolved\n        escalated\n      }\n      topCategories {\n        category\n        asked\n        resolved\n      }\n    }\n    deflectionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      deflected\n      days {\n        day\n        deflected\n      }\n    }\n    costAnalytics(brandId: $brandId, from: $from, to: $to) {\n      currency\n      paidResolutions\n      expertCostPerResolution {\n        amountMinor\n        currency\n      }\n      agentCostPerResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  query AdminApiKeys($brandId: ID!) {\n    apiKeys(brandId: $brandId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          scopes\n          rateLimitPerMinute\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  query AdminMembers($brandId: ID!) {\n    brandMembers(brandId: $brandId) {\n      roles\n      since\n      user {\n        id\n        handle\n        email\n        fullName\n      }\n    }\n    invitations(brandId: $brandId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n    }\n  }\n": types.AdminInviteMemberDocument,
    "\n  query AdminRewardSettings($brandId: ID!) {\n    rewardPolicies(brandId: $brandId) {\n      id\n      category\n      expertShareBps\n      inKindItem\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    agentCost(brandId: $brandId) {\n      perResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.AdminRewardSettingsDocument,
    "\n  query AdminBudget($brandId: ID!, $currency: String!) {\n    brandBudget(brandId: $brandId, currency: $currency) {\n      balance {\n        amountMinor\n        currency\n      }\n      pendingEarnings {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.AdminBudgetDocument,
    "\n  mutation AdminSetRewardPolicy($input: SetRewardPolicyInput!) {\n    setRewardPolicy(input: $input) {\n      id\n    }\n  }\n": types.AdminSetRewardPolicyDocument,
    "\n  mutation AdminSetAgentCost($input: SetAgentCostInput!) {\n    setAgentCost(input: $input) {\n      brandId\n    }\n  }\n": types.AdminSetAgentCostDocument,
    "\n  mutation AdminFundBudget($input: FundBrandBudgetInput!) {\n    fundBrandBudget(input: $input) {\n      brandId\n    }\n  }\n": types.AdminFundBudgetDocument,
    "\n  query BrandSettings($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slaMinutes\n      claimMinutes\n      waveMinutes\n      maxClaimsPerExpert\n      openAnswering\n    }\n  }\n": types.BrandSettingsDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": types.UpdateBrandDocument,
    "\n  query AgentEscalations($brandId: ID!) {\n    escalations(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          language\n          createdAt\n          escalation {\n            reason\n            escalatedAt\n            note\n            agent {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n            email\n            fullName\n          }\n          answers {\n            id\n            body\n            private\n            createdAt\n            author {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgentEscalationsDocument,
    "\n  subscription AgentEscalationQueue($brandId: ID!) {\n    escalationQueue(brandId: $brandId) {\n      id\n      status\n    }\n  }\n": types.AgentEscalationQueueDocument,
    "\n  mutation AgentTakeEscalation($input: TakeEscalationInput!) {\n    takeEscalation(input: $input) {\n      id\n    }\n  }\n": types.AgentTakeEscalationDocument,
    "\n  mutation AgentAnswerEscalation($input: AnswerEscalationInput!) {\n    answerEscalation(input: $input) {\n      id\n    }\n  }\n": types.AgentAnswerEscalationDocument,
    "\n  mutation AgentCloseEscalation($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.AgentCloseEscalationDocument,
    "\n  query SimilarAsYouType($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 5) {\n      title\n      excerpt\n      highlights\n      score\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n": types.SimilarAsYouTypeDocument,
    "\n  mutation MarkDeflected($input: MarkDeflectedInput!) {\n    markDeflected(input: $input) {\n      id\n    }\n  }\n": types.MarkDeflectedDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation JoinBrand($input: JoinBrandInput!) {\n    joinBrand(input: $input) {\n      id\n    }\n  }\n": types.JoinBrandDocument,
    "\n  fragment MoneyParts on Money {\n    amountMinor\n    currency\n  }\n": types.MoneyPartsFragmentDoc,
    "\n  fragment OfferItem on Offer {\n    id\n    status\n    offeredAt\n    expiresAt\n    question {\n      id\n      title\n      category\n      status\n      claim {\n        expiresAt\n        expert {\n          id\n        }\n      }\n    }\n  }\n": types.OfferItemFragmentDoc,
    "\n  fragment EarningItem on Earning {\n    id\n    status\n    expert {\n      id\n    }\n    createdAt\n    settledAt\n    expertShare {\n      ...MoneyParts\n    }\n    question {\n      id\n      title\n    }\n  }\n": types.EarningItemFragmentDoc,
    "\n  query ExpertProfile($brandId: ID!) {\n    me {\n      id\n      handle\n      expert(brandId: $brandId) {\n        id\n        status\n        skills\n        languages\n        reputation\n        level {\n          name\n          rank\n          minReputation\n          nextLevelAt\n          progress\n        }\n        badges {\n          code\n          name\n          earnedAt\n        }\n        qualification {\n          score\n          passMark\n          passed\n        }\n      }\n    }\n  }\n": types.ExpertProfileDocument,
    "\n  query ExpertWork($brandId: ID!, $expertId: ID!) {\n    myOffers(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          ...OfferItem\n        }\n      }\n    }\n    expert(id: $expertId) {\n      id\n      earnings {\n        total {\n          ...MoneyParts\n        }\n        pending {\n          ...MoneyParts\n        }\n        recent(first: 10) {\n          ...EarningItem\n        }\n      }\n    }\n  }\n": types.ExpertWorkDocument,
    "\n  query QualificationQuiz($brandId: ID!) {\n    qualificationQuiz(brandId: $brandId) {\n      passMark\n      questions {\n        id\n        kind\n        prompt\n        minWords\n        maxWords\n        choices {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.QualificationQuizDocument,
    "\n  subscription ExpertInbox {\n    expertInbox {\n      kind\n      offer {\n        ...OfferItem\n        brand {\n          id\n        }\n      }\n    }\n  }\n": types.ExpertInboxDocument,
    "\n  subscription ExpertEarnings {\n    earnings {\n      earning {\n        ...EarningItem\n      }\n    }\n  }\n": types.ExpertEarningsDocument,
    "\n  mutation ApplyAsExpert($input: ApplyAsExpertInput!) {\n    applyAsExpert(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApplyAsExpertDocument,
    "\n  mutation SubmitQualification($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      status\n      qualification {\n        score\n        passMark\n        passed\n      }\n    }\n  }\n": types.SubmitQualificationDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  query ExpertRewards($brandId: ID!) {\n    rewardCatalog(brandId: $brandId) {\n      id\n      name\n      description\n      stock\n      active\n      price {\n        ...MoneyParts\n      }\n    }\n    payoutSettings(brandId: $brandId) {\n      thresholdMinor\n    }\n    payouts(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          processedAt\n          failureReason\n          amount {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n    ledger(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          reference\n          createdAt\n          entries {\n            id\n            account {\n              kind\n              ownerId\n            }\n            amount {\n              ...MoneyParts\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      expert(brandId: $brandId) {\n        id\n        earnings {\n          available {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n  }\n": types.ExpertRewardsDocument,
    "\n  mutation RedeemReward($input: RedeemRewardInput!) {\n    redeemReward(input: $input) {\n      id\n      item {\n        name\n      }\n    }\n  }\n": types.RedeemRewardDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestPayoutDocument,
    "\n  subscription QuestionFeed($brandId: ID!) {\n    questionFeed(brandId: $brandId) {\n      kind\n      question {\n        id\n        title\n        status\n        createdAt\n        answerCount\n        author {\n          handle\n        }\n      }\n    }\n  }\n": types.QuestionFeedDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      brand {\n        slug\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query QuestionById($id: ID!) {\n    question(id: $id) {\n      ...QuestionPage\n    }\n  }\n": types.QuestionByIdDocument,
    "\n  fragment QuestionPage on Question {\n    id\n    title\n    body\n    status\n    category\n    language\n    createdAt\n    rating\n    personalDataRedacted\n    author {\n      id\n      handle\n    }\n    claim {\n      expiresAt\n      expert {\n        id\n      }\n    }\n    escalation {\n      reason\n      escalatedAt\n    }\n    brand {\n      id\n      slug\n      name\n    }\n    answers {\n      id\n      body\n      accepted\n      score\n      viewerVote\n      createdAt\n      author {\n        handle\n      }\n    }\n  }\n": types.QuestionPageFragmentDoc,
    "\n  subscription QuestionUpdated($id: ID!) {\n    questionUpdated(id: $id) {\n      ...QuestionPage\n    }\n  }\n": types.QuestionUpdatedDocument,
    "\n  query SuggestedAnswers($id: ID!) {\n    question(id: $id) {\n      id\n      suggestedAnswers(first: 3) {\n        answerId\n        excerpt\n        body\n        score\n        author {\n          handle\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.SuggestedAnswersDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      score\n      viewerVote\n    }\n  }\n": types.VoteAnswerDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n    }\n  }\n": types.EditQuestionDocument,
    "\n  mutation EscalateQuestion($input: EscalateQuestionInput!) {\n    escalateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.EscalateQuestionDocument,
    "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseQuestionDocument,
    "\n  mutation ClaimQuestion($input: ClaimQuestionInput!) {\n    claimQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ClaimQuestionDocument,
    "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReleaseClaimDocument,
    "\n  query PossibleDuplicates($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 3) {\n      title\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query MyAccount {\n    me {\n      id\n      handle\n      email\n      fullName\n      locale\n      createdAt\n      memberships {\n        roles\n        brand {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ExportMyData($input: ExportMyDataInput!) {\n    exportMyData(input: $input) {\n      generatedAt\n      data\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      id\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query Widget($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      languages\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n": types.WidgetDocument,
    "\n  query WidgetSearch($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 5) {\n      title\n      excerpt\n      question {\n        id\n      }\n    }\n  }\n": types.WidgetSearchDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      revokedSessions\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n": types.SignUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaderboardEntries on Leaderboard {\n    entries {\n      rank\n      previousRank\n      points\n      resolutions\n      expert {\n        id\n        user {\n          handle\n        }\n        level {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeaderboardEntries on Leaderboard {\n    entries {\n      rank\n      previousRank\n      points\n      resolutions\n      expert {\n        id\n        user {\n          handle\n        }\n        level {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderboardByPeriod($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      period\n      updatedAt\n      ...LeaderboardEntries\n    }\n  }\n"): (typeof documents)["\n  query LeaderboardByPeriod($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      period\n      updatedAt\n      ...LeaderboardEntries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveLeaderboard($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      ...LeaderboardEntries\n    }\n  }\n"): (typeof documents)["\n  subscription LiveLeaderboard($brandId: ID!, $period: LeaderboardPeriod!) {\n    leaderboard(brandId: $brandId, period: $period) {\n      ...LeaderboardEntries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brands {\n    brands {\n      id\n      slug\n      name\n      description\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query Brands {\n    brands {\n      id\n      slug\n      name\n      description\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandBySlug($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      languages\n      categories {\n        slug\n        name\n      }\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandBySlug($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      languages\n      categories {\n        slug\n        name\n      }\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentQuestions($brandId: ID!, $after: String) {\n    questions(brandId: $brandId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          status\n          category\n          language\n          createdAt\n          answerCount\n          author {\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentQuestions($brandId: ID!, $after: String) {\n    questions(brandId: $brandId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          status\n          category\n          language\n          createdAt\n          answerCount\n          author {\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeeklyLeaderboard($brandId: ID!) {\n    leaderboard(brandId: $brandId, period: WEEK) {\n      ...LeaderboardEntries\n    }\n  }\n"): (typeof documents)["\n  query WeeklyLeaderboard($brandId: ID!) {\n    leaderboard(brandId: $brandId, period: WEEK) {\n      ...LeaderboardEntries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCommunity($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 10) {\n      title\n      excerpt\n      score\n      question {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchCommunity($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 10) {\n      title\n      excerpt\n      score\n      question {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($brandId: ID!, $from: String!, $to: String!) {\n    questionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      asked\n      resolved\n      escalated\n      answered\n      resolutionRate\n      escalationRate\n      medianFirstAnswerSeconds\n      p90FirstAnswerSeconds\n      rated\n      meanRating\n      satisfiedRate\n      days {\n        day\n        asked\n        resolved\n        escalated\n      }\n      topCategories {\n        category\n        asked\n        resolved\n      }\n    }\n    deflectionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      deflected\n      days {\n        day\n        deflected\n      }\n    }\n    costAnalytics(brandId: $brandId, from: $from, to: $to) {\n      currency\n      paidResolutions\n      expertCostPerResolution {\n        amountMinor\n        currency\n      }\n      agentCostPerResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($brandId: ID!, $from: String!, $to: String!) {\n    questionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      asked\n      resolved\n      escalated\n      answered\n      resolutionRate\n      escalationRate\n      medianFirstAnswerSeconds\n      p90FirstAnswerSeconds\n      rated\n      meanRating\n      satisfiedRate\n      days {\n        day\n        asked\n        resolved\n        escalated\n      }\n      topCategories {\n        category\n        asked\n        resolved\n      }\n    }\n    deflectionAnalytics(brandId: $brandId, from: $from, to: $to) {\n      deflected\n      days {\n        day\n        deflected\n      }\n    }\n    costAnalytics(brandId: $brandId, from: $from, to: $to) {\n      currency\n      paidResolutions\n      expertCostPerResolution {\n        amountMinor\n        currency\n      }\n      agentCostPerResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys($brandId: ID!) {\n    apiKeys(brandId: $brandId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          scopes\n          rateLimitPerMinute\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys($brandId: ID!) {\n    apiKeys(brandId: $brandId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          scopes\n          rateLimitPerMinute\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($brandId: ID!) {\n    brandMembers(brandId: $brandId) {\n      roles\n      since\n      user {\n        id\n        handle\n        email\n        fullName\n      }\n    }\n    invitations(brandId: $brandId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($brandId: ID!) {\n    brandMembers(brandId: $brandId) {\n      roles\n      since\n      user {\n        id\n        handle\n        email\n        fullName\n      }\n    }\n    invitations(brandId: $brandId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRewardSettings($brandId: ID!) {\n    rewardPolicies(brandId: $brandId) {\n      id\n      category\n      expertShareBps\n      inKindItem\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    agentCost(brandId: $brandId) {\n      perResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRewardSettings($brandId: ID!) {\n    rewardPolicies(brandId: $brandId) {\n      id\n      category\n      expertShareBps\n      inKindItem\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    agentCost(brandId: $brandId) {\n      perResolution {\n        amountMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBudget($brandId: ID!, $currency: String!) {\n    brandBudget(brandId: $brandId, currency: $currency) {\n      balance {\n        amountMinor\n        currency\n      }\n      pendingEarnings {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBudget($brandId: ID!, $currency: String!) {\n    brandBudget(brandId: $brandId, currency: $currency) {\n      balance {\n        amountMinor\n        currency\n      }\n      pendingEarnings {\n        amountMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRewardPolicy($input: SetRewardPolicyInput!) {\n    setRewardPolicy(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRewardPolicy($input: SetRewardPolicyInput!) {\n    setRewardPolicy(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAgentCost($input: SetAgentCostInput!) {\n    setAgentCost(input: $input) {\n      brandId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetAgentCost($input: SetAgentCostInput!) {\n    setAgentCost(input: $input) {\n      brandId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFundBudget($input: FundBrandBudgetInput!) {\n    fundBrandBudget(input: $input) {\n      brandId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminFundBudget($input: FundBrandBudgetInput!) {\n    fundBrandBudget(input: $input) {\n      brandId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandSettings($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slaMinutes\n      claimMinutes\n      waveMinutes\n      maxClaimsPerExpert\n      openAnswering\n    }\n  }\n"): (typeof documents)["\n  query BrandSettings($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slaMinutes\n      claimMinutes\n      waveMinutes\n      maxClaimsPerExpert\n      openAnswering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentEscalations($brandId: ID!) {\n    escalations(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          language\n          createdAt\n          escalation {\n            reason\n            escalatedAt\n            note\n            agent {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n            email\n            fullName\n          }\n          answers {\n            id\n            body\n            private\n            createdAt\n            author {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentEscalations($brandId: ID!) {\n    escalations(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          language\n          createdAt\n          escalation {\n            reason\n            escalatedAt\n            note\n            agent {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n            email\n            fullName\n          }\n          answers {\n            id\n            body\n            private\n            createdAt\n            author {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgentEscalationQueue($brandId: ID!) {\n    escalationQueue(brandId: $brandId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription AgentEscalationQueue($brandId: ID!) {\n    escalationQueue(brandId: $brandId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentTakeEscalation($input: TakeEscalationInput!) {\n    takeEscalation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentTakeEscalation($input: TakeEscalationInput!) {\n    takeEscalation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentAnswerEscalation($input: AnswerEscalationInput!) {\n    answerEscalation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentAnswerEscalation($input: AnswerEscalationInput!) {\n    answerEscalation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentCloseEscalation($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AgentCloseEscalation($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarAsYouType($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 5) {\n      title\n      excerpt\n      highlights\n      score\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarAsYouType($brandId: ID!, $text: String!) {\n    similarQuestions(brandId: $brandId, text: $text, first: 5) {\n      title\n      excerpt\n      highlights\n      score\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDeflected($input: MarkDeflectedInput!) {\n    markDeflected(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDeflected($input: MarkDeflectedInput!) {\n    markDeflected(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinBrand($input: JoinBrandInput!) {\n    joinBrand(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation JoinBrand($input: JoinBrandInput!) {\n    joinBrand(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyParts on Money {\n    amountMinor\n    currency\n  }\n"): (typeof documents)["\n  fragment MoneyParts on Money {\n    amountMinor\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferItem on Offer {\n    id\n    status\n    offeredAt\n    expiresAt\n    question {\n      id\n      title\n      category\n      status\n      claim {\n        expiresAt\n        expert {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfferItem on Offer {\n    id\n    status\n    offeredAt\n    expiresAt\n    question {\n      id\n      title\n      category\n      status\n      claim {\n        expiresAt\n        expert {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarningItem on Earning {\n    id\n    status\n    expert {\n      id\n    }\n    createdAt\n    settledAt\n    expertShare {\n      ...MoneyParts\n    }\n    question {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment EarningItem on Earning {\n    id\n    status\n    expert {\n      id\n    }\n    createdAt\n    settledAt\n    expertShare {\n      ...MoneyParts\n    }\n    question {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertProfile($brandId: ID!) {\n    me {\n      id\n      handle\n      expert(brandId: $brandId) {\n        id\n        status\n        skills\n        languages\n        reputation\n        level {\n          name\n          rank\n          minReputation\n          nextLevelAt\n          progress\n        }\n        badges {\n          code\n          name\n          earnedAt\n        }\n        qualification {\n          score\n          passMark\n          passed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertProfile($brandId: ID!) {\n    me {\n      id\n      handle\n      expert(brandId: $brandId) {\n        id\n        status\n        skills\n        languages\n        reputation\n        level {\n          name\n          rank\n          minReputation\n          nextLevelAt\n          progress\n        }\n        badges {\n          code\n          name\n          earnedAt\n        }\n        qualification {\n          score\n          passMark\n          passed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertWork($brandId: ID!, $expertId: ID!) {\n    myOffers(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          ...OfferItem\n        }\n      }\n    }\n    expert(id: $expertId) {\n      id\n      earnings {\n        total {\n          ...MoneyParts\n        }\n        pending {\n          ...MoneyParts\n        }\n        recent(first: 10) {\n          ...EarningItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertWork($brandId: ID!, $expertId: ID!) {\n    myOffers(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          ...OfferItem\n        }\n      }\n    }\n    expert(id: $expertId) {\n      id\n      earnings {\n        total {\n          ...MoneyParts\n        }\n        pending {\n          ...MoneyParts\n        }\n        recent(first: 10) {\n          ...EarningItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationQuiz($brandId: ID!) {\n    qualificationQuiz(brandId: $brandId) {\n      passMark\n      questions {\n        id\n        kind\n        prompt\n        minWords\n        maxWords\n        choices {\n          id\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualificationQuiz($brandId: ID!) {\n    qualificationQuiz(brandId: $brandId) {\n      passMark\n      questions {\n        id\n        kind\n        prompt\n        minWords\n        maxWords\n        choices {\n          id\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExpertInbox {\n    expertInbox {\n      kind\n      offer {\n        ...OfferItem\n        brand {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExpertInbox {\n    expertInbox {\n      kind\n      offer {\n        ...OfferItem\n        brand {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExpertEarnings {\n    earnings {\n      earning {\n        ...EarningItem\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExpertEarnings {\n    earnings {\n      earning {\n        ...EarningItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAsExpert($input: ApplyAsExpertInput!) {\n    applyAsExpert(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAsExpert($input: ApplyAsExpertInput!) {\n    applyAsExpert(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQualification($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      status\n      qualification {\n        score\n        passMark\n        passed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQualification($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      status\n      qualification {\n        score\n        passMark\n        passed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertRewards($brandId: ID!) {\n    rewardCatalog(brandId: $brandId) {\n      id\n      name\n      description\n      stock\n      active\n      price {\n        ...MoneyParts\n      }\n    }\n    payoutSettings(brandId: $brandId) {\n      thresholdMinor\n    }\n    payouts(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          processedAt\n          failureReason\n          amount {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n    ledger(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          reference\n          createdAt\n          entries {\n            id\n            account {\n              kind\n              ownerId\n            }\n            amount {\n              ...MoneyParts\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      expert(brandId: $brandId) {\n        id\n        earnings {\n          available {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertRewards($brandId: ID!) {\n    rewardCatalog(brandId: $brandId) {\n      id\n      name\n      description\n      stock\n      active\n      price {\n        ...MoneyParts\n      }\n    }\n    payoutSettings(brandId: $brandId) {\n      thresholdMinor\n    }\n    payouts(brandId: $brandId, first: 20) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          processedAt\n          failureReason\n          amount {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n    ledger(brandId: $brandId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          reference\n          createdAt\n          entries {\n            id\n            account {\n              kind\n              ownerId\n            }\n            amount {\n              ...MoneyParts\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      expert(brandId: $brandId) {\n        id\n        earnings {\n          available {\n            ...MoneyParts\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemReward($input: RedeemRewardInput!) {\n    redeemReward(input: $input) {\n      id\n      item {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemReward($input: RedeemRewardInput!) {\n    redeemReward(input: $input) {\n      id\n      item {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionFeed($brandId: ID!) {\n    questionFeed(brandId: $brandId) {\n      kind\n      question {\n        id\n        title\n        status\n        createdAt\n        answerCount\n        author {\n          handle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuestionFeed($brandId: ID!) {\n    questionFeed(brandId: $brandId) {\n      kind\n      question {\n        id\n        title\n        status\n        createdAt\n        answerCount\n        author {\n          handle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      brand {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      brand {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionById($id: ID!) {\n    question(id: $id) {\n      ...QuestionPage\n    }\n  }\n"): (typeof documents)["\n  query QuestionById($id: ID!) {\n    question(id: $id) {\n      ...QuestionPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionPage on Question {\n    id\n    title\n    body\n    status\n    category\n    language\n    createdAt\n    rating\n    personalDataRedacted\n    author {\n      id\n      handle\n    }\n    claim {\n      expiresAt\n      expert {\n        id\n      }\n    }\n    escalation {\n      reason\n      escalatedAt\n    }\n    brand {\n      id\n      slug\n      name\n    }\n    answers {\n      id\n      body\n      accepted\n      score\n      viewerVote\n      createdAt\n      author {\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionPage on Question {\n    id\n    title\n    body\n    status\n    category\n    language\n    createdAt\n    rating\n    personalDataRedacted\n    author {\n      id\n      handle\n    }\n    claim {\n      expiresAt\n      expert {\n        id\n      }\n    }\n    escalation {\n      reason\n      escalatedAt\n    }\n    brand {\n      id\n      slug\n      name\n    }\n    answers {\n      id\n      body\n      accepted\n      score\n      viewerVote\n      createdAt\n      author {\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionUpdated($id: ID!) {\n    questionUpdated(id: $id) {\n      ...QuestionPage\n    }\n  }\n"): (typeof documents)["\n  subscription QuestionUpdated($id: ID!) {\n    questionUpdated(id: $id) {\n      ...QuestionPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedAnswers($id: ID!) {\n    question(id: $id) {\n      id\n      suggestedAnswers(first: 3) {\n        answerId\n        excerpt\n        body\n        score\n        author {\n          handle\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedAnswers($id: ID!) {\n    question(id: $id) {\n      id\n      suggestedAnswers(first: 3) {\n        answerId\n        excerpt\n        body\n        score\n        author {\n          handle\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      score\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      score\n      viewerVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateQuestion($input: EscalateQuestionInput!) {\n    escalateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateQuestion($input: EscalateQuestionInput!) {\n    escalateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimQuestion($input: ClaimQuestionInput!) {\n    claimQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimQuestion($input: ClaimQuestionInput!) {\n    claimQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 3) {\n      title\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 3) {\n      title\n      duplicate\n      question {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      handle\n      email\n      fullName\n      locale\n      createdAt\n      memberships {\n        roles\n        brand {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      handle\n      email\n      fullName\n      locale\n      createdAt\n      memberships {\n        roles\n        brand {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData($input: ExportMyDataInput!) {\n    exportMyData(input: $input) {\n      generatedAt\n      data\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData($input: ExportMyDataInput!) {\n    exportMyData(input: $input) {\n      generatedAt\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Widget($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      languages\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query Widget($slug: String!) {\n    brand(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      languages\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetSearch($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 5) {\n      title\n      excerpt\n      question {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetSearch($brandId: ID!, $text: String!, $language: String) {\n    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 5) {\n      title\n      excerpt\n      question {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      revokedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      revokedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        handle\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;