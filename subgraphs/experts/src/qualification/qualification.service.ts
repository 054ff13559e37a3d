// Becoming an expert: apply to a brand, take its quiz, get approved by one of its admins.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import { publishEvent } from '@peerdesk/runtime/events';
import { EXPERT_APPROVED, type ExpertApproved } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { requireRole, requireUser, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import { Expert, ExpertStatus } from '../expert/expert.entity.ts';
import type { ApplyAsExpertInput, ApproveExpertInput } from '../expert/expert.input.ts';
import { quizFor } from './quiz.registry.ts';
import { scoreQuiz } from './quiz.scoring.ts';
import { QuizQuestionKind, type QualificationQuiz, type SubmitQualificationInput } from './qualification.types.ts';

export class QualificationService {
  constructor(private readonly em: EntityManager) {}

  /** The brand's quiz as applicants see it: no correct answers, no keywords. Null when the brand has none. */
  quiz(brandId: string): QualificationQuiz | null {
    const quiz = quizFor(brandId);
    if (!quiz) return null;
    return {
      brandId,
      passMark: quiz.passMark,
      questions: quiz.questions.map((q) => ({
        id: q.id,
        kind: q.kind === 'MULTIPLE_CHOICE' ? QuizQuestionKind.MULTIPLE_CHOICE : QuizQuestionKind.WRITING,
        prompt: q.prompt,
        choices: q.kind === 'MULTIPLE_CHOICE' ? q.choices : [],
        minWords: q.kind === 'WRITING' ? q.minWords : null,
        maxWords: q.kind === 'WRITING' ? q.maxWords : null,
      })),
    };
  }

  /** A member of the brand asks to become one of its experts; the profile waits, PENDING, for quiz and approval. */
  async apply(viewer: Viewer, input: ApplyAsExpertInput): Promise<Expert> {
    const user = requireUser(viewer);
    if (rolesIn(user, input.brandId).length === 0) throw forbidden('Join the brand before applying as its expert.');
    const id = expertId(input.brandId, user.userId);
    if (await this.em.findOne(Expert, { id })) throw conflict('You already have an expert profile in this brand.');
    const expert = this.em.create(Expert, {
      id,
      userId: user.userId,
      brandId: input.brandId,
      status: ExpertStatus.PENDING,
      skills: [...new Set(input.skills)],
      languages: [...new Set(input.languages)],
      bio: input.bio.trim(),
      available: true,
    });
    await this.em.flush();
    return expert;
  }

  /**
   * Scores the applicant's answers against the brand's pass mark. Invited experts (the expert role from identity,
   * no application) get a PENDING profile here on their first attempt. Retakes are allowed until approval.
   */
  async submit(viewer: Viewer, input: SubmitQualificationInput): Promise<Expert> {
    const user = requireUser(viewer);
    const quiz = quizFor(input.brandId);
    if (!quiz) throw notFound('Qualification quiz');
    return this.em.transactional(async (em) => {
      const id = expertId(input.brandId, user.userId);
      let expert = await em.findOne(Expert, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!expert) {
        if (!rolesIn(user, input.brandId).includes('expert')) throw notFound('Expert application');
        expert = em.create(Expert, { id, userId: user.userId, brandId: input.brandId, status: ExpertStatus.PENDING });
      }
      if (expert.status !== ExpertStatus.PENDING) throw conflict('Only a pending expert takes the qualification quiz.');
      const result = scoreQuiz(quiz, input.answers);
      expert.qualificationScore = result.score;
      expert.qualificationPassed = result.passed;
      expert.qualifiedAt = new Date();
      await em.flush();
      return expert;
    });
  }

  /** An admin of the expert's brand activates the profile; identity hears of it through ExpertApproved. */
  async approve(viewer: Viewer, input: ApproveExpertInput): Promise<Expert> {
    return this.em.transactional(async (em) => {
      const expert = await em.findOne(Expert, { id: input.expertId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!expert) throw notFound('Expert');
      requireRole(viewer, expert.brandId, ['admin']);
      if (expert.status !== ExpertStatus.PENDING) throw conflict(`The expert is ${expert.status}, not PENDING.`);
      if (!input.waiveQuiz && !expert.qualificationPassed) {
        throw conflict('The expert has not passed the qualification quiz; approve with waiveQuiz to skip it.');
      }
      expert.status = ExpertStatus.ACTIVE;
      expert.approvedAt = new Date();
      await em.flush();
      const approved: ExpertApproved = { brandId: expert.brandId, userId: expert.userId, expertId: expert.id };
      await publishEvent(em, EXPERT_APPROVED, { ...approved });
      return expert;
    });
  }
}
