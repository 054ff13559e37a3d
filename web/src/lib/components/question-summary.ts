// The fields a question list shows; the feed's events carry the same ones.
export interface QuestionSummary {
  id: string;
  title: string;
  status: string;
  createdAt: string;
  answerCount: number;
  author: { handle: string };
}
