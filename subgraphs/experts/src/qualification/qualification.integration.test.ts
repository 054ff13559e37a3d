import { randomUUID } from 'node:crypto';
import { NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import { EXPERT_APPROVED } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS, type Role, type Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experts } from '../service.ts';
import { userViewer } from '../testing/inbox.client.ts';
import { TELCO_QUIZ } from './quizzes/telco-sol.quiz.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const EXPERT_FIELDS = 'id status skills languages bio available approvedAt qualification { score passMark passed }';
const APPLY = `mutation ($input: ApplyAsExpertInput!) { applyAsExpert(input: $input) { ${EXPERT_FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitQualificationInput!) { submitQualification(input: $input) { ${EXPERT_FIELDS} } }`;
const APPROVE = `mutation ($input: ApproveExpertInput!) { approveExpert(input: $input) { ${EXPERT_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateExpertProfileInput!) { updateExpertProfile(input: $input) { ${EXPERT_FIELDS} } }`;
const QUIZ = `query ($brandId: ID!) { qualificationQuiz(brandId: $brandId) { brandId passMark questions { id kind prompt choices { id text } minWords maxWords } } }`;

const as = async <T = Record<string, Record<string, unknown>>>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(service.url, query, variables, await asViewer(viewer));
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const member = (brandId: string, roles: Role[] = ['customer']) => userViewer(randomUUID(), [{ brandId, roles }]);
const adminOf = (brandId: string) => member(brandId, ['admin']);

const application = (brandId: string) => ({ brandId, skills: ['roaming', 'fibra'], languages: ['es'], bio: ' Viajo mucho. ' });
const perfectAnswers = TELCO_QUIZ.questions.map((q) =>
  q.kind === 'MULTIPLE_CHOICE'
    ? { questionId: q.id, choiceId: q.correctChoiceId }
    : { questionId: q.id, text: `Para la portabilidad del número pide una SIM nueva; tarda unos días. ${'Es sencillo y rápido. '.repeat(8)}` },
);
const poorAnswers = TELCO_QUIZ.questions.map((q) => ({ questionId: q.id, choiceId: 'c', text: 'no sé' }));

async function approvedEvents(userId: string) {
  return service.orm.em.fork().execute<{ payload: Record<string, string> }[]>("select payload from bus.event where type = ? and payload->>'userId' = ?", [
    EXPERT_APPROVED,
    userId,
  ]);
}

describe('becoming an expert', () => {
  it('applies, passes the quiz, gets approved by an admin and is announced to identity', async () => {
    const viewer = member(TELCO.id);
    const userId = (viewer as Extract<Viewer, { kind: 'user' }>).userId;
    const applied = await as(viewer, APPLY, { input: application(TELCO.id) });
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyAsExpert).toMatchObject({
      id: expertId(TELCO.id, userId),
      status: 'PENDING',
      skills: ['roaming', 'fibra'],
      bio: 'Viajo mucho.',
      qualification: null,
    });

    const submitted = await as(viewer, SUBMIT, { input: { brandId: TELCO.id, answers: perfectAnswers } });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitQualification).toMatchObject({ status: 'PENDING', qualification: { score: 100, passMark: 75, passed: true } });

    const approved = await as(adminOf(TELCO.id), APPROVE, { input: { expertId: expertId(TELCO.id, userId) } });
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveExpert).toMatchObject({ status: 'ACTIVE', qualification: { passed: true } });
    expect(approved.data?.approveExpert.approvedAt).toBeTruthy();
    expect((await approvedEvents(userId)).map((e) => e.payload)).toEqual([{ brandId: TELCO.id, userId, expertId: expertId(TELCO.id, userId) }]);
  });

  it('keeps a failed applicant pending until a retake passes or an admin waives the quiz', async () => {
    const viewer = member(TELCO.id);
    await as(viewer, APPLY, { input: application(TELCO.id) });
    const failed = await as(viewer, SUBMIT, { input: { brandId: TELCO.id, answers: poorAnswers } });
    expect(failed.data?.submitQualification).toMatchObject({ qualification: { score: 0, passed: false } });
    const id = failed.data!.submitQualification.id as string;

    const refused = await as(adminOf(TELCO.id), APPROVE, { input: { expertId: id } });
    expect(code(refused)).toBe('CONFLICT');
    const waived = await as(adminOf(TELCO.id), APPROVE, { input: { expertId: id, waiveQuiz: true } });
    expect(waived.data?.approveExpert).toMatchObject({ status: 'ACTIVE' });
    expect(code(await as(adminOf(TELCO.id), APPROVE, { input: { expertId: id, waiveQuiz: true } }))).toBe('CONFLICT');
    expect(code(await as(viewer, SUBMIT, { input: { brandId: TELCO.id, answers: perfectAnswers } }))).toBe('CONFLICT');
  });

  it('lets an invited expert take the quiz without applying', async () => {
    const invited = member(NIMBUS.id, ['expert']);
    const result = await as(invited, SUBMIT, { input: { brandId: NIMBUS.id, answers: [] } });
    expect(result.data?.submitQualification).toMatchObject({ status: 'PENDING', qualification: { score: 0, passed: false, passMark: 70 } });
    expect(code(await as(member(NIMBUS.id), SUBMIT, { input: { brandId: NIMBUS.id, answers: [] } }))).toBe('NOT_FOUND');
  });

  it('refuses non-members, a second application, approvals by non-admins and bad input', async () => {
    const viewer = member(TELCO.id);
    expect(code(await as(userViewer(randomUUID()), APPLY, { input: application(TELCO.id) }))).toBe('FORBIDDEN');
    expect(code(await as(ANONYMOUS, APPLY, { input: application(TELCO.id) }))).toBe('UNAUTHENTICATED');
    const applied = await as(viewer, APPLY, { input: application(TELCO.id) });
    expect(code(await as(viewer, APPLY, { input: application(TELCO.id) }))).toBe('CONFLICT');
    const id = applied.data!.applyAsExpert.id as string;
    expect(code(await as(viewer, APPROVE, { input: { expertId: id, waiveQuiz: true } }))).toBe('FORBIDDEN');
    expect(code(await as(adminOf(NIMBUS.id), APPROVE, { input: { expertId: id, waiveQuiz: true } }))).toBe('FORBIDDEN');
    expect(code(await as(adminOf(TELCO.id), APPROVE, { input: { expertId: randomUUID() } }))).toBe('NOT_FOUND');
    expect(code(await as(member(TELCO.id), APPLY, { input: { ...application(TELCO.id), languages: ['spanish'] } }))).toBe('BAD_USER_INPUT');
    expect(code(await as(member(TELCO.id), APPLY, { input: { ...application(TELCO.id), skills: [] } }))).toBe('BAD_USER_INPUT');
    expect(code(await as(viewer, SUBMIT, { input: { brandId: randomUUID(), answers: [] } }))).toBe('NOT_FOUND');
  });

  it("shows the quiz result only to the expert and the brand's admins", async () => {
    const viewer = member(TELCO.id);
    const submitted = (await as(viewer, APPLY, { input: application(TELCO.id) })).data!.applyAsExpert;
    await as(viewer, SUBMIT, { input: { brandId: TELCO.id, answers: perfectAnswers } });
    const read = async (who: Viewer) =>
      (await as<{ expert: { qualification: unknown } }>(who, 'query ($id: ID!) { expert(id: $id) { qualification { score } } }', { id: submitted.id })).data
        ?.expert.qualification;
    expect(await read(viewer)).toEqual({ score: 100 });
    expect(await read(adminOf(TELCO.id))).toEqual({ score: 100 });
    expect(await read(member(TELCO.id))).toBeNull();
    expect(await read(adminOf(NIMBUS.id))).toBeNull();
  });
});

describe('qualificationQuiz', () => {
  it("serves each demo brand's quiz without its answers, and null for a brand without one", async () => {
    const result = await as<{ qualificationQuiz: { passMark: number; questions: { kind: string; choices: unknown[]; minWords: number | null }[] } }>(
      ANONYMOUS,
      QUIZ,
      { brandId: NIMBUS.id },
    );
    expect(result.errors).toBeUndefined();
    const quiz = result.data!.qualificationQuiz;
    expect(quiz.passMark).toBe(70);
    expect(quiz.questions.map((q) => q.kind)).toEqual(['MULTIPLE_CHOICE', 'MULTIPLE_CHOICE', 'MULTIPLE_CHOICE', 'WRITING']);
    expect(JSON.stringify(quiz)).not.toMatch(/correct|keywords/);
    expect((await as(ANONYMOUS, QUIZ, { brandId: TELCO.id })).data?.qualificationQuiz).toMatchObject({ passMark: 75 });
    expect((await as(ANONYMOUS, QUIZ, { brandId: randomUUID() })).data?.qualificationQuiz).toBeNull();
  });
});

describe('updateExpertProfile', () => {
  it('changes only the given fields of the signed-in expert, and availability takes them out of routing', async () => {
    const viewer = member(TELCO.id);
    await as(viewer, APPLY, { input: application(TELCO.id) });
    const updated = await as(viewer, UPDATE, { input: { brandId: TELCO.id, languages: ['es', 'en'], available: false } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateExpertProfile).toMatchObject({ skills: ['roaming', 'fibra'], languages: ['es', 'en'], bio: 'Viajo mucho.', available: false });
    expect(code(await as(member(TELCO.id), UPDATE, { input: { brandId: TELCO.id, bio: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await as(viewer, UPDATE, { input: { brandId: TELCO.id, languages: ['xx1'] } }))).toBe('BAD_USER_INPUT');
  });
});
