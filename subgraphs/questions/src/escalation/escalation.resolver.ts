import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Answer } from '../answer/answer.entity.ts';
import { seesPersonalData } from '../privacy/visibility.ts';
import { QuestionConnection } from '../question/question.connection.ts';
import { Question } from '../question/question.entity.ts';
import { EscalationService } from './escalation.service.ts';
import { AnswerEscalationInput, EscalateQuestionInput, Escalation, EscalationsArgs, TakeEscalationInput } from './escalation.type.ts';

@Resolver(() => Question)
export class EscalationResolver {
  @Query(() => QuestionConnection, { description: 'The brand’s escalated questions, oldest first, unredacted: agents and admins only.' })
  escalations(@Args(() => EscalationsArgs) args: EscalationsArgs, @Ctx() ctx: ServiceContext): Promise<QuestionConnection> {
    return new EscalationService(ctx.em, ctx.pubsub).queue(ctx.viewer, args);
  }

  @Mutation(() => Question, { description: 'The asker hands the question to the brand’s agents.' })
  escalateQuestion(@Arg('input', () => EscalateQuestionInput) input: EscalateQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new EscalationService(ctx.em, ctx.pubsub).escalate(ctx.viewer, input);
  }

  @Mutation(() => Question, { description: 'An agent takes an escalated question.' })
  takeEscalation(@Arg('input', () => TakeEscalationInput) input: TakeEscalationInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new EscalationService(ctx.em, ctx.pubsub).take(ctx.viewer, input);
  }

  @Mutation(() => Answer, { description: 'An agent replies privately to the asker of an escalated question.' })
  answerEscalation(@Arg('input', () => AnswerEscalationInput) input: AnswerEscalationInput, @Ctx() ctx: ServiceContext): Promise<Answer> {
    return new EscalationService(ctx.em, ctx.pubsub).answer(ctx.viewer, input);
  }

  @FieldResolver(() => Escalation, { nullable: true, description: 'Set once the question has gone to agents.' })
  escalation(@Root() question: Question, @Ctx() ctx: ServiceContext): Escalation | null {
    if (!question.escalationReason || !question.escalatedAt) return null;
    return {
      reason: question.escalationReason,
      escalatedAt: question.escalatedAt,
      agent: question.escalationAgentUserId ? { id: question.escalationAgentUserId } : null,
      note: seesPersonalData(ctx.viewer, question) ? question.escalationNote : null,
    };
  }
}
