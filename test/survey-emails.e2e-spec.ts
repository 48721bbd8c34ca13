import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  settleLeftoverOutbox,
  signIn,
  sleep,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Survey = { id: string; questions: { id: string }[] };
type Issued = { invitationId: string; userId: string; email: 'queued' | 'on_open' };
type Email = { round: number; status: string; error: string | null; sentAt: { utc: string } | null };
type Invitee = {
  invitationId: string;
  user: { id: string; email: string };
  answered: boolean;
  emails: Email[];
};

/**
 * Survey invitation and reminder emails end to end (real API, two workers, SMTP sink): the invitation
 * arrives once per invitee with a personal link that answers the survey; a draft's invitees are mailed
 * when it opens; reminders go only to non-respondents still enrolled, only the latest due round, never
 * after close, once however many workers poll; the public token routes are throttled per IP.
 */
describe('survey emails', () => {
  let api: KenshuProcess & { url: string };
  const workers: KenshuProcess[] = [];
  const smtp = new SmtpSink();
  let ds: DataSource;
  let coordinator: SignedInUser;
  let programmeId: string;
  let templateId: string;
  const tag = Date.now().toString(36).toUpperCase();
  const env = { QUEUE_PREFIX: testQueuePrefix('survey-emails'), SURVEY_REMINDER_POLL_S: '1' };

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  /** A trainee made directly, active and enrolled (active) in the test's programme. */
  async function trainee(name: string, locale: string, zone: string) {
    const id = randomUUID();
    const email = `${name.toLowerCase()}.${tag.toLowerCase()}@survey-emails.example`;
    await ds.query(
      `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES (?, ?, ?, ?, ?, 'active')`,
      [id, email, name, locale, zone],
    );
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, 'trainee')`, [id]);
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
      randomUUID(),
      programmeId,
      id,
    ]);
    return { id, email };
  }

  let serial = 0;
  /** A survey of the programme (a draft unless `open`), with a title unique to it. */
  async function survey(open: boolean, body: Record<string, unknown> = {}) {
    const title = `Evaluation ${tag}-${++serial}`;
    const created = await req<Survey>('POST', `/programmes/${programmeId}/surveys`, {
      templateId,
      title,
      level: 'programme_end',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      reminderDays: [3, 7],
      ...body,
    });
    expect(created.status).toBe(201);
    if (open) expect((await req('POST', `/surveys/${created.body.id}/open`)).status).toBe(200);
    return { ...created.body, title };
  }

  const invite = async (surveyId: string, userIds: string[]) => {
    const res = await req<Issued[]>('POST', `/surveys/${surveyId}/invitations`, { userIds });
    expect(res.status).toBe(201);
    return res.body;
  };
  const about = (title: string) => (m: ParsedMail) => m.subject?.endsWith(title) ?? false;
  const to = (m: ParsedMail) => (m.to as { text: string }).text;
  const linkIn = (m: ParsedMail) => /https?:\/\/\S+\/survey\/[\w-]+/.exec(m.text ?? '')![0];
  /** The API route behind the web app's survey page the link opens: the page calls it with the link's token. */
  const apiOf = (link: string) => link.replace('/survey/', '/api/v1/survey-invitations/');
  const answer = (link: string, s: Survey) =>
    call(apiOf(link), 'POST', '/responses', {
      body: { answers: [{ questionId: s.questions[0]!.id, value: 4 }] },
    });
  const invitees = async (surveyId: string) => {
    const res = await req<Invitee[]>('GET', `/surveys/${surveyId}/invitations`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    await smtp.start();
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds);
    api = await startApi(env);
    coordinator = await signIn(api.url, DEMO.coordinator);
    const programme = await req<{ id: string }>('POST', '/programmes', {
      code: `SMAIL-${tag}`,
      title: 'Circular economy for island cities',
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    const template = await req<{ id: string }>('POST', '/survey-templates', {
      title: `End of programme ${tag}`,
      questions: [
        { kind: 'nps', texts: { en: 'Would you recommend it?', ja: '勧めますか。' } },
        { kind: 'text', texts: { en: 'Any comment?', ja: 'ご意見' }, required: false },
      ],
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;
    workers.push(await startWorker({ ...env, SMTP_URL: smtp.url, PUBLIC_URL: api.url }));
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), ...workers.map((w) => w.stop())]);
    await smtp.stop();
    await ds?.destroy();
  });

  it('emails each invitee once, in their language and zone, with a personal link that answers once', async () => {
    const people = [
      await trainee('Aishath', 'en', 'Indian/Maldives'),
      await trainee('Haruto', 'ja', 'America/Los_Angeles'),
    ];
    const s = await survey(true);
    const issued = await invite(
      s.id,
      people.map((p) => p.id),
    );
    expect(issued.map((i) => i.email)).toEqual(['queued', 'queued']);
    expect(issued[0]).not.toHaveProperty('token');

    const mails = await smtp.waitFor(2, 30_000, about(s.title));
    await sleep(2500); // more polls and retries: nothing more may come
    expect(smtp.messages.filter(about(s.title)).map(to).sort()).toEqual(people.map((p) => p.email).sort());
    const aishath = mails.find((m) => to(m) === people[0]!.email)!;
    const haruto = mails.find((m) => to(m) === people[1]!.email)!;
    expect(aishath.subject).toBe(`Your feedback on ${s.title}`);
    expect(aishath.text).toContain('(Indian/Maldives)');
    expect(aishath.text).toContain('Closes (UTC)');
    expect(haruto.subject).toBe(`アンケートのお願い：${s.title}`);
    expect(haruto.text).toContain('(America/Los_Angeles)');
    expect(linkIn(aishath)).not.toBe(linkIn(haruto));

    // The link in the email is the invitee's: it shows the survey and answers it, once.
    const link = linkIn(aishath);
    expect(link.startsWith(`${api.url}/survey/`)).toBe(true);
    const form = await call<{ surveyId: string; answered: boolean }>(apiOf(link), 'GET', '');
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ surveyId: s.id, answered: false });
    expect((await answer(link, s)).status).toBe(204);
    expect((await answer(link, s)).status).toBe(409);

    const seen = await invitees(s.id);
    expect(seen.map((i) => [i.user.email, i.answered]).sort()).toEqual(
      [
        [people[0]!.email, true],
        [people[1]!.email, false],
      ].sort(),
    );
    for (const i of seen) {
      expect(i.emails).toHaveLength(1);
      expect(i.emails[0]).toMatchObject({ round: 0, status: 'sent', error: null });
      expect(i.emails[0]!.sentAt).not.toBeNull();
    }
  });

  it('mails a draft’s invitees when it opens, and skips at send time whoever left the programme since', async () => {
    const stays = await trainee('Priya', 'en', 'Asia/Kolkata');
    const leaves = await trainee('Mads', 'en', 'Europe/Copenhagen');
    const s = await survey(false);
    const issued = await invite(s.id, [stays.id, leaves.id]);
    expect(issued.map((i) => i.email)).toEqual(['on_open', 'on_open']);
    await sleep(2000);
    expect(smtp.messages.filter(about(s.title))).toHaveLength(0);

    await ds.query(`UPDATE enrolment SET status = 'withdrawn' WHERE programme_id = ? AND user_id = ?`, [
      programmeId,
      leaves.id,
    ]);
    expect((await req('POST', `/surveys/${s.id}/open`)).status).toBe(200);
    await smtp.waitFor(1, 30_000, about(s.title));
    const skipped = await until(
      'the withdrawn trainee’s invitation email is skipped',
      () => invitees(s.id),
      (list) => list.find((i) => i.user.id === leaves.id)?.emails[0]?.status === 'skipped',
      30_000,
      200,
    );
    expect(skipped.find((i) => i.user.id === leaves.id)!.emails[0]!.error).toBe('withdrawn');
    expect(smtp.messages.filter(about(s.title)).map(to)).toEqual([stays.email]);
  });

  it('reminds only the non-respondent still enrolled, with the same link, only the latest due round, once across two workers', async () => {
    const answers = await trainee('Ana', 'en', 'Pacific/Kiritimati');
    const withdrawn = await trainee('Ole', 'en', 'Europe/Oslo');
    const silent = await trainee('Yuki', 'ja', 'Asia/Tokyo');
    const s = await survey(true);
    await invite(s.id, [answers.id, withdrawn.id, silent.id]);
    const invitations = await smtp.waitFor(3, 30_000, about(s.title));
    const linkOf = (email: string) => linkIn(invitations.find((m) => to(m) === email)!);
    expect((await answer(linkOf(answers.email), s)).status).toBe(204);
    await ds.query(`UPDATE enrolment SET status = 'withdrawn' WHERE programme_id = ? AND user_id = ?`, [
      programmeId,
      withdrawn.id,
    ]);
    workers.push(await startWorker({ ...env, SMTP_URL: smtp.url, PUBLIC_URL: api.url }));

    // Eight days ago it opened and its invitations went: rounds 1 (day 3) and 2 (day 7) have both passed.
    await ds.query(`UPDATE survey SET opens_at = NOW(3) - INTERVAL 8 DAY WHERE id = ?`, [s.id]);
    await ds.query(
      `UPDATE survey_email m JOIN survey_invitation i ON i.id = m.invitation_id
          SET m.created_at = NOW(3) - INTERVAL 8 DAY WHERE i.survey_id = ?`,
      [s.id],
    );
    const reminder = (
      await smtp.waitFor(1, 30_000, about(`リマインダー】アンケートのお願い：${s.title}`))
    )[0]!;
    await sleep(3500); // several polls of both workers: nothing more may come
    expect(smtp.messages.filter(about(s.title))).toHaveLength(4);
    expect(to(reminder)).toBe(silent.email);
    expect(linkIn(reminder)).toBe(linkOf(silent.email));

    const rounds = (await invitees(s.id)).map((i) => [
      i.user.id,
      i.emails.map((e) => `${e.round}:${e.status}`),
    ]);
    expect(rounds.sort()).toEqual(
      [
        [answers.id, ['0:sent']],
        [withdrawn.id, ['0:sent']],
        [silent.id, ['0:sent', '2:sent']],
      ].sort(),
    );
    const [jobs] = (await ds.query(
      `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'send-survey-email' AND JSON_VALUE(payload, '$.emailId') IN
         (SELECT m.id FROM survey_email m JOIN survey_invitation i ON i.id = m.invitation_id WHERE i.survey_id = ?)`,
      [s.id],
    )) as { n: string }[];
    expect(Number(jobs!.n)).toBe(4);
  });

  it('sends no reminder once the survey is closed', async () => {
    const silent = await trainee('Kim', 'en', 'Asia/Seoul');
    const s = await survey(true);
    await invite(s.id, [silent.id]);
    await smtp.waitFor(1, 30_000, about(s.title));
    expect((await req('POST', `/surveys/${s.id}/close`)).status).toBe(200);
    await ds.query(`UPDATE survey SET opens_at = NOW(3) - INTERVAL 4 DAY WHERE id = ?`, [s.id]);
    await ds.query(
      `UPDATE survey_email m JOIN survey_invitation i ON i.id = m.invitation_id
          SET m.created_at = NOW(3) - INTERVAL 4 DAY WHERE i.survey_id = ?`,
      [s.id],
    );
    await sleep(3000);
    expect(smtp.messages.filter(about(s.title))).toHaveLength(1);
    expect((await invitees(s.id))[0]!.emails.map((e) => e.round)).toEqual([0]);
  });

  it('throttles the public token routes per client IP: 429 problem+json with Retry-After', async () => {
    const limited = await startApi({
      QUEUE_PREFIX: testQueuePrefix('survey-throttle'),
      SURVEY_TOKEN_PER_IP: '3',
    });
    try {
      const statuses: number[] = [];
      let last = await call<{ code: string }>(
        limited.url,
        'GET',
        `/api/v1/survey-invitations/${'a'.repeat(43)}`,
      );
      statuses.push(last.status);
      for (let i = 1; i < 4; i++) {
        last = await call<{ code: string }>(
          limited.url,
          'POST',
          `/api/v1/survey-invitations/${String(i).repeat(43)}/responses`,
          { body: { answers: [] } },
        );
        statuses.push(last.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect(last.headers.get('content-type')).toContain('application/problem+json');
      expect(last.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});
