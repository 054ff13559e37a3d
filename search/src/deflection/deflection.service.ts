import type { EntityManager } from '@peerdesk/runtime/database';
import { notFound } from '@peerdesk/runtime/errors';
import { requireScope, type Viewer } from '@peerdesk/runtime/viewer';
import { QuestionText } from '../suggested/question-text.entity.ts';
import type { MarkDeflectedInput } from './deflection.input.ts';
import { Deflection } from './deflection.entity.ts';

export class DeflectionService {
  constructor(private readonly em: EntityManager) {}

  /** Anyone may record a deflection (anonymous visitors too); partner keys need write:questions in their brand. */
  async markDeflected(viewer: Viewer, input: MarkDeflectedInput): Promise<Deflection> {
    if (viewer.kind === 'partner') requireScope(viewer, input.brandId, 'write:questions');
    const known = await this.em.count(QuestionText, { questionId: input.questionId, brandId: input.brandId });
    if (!known) throw notFound('Question');
    const deflection = this.em.create(Deflection, {
      brandId: input.brandId,
      questionId: input.questionId,
      text: input.text.trim(),
      viewerUserId: viewer.kind === 'user' ? viewer.userId : null,
    });
    await this.em.persist(deflection).flush();
    return deflection;
  }
}
