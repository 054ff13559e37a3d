// Seeds the demo community's search index: every resolved demo question with its accepted answer, and the
// text of every demo question (for suggested answers). Upserts by question id, so it is idempotent.
import type { EntityManager } from '@peerdesk/runtime/database';
import { DEMO_QUESTIONS, accountByEmail } from '@peerdesk/runtime/demo/community';
import { searchAdapterFor } from './index/search.adapter.factory.ts';
import type { IndexedQuestion } from './index/search.adapter.ts';
import { SuggestedAnswerService } from './suggested/suggested.service.ts';

const HOUR = 3_600_000;

export async function seedSearch(em: EntityManager): Promise<void> {
  const adapter = searchAdapterFor(em);
  const suggestions = new SuggestedAnswerService(em, adapter);
  const resolved: IndexedQuestion[] = [];
  for (const q of DEMO_QUESTIONS) {
    await suggestions.remember({ questionId: q.id, brandId: q.brandId, language: q.language, title: q.title, body: q.body });
    const accepted = q.answers.find((answer) => answer.accepted);
    if (q.state !== 'resolved' || !accepted) continue;
    resolved.push({
      questionId: q.id,
      brandId: q.brandId,
      language: q.language,
      title: q.title,
      body: q.body,
      answerId: accepted.id,
      answerBody: accepted.body,
      answerAuthorId: accountByEmail(accepted.expertEmail).id,
      // Resolved an hour after the accepted answer, like the questions subgraph's seed tells the story.
      resolvedAt: new Date(Date.now() - q.hoursAgo * HOUR + accepted.minutesAfterAsk * 60_000 + HOUR),
    });
  }
  await adapter.index(resolved);
}
