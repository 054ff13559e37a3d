// Keeps the index in step with the questions subgraph: asked questions are remembered, resolved ones indexed.
import type { EventHandler } from '@peerdesk/runtime/events';
import { QUESTION_ASKED, QUESTION_RESOLVED, type QuestionAsked, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { SuggestedAnswerService } from '../suggested/suggested.service.ts';
import { searchAdapterFor } from './search.adapter.factory.ts';

// Both handlers are upserts keyed by question id, so a redelivered or replayed event changes nothing.
export function indexConsumers(): Record<string, EventHandler> {
  return {
    [QUESTION_ASKED]: async (event, em) => {
      const asked = event.payload as unknown as QuestionAsked;
      await new SuggestedAnswerService(em, searchAdapterFor(em)).remember(asked);
    },
    [QUESTION_RESOLVED]: async (event, em) => {
      const resolved = event.payload as unknown as QuestionResolved;
      const adapter = searchAdapterFor(em);
      await new SuggestedAnswerService(em, adapter).remember(resolved);
      await adapter.index([
        {
          questionId: resolved.questionId,
          brandId: resolved.brandId,
          language: resolved.language,
          title: resolved.title,
          body: resolved.body,
          answerId: resolved.answerId,
          answerBody: resolved.answerBody,
          answerAuthorId: resolved.expertUserId,
          resolvedAt: new Date(resolved.resolvedAt),
        },
      ]);
    },
  };
}
