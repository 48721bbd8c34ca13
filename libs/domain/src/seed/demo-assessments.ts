import type { EntityManager } from 'typeorm';
import {
  AssessmentAnswerEntity,
  AssessmentAttemptEntity,
  AssessmentEntity,
  AssessmentItemEntity,
  AssessmentQuestionEntity,
  type QuestionKind,
} from '../assessments/assessment.entity.js';
import { isCorrect, percentOf, type AnswerKey, type Response } from '../assessments/grading.js';

/** Fixed ids so that seeding twice changes nothing (attempts and answers are inserted once). */
const qst = (n: number) => `00000000-0000-4000-d000-0000000000${String(n).padStart(2, '0')}`;
const asm = (n: number) => `00000000-0000-4000-d100-0000000000${String(n).padStart(2, '0')}`;
const att = (n: number) => `00000000-0000-4000-d200-0000000000${String(n).padStart(2, '0')}`;
const PROGRAMME = '00000000-0000-4000-a000-000000000001';
const INSTRUCTOR = '00000000-0000-4000-9000-000000000003';
const usr = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;

type Texts = Record<string, string>;
const opt = (id: string, en: string, ja: string) => ({ id, texts: { en, ja } });

const QUESTIONS: {
  kind: QuestionKind;
  texts: Texts;
  options?: { id: string; texts: Texts }[];
  key: AnswerKey;
  points: number;
}[] = [
  {
    kind: 'single_choice',
    texts: {
      en: 'In the 23 wards, which of these is collected as combustible waste?',
      ja: '23区で可燃ごみとして収集されるものはどれですか。',
    },
    options: [
      opt('a', 'Glass bottles', 'ガラスびん'),
      opt('b', 'Kitchen waste', '生ごみ'),
      opt('c', 'Aluminium cans', 'アルミ缶'),
    ],
    key: { optionIds: ['b'] },
    points: 1,
  },
  {
    kind: 'multiple_choice',
    texts: { en: 'Which of these are among the 3Rs?', ja: '3Rに含まれるものをすべて選んでください。' },
    options: [
      opt('a', 'Reduce', 'リデュース（発生抑制）'),
      opt('b', 'Reclaim land', '埋立'),
      opt('c', 'Reuse', 'リユース（再使用）'),
      opt('d', 'Recycle', 'リサイクル（再生利用）'),
    ],
    key: { optionIds: ['a', 'c', 'd'] },
    points: 2,
  },
  {
    kind: 'true_false',
    texts: {
      en: 'Fly ash from incineration may go to a landfill without any treatment.',
      ja: '焼却で生じる飛灰は、処理をせずに埋め立ててよい。',
    },
    key: { optionIds: ['false'] },
    points: 1,
  },
  {
    kind: 'short_answer',
    texts: {
      en: 'What is the ash collected by the flue-gas filters of an incineration plant called?',
      ja: '清掃工場の排ガス処理設備（ろ過式集じん器）で捕集される灰を何と言いますか。',
    },
    key: { accepted: ['fly ash', '飛灰'] },
    points: 1,
  },
  {
    kind: 'numeric',
    texts: {
      en: 'At what minimum furnace temperature (°C) are dioxins kept from forming?',
      ja: 'ダイオキシン類の発生を抑えるための最低炉温（℃）はいくつですか。',
    },
    key: { value: 850, tolerance: 10 },
    points: 2,
  },
  {
    kind: 'single_choice',
    texts: {
      en: 'Where does the residue of Tokyo’s 23 wards go after intermediate treatment?',
      ja: '23区の中間処理後の残さはどこへ運ばれますか。',
    },
    options: [
      opt('a', 'The Central Breakwater landfill sites', '中央防波堤の埋立処分場'),
      opt('b', 'Abroad', '海外'),
      opt('c', 'Back to households', '各家庭'),
    ],
    key: { optionIds: ['a'] },
    points: 1,
  },
];

/** How each active demo trainee answered: before (pre-test) and after (post-test). */
const ANSWERS: Record<'pre' | 'post', Record<number, Response[]>> = {
  pre: {
    4: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'd'] },
      { optionIds: ['true'] },
      { text: 'bottom ash' },
      { value: 600 },
      { optionIds: ['a'] },
    ],
    5: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c', 'd'] },
      { optionIds: ['false'] },
      { text: 'ash' },
      { value: 800 },
      { optionIds: ['a'] },
    ],
    8: [
      { optionIds: ['a'] },
      { optionIds: ['a'] },
      { optionIds: ['true'] },
      { text: '' },
      { value: 500 },
      { optionIds: ['b'] },
    ],
    9: [
      { optionIds: ['b'] },
      { optionIds: ['c', 'd'] },
      { optionIds: ['false'] },
      { text: 'Fly ash' },
      { value: 700 },
      { optionIds: ['c'] },
    ],
    10: [
      { optionIds: ['c'] },
      { optionIds: ['a', 'c'] },
      { optionIds: ['true'] },
      { text: 'dust' },
      { value: 1000 },
      { optionIds: ['a'] },
    ],
  },
  post: {
    4: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c', 'd'] },
      { optionIds: ['false'] },
      { text: ' Fly  Ash ' },
      { value: 855 },
      { optionIds: ['a'] },
    ],
    5: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c', 'd'] },
      { optionIds: ['false'] },
      { text: '飛灰' },
      { value: 850 },
      { optionIds: ['a'] },
    ],
    8: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c'] },
      { optionIds: ['false'] },
      { text: 'fly ash' },
      { value: 800 },
      { optionIds: ['a'] },
    ],
    9: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c', 'd'] },
      { optionIds: ['false'] },
      { text: 'FLY ASH' },
      { value: 860 },
      { optionIds: ['a'] },
    ],
    10: [
      { optionIds: ['b'] },
      { optionIds: ['a', 'c', 'd'] },
      { optionIds: ['true'] },
      { text: 'fly ash' },
      { value: 850 },
      { optionIds: ['b'] },
    ],
  },
};

/**
 * A pre-test (distance-learning phase) and a post-test (last day in Tokyo) of the Ministry of the
 * Environment's programme, in English and Japanese, from one pool of six questions of every kind; each
 * active demo trainee has a submitted attempt at both, graded by the real rules.
 */
export async function seedDemoAssessments(em: EntityManager): Promise<number> {
  await em.upsert(
    AssessmentQuestionEntity,
    QUESTIONS.map((q, i) => ({
      id: qst(i + 1),
      programmeId: PROGRAMME,
      kind: q.kind,
      texts: JSON.stringify(q.texts),
      options:
        q.kind === 'true_false'
          ? JSON.stringify([opt('true', 'True', '正しい'), opt('false', 'False', '誤り')])
          : q.options
            ? JSON.stringify(q.options)
            : null,
      answerKey: JSON.stringify(q.key),
      points: q.points,
      retiredAt: null,
      createdBy: INSTRUCTOR,
    })),
    ['id'],
  );
  const tests = [
    {
      id: asm(1),
      kind: 'pre_test' as const,
      title: 'Pre-test: municipal solid waste management',
      opensAt: new Date('2027-01-25T00:00:00Z'),
      closesAt: new Date('2027-02-03T06:00:00Z'),
      answers: ANSWERS.pre,
      at: new Date('2027-02-01T02:00:00Z'),
    },
    {
      id: asm(2),
      kind: 'post_test' as const,
      title: 'Post-test: municipal solid waste management',
      opensAt: new Date('2027-03-04T07:00:00Z'),
      closesAt: new Date('2027-03-06T15:00:00Z'),
      answers: ANSWERS.post,
      at: new Date('2027-03-05T01:00:00Z'),
    },
  ];
  await em.upsert(
    AssessmentEntity,
    tests.map((t) => ({
      id: t.id,
      programmeId: PROGRAMME,
      sessionId: null,
      kind: t.kind,
      exclusiveKind: t.kind,
      title: t.title,
      timeLimitMinutes: 30,
      attemptsAllowed: t.kind === 'pre_test' ? 1 : 2,
      opensAt: t.opensAt,
      closesAt: t.closesAt,
      passPercent: t.kind === 'post_test' ? 70 : null,
      answerVisibility: t.kind === 'pre_test' ? ('never' as const) : ('after_close' as const),
      status: 'published' as const,
      publishedAt: new Date('2027-01-20T00:00:00Z'),
      createdBy: INSTRUCTOR,
    })),
    ['id'],
  );
  await em.upsert(
    AssessmentItemEntity,
    tests.flatMap((t) =>
      QUESTIONS.map((_, i) => ({ assessmentId: t.id, questionId: qst(i + 1), position: i + 1 })),
    ),
    ['assessmentId', 'questionId'],
  );
  const existing = new Set(
    (await em.find(AssessmentAttemptEntity, { where: { assessmentId: tests[0]!.id } }))
      .concat(await em.find(AssessmentAttemptEntity, { where: { assessmentId: tests[1]!.id } }))
      .map((a) => a.id),
  );
  const max = QUESTIONS.reduce((s, q) => s + q.points, 0);
  let n = 0;
  for (const test of tests)
    for (const [user, responses] of Object.entries(test.answers)) {
      const id = att(++n);
      if (existing.has(id)) continue;
      const points = QUESTIONS.map((q, i) => (isCorrect(q.kind, q.key, responses[i] ?? null) ? q.points : 0));
      const score = points.reduce((s, p) => s + p, 0);
      const startedAt = new Date(test.at.getTime() + Number(user) * 60_000);
      await em.insert(AssessmentAttemptEntity, {
        id,
        assessmentId: test.id,
        userId: usr(Number(user)),
        number: 1,
        status: 'submitted',
        startedAt,
        deadlineAt: new Date(startedAt.getTime() + 30 * 60_000),
        submittedAt: new Date(startedAt.getTime() + 18 * 60_000),
        autoSubmitted: false,
        score,
        maxScore: max,
        percent: percentOf(score, max),
      });
      await em.insert(
        AssessmentAnswerEntity,
        QUESTIONS.map((_, i) => ({
          attemptId: id,
          questionId: qst(i + 1),
          response: JSON.stringify(responses[i] ?? null),
          autoPoints: points[i]!,
        })),
      );
    }
  return tests.length;
}
