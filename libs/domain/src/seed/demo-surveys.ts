import type { EntityManager } from 'typeorm';
import { aggregateSurvey } from '../surveys/survey-results.js';
import type { SurveyQuestionInput } from '../surveys/survey-rules.js';
import {
  SurveyEntity,
  SurveyInvitationEntity,
  SurveyQuestionEntity,
  SurveyTemplateEntity,
} from '../surveys/survey.entity.js';

/** Fixed ids so that seeding twice changes nothing (responses are written once, with their survey). */
const tpl = (n: number) => `00000000-0000-4000-e000-0000000000${String(n).padStart(2, '0')}`;
const srv = (n: number) => `00000000-0000-4000-e100-0000000000${String(n).padStart(2, '0')}`;
const sqn = (s: number, n: number) =>
  `00000000-0000-4000-e2${String(s).padStart(2, '0')}-0000000000${String(n).padStart(2, '0')}`;
const inv = (s: number, n: number) =>
  `00000000-0000-4000-e3${String(s).padStart(2, '0')}-0000000000${String(n).padStart(2, '0')}`;
const rsp = (s: number, n: number) =>
  `00000000-0000-4000-e4${String(s).padStart(2, '0')}-0000000000${String(n).padStart(2, '0')}`;
const eml = (s: number, n: number) =>
  `00000000-0000-4000-e5${String(s).padStart(2, '0')}-0000000000${String(n).padStart(2, '0')}`;
const usr = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;
const COORDINATOR = usr(2);
/** TMG collaborative study webinars: six active trainees from six countries. */
const WEBINARS = '00000000-0000-4000-a000-000000000003';
const FIBER_WEBINAR = '00000000-0000-4000-a200-000000000009';
const TRAINEES = [5, 6, 7, 10, 11, 12].map(usr);

const SCALE = [
  { en: 'Not at all', ja: '全くそう思わない' },
  { en: 'Slightly', ja: 'あまりそう思わない' },
  { en: 'Moderately', ja: 'どちらともいえない' },
  { en: 'Very', ja: 'そう思う' },
  { en: 'Extremely', ja: '強くそう思う' },
];

const L1: SurveyQuestionInput[] = [
  {
    kind: 'likert',
    texts: { en: 'The session was useful for my work.', ja: 'このセッションは業務に役立った。' },
    scaleLabels: SCALE,
  },
  {
    kind: 'matrix',
    texts: { en: 'Rate each part of the session.', ja: 'セッションの各要素を評価してください。' },
    rows: [
      { id: 'content', texts: { en: 'Content', ja: '内容' } },
      { id: 'speakers', texts: { en: 'Speakers', ja: '講師' } },
      { id: 'interpreting', texts: { en: 'Interpreting', ja: '通訳' } },
    ],
    scaleLabels: SCALE,
  },
  {
    kind: 'nps',
    texts: {
      en: 'How likely are you to recommend this session to a colleague?',
      ja: 'このセッションを同僚に勧める可能性はどのくらいですか。',
    },
  },
  {
    kind: 'text',
    texts: { en: 'What would you change?', ja: '改善点があればお書きください。' },
    required: false,
  },
];

const PROGRAMME_END: SurveyQuestionInput[] = [
  {
    kind: 'likert',
    texts: { en: 'The programme met its objectives.', ja: '研修は目標を達成した。' },
    scaleLabels: SCALE,
  },
  {
    kind: 'multiple_choice',
    texts: { en: 'Which topics will you apply at home?', ja: '帰国後に活用するテーマを選んでください。' },
    options: [
      { id: 'separation', texts: { en: 'Separation at source', ja: '分別排出' } },
      { id: 'textiles', texts: { en: 'Textile recycling', ja: '繊維リサイクル' } },
      { id: 'reuse', texts: { en: 'Reuse', ja: 'リユース' } },
    ],
  },
  {
    kind: 'single_choice',
    texts: { en: 'Was the length of the programme right?', ja: '研修期間は適切でしたか。' },
    options: [
      { id: 'short', texts: { en: 'Too short', ja: '短い' } },
      { id: 'right', texts: { en: 'About right', ja: 'ちょうどよい' } },
      { id: 'long', texts: { en: 'Too long', ja: '長い' } },
    ],
  },
  { kind: 'nps', texts: { en: 'Would you recommend the programme?', ja: 'この研修を勧めますか。' } },
];

const FOLLOW_UP: SurveyQuestionInput[] = [
  {
    kind: 'likert',
    texts: { en: 'I have applied what I learned in my work.', ja: '研修で学んだことを業務に活かしている。' },
    scaleLabels: SCALE,
  },
  {
    kind: 'single_choice',
    texts: {
      en: 'Has your organisation changed a practice since the programme?',
      ja: '研修後、所属組織で取組みを変えましたか。',
    },
    options: [
      { id: 'changed', texts: { en: 'Yes, changed', ja: '変えた' } },
      { id: 'planned', texts: { en: 'Planned', ja: '計画中' } },
      { id: 'not_yet', texts: { en: 'Not yet', ja: 'まだ' } },
    ],
  },
  {
    kind: 'text',
    texts: { en: 'What stands in the way?', ja: '障害となっていることは何ですか。' },
    required: false,
  },
];

/** Each trainee's answers, by question position: likert/nps values, option ids, matrix row values, text. */
type Seeded = (number | string[] | Record<string, number> | string | null)[];
const L1_ANSWERS: Seeded[] = [
  [5, { content: 5, speakers: 4, interpreting: 3 }, 10, 'More time for questions, please.'],
  [4, { content: 4, speakers: 4, interpreting: 4 }, 9, null],
  [4, { content: 5, speakers: 5, interpreting: 2 }, 8, 'The Japanese–English interpreting lagged.'],
  [3, { content: 3, speakers: 4, interpreting: 4 }, 6, 'Share the slides before the webinar.'],
  [5, { content: 5, speakers: 5, interpreting: 5 }, 10, null],
  [4, { content: 4, speakers: 3, interpreting: 4 }, 9, 'A case study from a smaller city would help.'],
];
const END_ANSWERS: Seeded[] = [
  [5, ['separation', 'textiles'], ['right'], 10],
  [4, ['reuse'], ['short'], 9],
  [4, ['textiles', 'reuse'], ['right'], 7],
  [5, ['separation'], ['right'], 10],
  [3, ['separation', 'reuse'], ['short'], 6],
  [4, ['textiles'], ['right'], 8],
];

/** Four of the six answered the +90-day follow-up. */
const FOLLOW_UP_ANSWERS: Seeded[] = [
  [4, ['changed'], 'Budget for separate collection trucks.'],
  [5, ['planned'], null],
  [3, ['not_yet'], 'Waiting for the new ordinance.'],
  [4, ['changed'], null],
];

interface SurveySeed {
  n: number;
  template: number;
  title: string;
  level: SurveyEntity['level'];
  sessionId: string | null;
  anonymous: boolean;
  questions: SurveyQuestionInput[];
  /** The answers of the first trainees, in order: the others are invited and do not answer. */
  answers: Seeded[];
  minGroupSize: number;
  opensAt: Date;
  closesAt: Date;
}

const SURVEYS: SurveySeed[] = [
  {
    n: 1,
    template: 1,
    title: 'Fiber-to-Fiber webinar: your reaction',
    level: 'L1',
    sessionId: FIBER_WEBINAR,
    anonymous: true,
    questions: L1,
    answers: L1_ANSWERS,
    minGroupSize: 5,
    opensAt: new Date('2026-12-10T08:30:00Z'),
    closesAt: new Date('2026-12-17T08:30:00Z'),
  },
  {
    n: 2,
    template: 2,
    title: 'TMG collaborative study webinars: end of programme',
    level: 'programme_end',
    sessionId: null,
    anonymous: false,
    questions: PROGRAMME_END,
    answers: END_ANSWERS,
    minGroupSize: 5,
    opensAt: new Date('2026-12-17T09:00:00Z'),
    closesAt: new Date('2026-12-31T09:00:00Z'),
  },
  {
    n: 3,
    template: 3,
    title: 'TMG collaborative study webinars: +90-day follow-up',
    level: 'L3_90',
    sessionId: null,
    anonymous: true,
    questions: FOLLOW_UP,
    answers: FOLLOW_UP_ANSWERS,
    minGroupSize: 3,
    opensAt: new Date('2027-03-31T00:00:00Z'),
    closesAt: new Date('2027-04-21T00:00:00Z'),
  },
];

/**
 * L1, programme-end and follow-up templates (English and Japanese); for the TMG webinars, a closed
 * anonymous L1 survey of the Fiber-to-Fiber webinar and a closed named programme-end survey, each answered
 * by the six active trainees, and a closed anonymous +90-day (L3) follow-up that four of the six answered;
 * results aggregated by the real rules and frozen. Responses are written once; each invitation has its
 * invitation email, marked sent.
 */
export async function seedDemoSurveys(em: EntityManager): Promise<number> {
  await em.upsert(
    SurveyTemplateEntity,
    [
      { id: tpl(1), title: 'Session reaction (L1)', questions: JSON.stringify(L1), createdBy: COORDINATOR },
      {
        id: tpl(2),
        title: 'End of programme',
        questions: JSON.stringify(PROGRAMME_END),
        createdBy: COORDINATOR,
      },
      {
        id: tpl(3),
        title: 'Follow-up (L3)',
        questions: JSON.stringify(FOLLOW_UP),
        createdBy: COORDINATOR,
      },
    ],
    ['id'],
  );
  for (const s of SURVEYS) {
    if (await em.exists(SurveyEntity, { where: { id: srv(s.n) } })) continue;
    await em.insert(SurveyEntity, {
      id: srv(s.n),
      programmeId: WEBINARS,
      sessionId: s.sessionId,
      templateId: tpl(s.template),
      title: s.title,
      level: s.level,
      anonymous: s.anonymous,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      reminderDays: '3,6',
      minGroupSize: s.minGroupSize,
      status: 'open',
      createdBy: COORDINATOR,
    });
    const questionIds = s.questions.map((_, i) => sqn(s.n, i + 1));
    await em.insert(
      SurveyQuestionEntity,
      s.questions.map((q, i) => ({
        id: questionIds[i]!,
        surveyId: srv(s.n),
        position: i + 1,
        kind: q.kind,
        texts: JSON.stringify(q.texts),
        options: q.options ? JSON.stringify(q.options) : null,
        matrixRows: q.rows ? JSON.stringify(q.rows) : null,
        scaleLabels: q.scaleLabels ? JSON.stringify(q.scaleLabels) : null,
        required: q.required ?? true,
      })),
    );
    const day = s.opensAt.toISOString().slice(0, 10);
    const people = (await em.query(
      `SELECT u.id, o.country, o.name FROM user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.id IN (?)`,
      [TRAINEES],
    )) as { id: string; country: string | null; name: string | null }[];
    for (const [t, userId] of TRAINEES.entries()) {
      const who = people.find((p) => p.id === userId);
      const answers = s.answers[t];
      // The invitation's token is one nobody holds: the demo invitations are closed (answered or not).
      await em.insert(SurveyInvitationEntity, {
        id: inv(s.n, t + 1),
        surveyId: srv(s.n),
        userId,
        tokenHash: `${'0'.repeat(60)}${String(s.n).padStart(2, '0')}${String(t + 1).padStart(2, '0')}`,
        answeredOn: answers ? day : null,
      });
      if (!answers) continue;
      // Anonymous responses get no user id (their fixed ids are only for the seed's idempotence).
      const responseId = rsp(s.n, t + 1);
      await em.query(
        `INSERT INTO survey_response (id, survey_id, user_id, answered_on, country, organisation, session_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          responseId,
          srv(s.n),
          s.anonymous ? null : userId,
          day,
          who?.country ?? null,
          who?.name ?? null,
          s.sessionId,
        ],
      );
      const rows: unknown[][] = [];
      answers.forEach((a, i) => {
        const q = questionIds[i]!;
        if (a === null) return;
        if (typeof a === 'number') rows.push([responseId, q, '', '', srv(s.n), a, null]);
        else if (typeof a === 'string') rows.push([responseId, q, '', '', srv(s.n), null, a]);
        else if (Array.isArray(a)) for (const o of a) rows.push([responseId, q, '', o, srv(s.n), null, null]);
        else for (const [row, v] of Object.entries(a)) rows.push([responseId, q, row, '', srv(s.n), v, null]);
      });
      await em.query(
        `INSERT INTO survey_answer (response_id, question_id, row_key, option_id, survey_id, value_int, text) VALUES ?`,
        [rows],
      );
    }
    const survey = await em.findOneByOrFail(SurveyEntity, { id: srv(s.n) });
    const results = await aggregateSurvey(em, survey, s.closesAt, true);
    await em.update(
      SurveyEntity,
      { id: srv(s.n) },
      { status: 'closed', closedAt: s.closesAt, results: JSON.stringify(results) },
    );
  }
  // Each invitation's email, as sent when the survey opened (the seed mails nothing); kept apart from the
  // surveys so that a database seeded before survey emails existed gets them too.
  await em.query(
    `INSERT IGNORE INTO survey_email (id, invitation_id, round, status, attempts, sent_at, created_at) VALUES ?`,
    [
      SURVEYS.flatMap((s) =>
        TRAINEES.map((_, t) => [eml(s.n, t + 1), inv(s.n, t + 1), 0, 'sent', 1, s.opensAt, s.opensAt]),
      ),
    ],
  );
  return SURVEYS.length;
}
