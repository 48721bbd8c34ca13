import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; detail: string; errors?: { field: string; reason: string }[] };
type Task = {
  id: string;
  kind: string;
  dueOn: string;
  timeZone: string;
  daysLeft: number;
  state: string;
  subject: { id: string; title: string };
  action: { method: string; href: string };
  roster: {
    facility: { id: string; name: string } | null;
    visitOn: string;
    visitors: number;
    lastDownload: { format: string; language: string; visitors: number } | null;
  };
};

/** Demo trainees (libs/domain/src/seed/demo-seed.ts), each in their own script. */
const VISITORS = {
  'trainee.hanoi@kenshu.example': 'Nguyễn Thị Minh',
  'trainee.seoul@kenshu.example': '김민준',
  'trainee.bangkok@kenshu.example': 'สมชาย ใจดี',
  'trainee@kenshu.example': 'Aminath Shifaza',
  'trainee.taipei@kenshu.example': '林 怡君',
} as const;

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

/** Site-visit rosters for hosts, when they are due, and the coordinators' tasks of sending them. */
describe('site-visit rosters', () => {
  let api: KenshuProcess & { url: string };
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let admin: SignedInUser;
  let ds: DataSource;
  let users: Record<string, string>;
  const tag = Date.now().toString(36).toUpperCase();
  let serial = 0;

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who: SignedInUser | undefined,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** The roster as bytes: the helper `call` would parse the body as JSON. */
  const download = async (sessionId: string, query: string, who: SignedInUser = coordinator) => {
    const res = await fetch(`${api.url}/api/v1/sessions/${sessionId}/roster?${query}`, {
      headers: { authorization: `Bearer ${who.accessToken}` },
    });
    const body = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      headers: res.headers,
      body,
      problem: () => JSON.parse(body.toString()) as Problem,
    };
  };

  /** A Tokyo plant that takes visits any day at any hour, with the roster and interpreter rules given. */
  const plant = async (rules: { rosterDueDays?: number; visitorsPerInterpreter?: number | null } = {}) =>
    (
      await req<{ id: string; name: string }>('POST', '/facilities', coordinator, {
        name: `Shin-Koto incineration plant ${tag}-${++serial}`,
        kind: 'incineration_plant',
        address: '14-1-2 Shiomi, Koto-ku, Tokyo',
        timeZone: 'Asia/Tokyo',
        capacity: 40,
        rosterDueDays: rules.rosterDueDays ?? 14,
        visitorsPerInterpreter: rules.visitorsPerInterpreter ?? null,
      })
    ).body;

  /** A programme hosted in Tokyo, the demo coordinator and instructor on its staff, trainees enrolled. */
  async function programme(enrolled: Record<string, string> = {}): Promise<string> {
    const { body } = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `ROSTER-${tag}-${++serial}`,
      title: 'Training for overseas officials: incineration',
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
      conflictPolicy: 'warn',
    });
    await req('PUT', `/programmes/${body.id}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    await enrol(body.id, enrolled);
    return body.id;
  }

  async function enrol(programmeId: string, byEmail: Record<string, string>) {
    for (const [email, status] of Object.entries(byEmail))
      await ds.query(
        `INSERT INTO enrolment (id, programme_id, user_id, status, waitlisted_at) VALUES (?, ?, ?, ?, ?)`,
        [randomUUID(), programmeId, users[email], status, status === 'waitlisted' ? new Date() : null],
      );
  }

  /** A 90-minute site visit at 10:00 Tokyo time, `inDays` days from today there. */
  async function siteVisit(
    programmeId: string,
    inDays: number,
    options: { facilityId?: string; interpreters?: number; title?: string } = {},
  ): Promise<{ id: string; startsAt: DateTime }> {
    const startsAt = DateTime.now()
      .setZone('Asia/Tokyo')
      .plus({ days: inDays })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const res = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'site_visit',
      title: options.title ?? 'Visit to an incineration plant',
      startsAt: startsAt.toISO(),
      endsAt: startsAt.plus({ minutes: 90 }).toISO(),
      instructorIds: [instructor.user.id],
      facilityId: options.facilityId ?? null,
      siteVisit: {
        meetingPoint: 'Visitor centre, main gate',
        transport: [
          { mode: 'chartered bus', from: 'Hotel lobby, Shinjuku', to: 'Main gate', departsAt: '08:45' },
        ],
        ppe: ['helmet', 'safety shoes'],
        photography: 'No photographs in the control room',
        interpreterLanguages: ['en', 'th'],
        interpreters: options.interpreters ?? 2,
        overseasGroup: true,
      },
      // A visit this close has missed the host's roster notice: scheduled anyway, as coordinators do.
      override: { reason: 'Agreed with the plant by telephone' },
    });
    if (res.status !== 201) throw new Error(`site visit: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, startsAt };
  }

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('rosters') });
    [coordinator, instructor, trainee, admin] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee, DEMO.admin].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const rows = (await ds.query(`SELECT id, email FROM user WHERE email LIKE '%@kenshu.example'`)) as {
      id: string;
      email: string;
    }[];
    users = Object.fromEntries(rows.map((r) => [r.email, r.id]));
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  describe('a visit whose roster is due', () => {
    let programmeId: string;
    let visit: { id: string; startsAt: DateTime };
    let facility: { id: string; name: string };

    beforeAll(async () => {
      programmeId = await programme({
        'trainee.hanoi@kenshu.example': 'active',
        'trainee.seoul@kenshu.example': 'active',
        'trainee.bangkok@kenshu.example': 'invited',
        'trainee@kenshu.example': 'active',
        'trainee.taipei@kenshu.example': 'active',
        'trainee.aarhus@kenshu.example': 'withdrawn',
        'trainee.la@kenshu.example': 'waitlisted',
      });
      facility = await plant({ rosterDueDays: 14 });
      visit = await siteVisit(programmeId, 5, { facilityId: facility.id });
    });

    it('serves it as CSV for Excel: UTF-8 with a BOM, CRLF, Japanese headers, names in their own scripts', async () => {
      const res = await download(visit.id, 'format=csv&lang=ja');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(
          `^attachment; filename="roster-ROSTER-${tag}-\\d+-${visit.startsAt.toISODate()}-ja\\.csv"$`,
        ),
      );
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = res.body.toString('utf8');
      expect(text.split('\r\n').length).toBeGreaterThan(7);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');

      const [header, ...rows] = parse(res.body, { bom: true }) as string[][];
      expect(header).toEqual(['番号', '区分', '氏名', '所属', '国・地域', '役職']);
      const visitors = rows.filter((r) => r[1] === '訪問者');
      expect(visitors.map((r) => r[2]).sort()).toEqual(Object.values(VISITORS).sort());
      expect(visitors.find((r) => r[2] === 'Nguyễn Thị Minh')).toEqual([
        expect.any(String),
        '訪問者',
        'Nguyễn Thị Minh',
        'Hanoi Urban Environment Company (URENCO)',
        'ベトナム',
        'Deputy head, collection planning',
      ]);
      // Withdrawn and waiting trainees will not visit.
      expect(rows.map((r) => r[2])).not.toContain('Mette Sørensen');
      expect(rows.map((r) => r[2])).not.toContain('Maria López');
      expect(rows.filter((r) => r[1]!.startsWith('同行者')).map((r) => [r[1], r[2]])).toEqual([
        ['同行者（コーディネーター）', '佐藤 花子'],
        ['同行者（講師）', '鈴木 一郎'],
      ]);
      expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    });

    it('writes its headers and country names in English when asked', async () => {
      const res = await download(visit.id, 'format=csv&lang=en');
      const [header, ...rows] = parse(res.body, { bom: true }) as string[][];
      expect(header).toEqual(['No.', 'Group', 'Name', 'Organisation', 'Country', 'Position']);
      expect(rows.find((r) => r[2] === '김민준')?.slice(1, 5)).toEqual([
        'Visitor',
        '김민준',
        'Seoul Metropolitan Government',
        'South Korea',
      ]);
    });

    it('serves it as a PDF in Japanese whose text reads back: every name, the headings, the visit', async () => {
      const res = await download(visit.id, 'format=pdf&lang=ja');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(res.body);
      for (const heading of [
        '訪問者名簿',
        '訪問者',
        '同行者',
        '氏名',
        '所属',
        '国・地域',
        '役職',
        '集合場所',
        '通訳',
      ])
        expect(text).toContain(heading);
      for (const name of [...Object.values(VISITORS), '佐藤 花子', '鈴木 一郎']) expect(text).toContain(name);
      expect(text).toContain(facility.name);
      expect(text).toContain(`${visit.startsAt.toFormat('yyyy年M月d日')}`);
      expect(text).toContain('10:00–11:30 (Asia/Tokyo, UTC+09:00)');
      expect(text).toContain('2名（英語、タイ語）');
      expect(text).toContain('helmet、safety shoes');
      expect(text).not.toContain('Mette Sørensen');
    });

    it('serves it as a PDF in English', async () => {
      const res = await download(visit.id, 'format=pdf&lang=en');
      const text = await pdfText(res.body);
      for (const heading of [
        'Visitor roster',
        'Visitors',
        'Accompanying staff',
        'Meeting point',
        'Interpreters',
      ])
        expect(text).toContain(heading);
      expect(text).toContain('2 (English, Thai)');
      expect(text).toContain('5 visitors, 2 accompanying people');
      for (const name of Object.values(VISITORS)) expect(text).toContain(name);
    });

    it('records and audits every download', async () => {
      const downloads = (await ds.query(
        `SELECT format, language, visitors, user_id FROM roster_download WHERE session_id = ? ORDER BY downloaded_at`,
        [visit.id],
      )) as { format: string; language: string; visitors: number; user_id: string }[];
      expect(downloads.map((d) => [d.format, d.language, d.visitors])).toEqual([
        ['csv', 'ja', 5],
        ['csv', 'en', 5],
        ['pdf', 'ja', 5],
        ['pdf', 'en', 5],
      ]);
      expect(downloads.every((d) => d.user_id === coordinator.user.id)).toBe(true);
      const [{ n }] = (await ds.query(
        `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'roster.downloaded' AND target_id = ?`,
        [visit.id],
      )) as { n: string }[];
      expect(Number(n)).toBe(4);
    });

    it('is for the programme’s coordinators and admins: its instructor and trainee get 403', async () => {
      expect((await download(visit.id, 'format=csv', admin)).status).toBe(200);
      expect((await download(visit.id, 'format=csv', instructor)).status).toBe(403);
      expect((await download(visit.id, 'format=csv', trainee)).status).toBe(403);
    });

    it('refuses a format or language it does not write, naming the parameter', async () => {
      const res = await download(visit.id, 'format=xlsx&lang=fr');
      expect(res.status).toBe(400);
      expect(
        res
          .problem()
          .errors?.map((e) => e.field)
          .sort(),
      ).toEqual(['format', 'lang']);
    });
  });

  it('is not available before its due date, and says from when (409)', async () => {
    const p = await programme({ 'trainee.hanoi@kenshu.example': 'active' });
    const facility = await plant({ rosterDueDays: 14 });
    const visit = await siteVisit(p, 30, { facilityId: facility.id });
    const res = await download(visit.id, 'format=pdf&lang=en');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const dueOn = visit.startsAt.minus({ days: 14 }).toISODate();
    expect(res.problem()).toMatchObject({
      code: 'ROSTER.NOT_DUE',
      errors: [{ field: 'availableFrom', reason: `${dueOn} in Asia/Tokyo` }],
    });
    expect(res.problem().detail).toContain(`available from ${dueOn} (Asia/Tokyo), 14 days before the visit`);
    const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM roster_download WHERE session_id = ?`, [
      visit.id,
    ])) as { n: string }[];
    expect(Number(n)).toBe(0);
  });

  it('counts two weeks for a visit without a facility', async () => {
    const p = await programme({ 'trainee.hanoi@kenshu.example': 'active' });
    expect((await download((await siteVisit(p, 13)).id, 'format=csv')).status).toBe(200);
    expect((await download((await siteVisit(p, 16)).id, 'format=csv')).status).toBe(409);
  });

  it('exists only for a site visit: a lecture gets 422 naming it', async () => {
    const p = await programme();
    const start = DateTime.now().setZone('Asia/Tokyo').plus({ days: 1 }).set({ hour: 9, minute: 0 });
    const lecture = await req<{ id: string }>('POST', `/programmes/${p}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Separation at source',
      startsAt: start.toISO(),
      endsAt: start.plus({ hours: 1 }).toISO(),
    });
    const res = await download(lecture.body.id, 'format=csv');
    expect(res.status).toBe(422);
    expect(res.problem()).toMatchObject({
      code: 'ROSTER.NOT_A_SITE_VISIT',
      errors: [{ field: 'kind', reason: 'is lecture; a roster needs a site_visit' }],
    });
    expect(res.problem().detail).toContain('“Separation at source” is a lecture');
  });

  it('refuses a roster with too few interpreters for the host’s rule, with the numbers, until there are enough', async () => {
    const p = await programme({ 'trainee.hanoi@kenshu.example': 'active' });
    const facility = await plant({ rosterDueDays: 14, visitorsPerInterpreter: 2 });
    // Scheduled with one visitor and one interpreter; four more enrolled since.
    const visit = await siteVisit(p, 3, { facilityId: facility.id, interpreters: 1 });
    await enrol(p, {
      'trainee.seoul@kenshu.example': 'active',
      'trainee.bangkok@kenshu.example': 'invited',
      'trainee@kenshu.example': 'active',
      'trainee.taipei@kenshu.example': 'active',
    });
    const refused = await download(visit.id, 'format=pdf&lang=ja');
    expect(refused.status).toBe(422);
    expect(refused.problem()).toMatchObject({
      code: 'SESSION.HOST_RULES_BROKEN',
      errors: [{ field: 'interpreters', reason: '5 visitors need 3 interpreters (one per 2); 1 is planned' }],
    });

    // More interpreters planned: the roster goes.
    const patched = await req('PATCH', `/sessions/${visit.id}`, coordinator, {
      siteVisit: {
        meetingPoint: 'Visitor centre, main gate',
        transport: [],
        ppe: ['helmet'],
        photography: 'None in the control room',
        interpreterLanguages: ['en', 'ko', 'th'],
        interpreters: 3,
        overseasGroup: true,
      },
      override: { reason: 'Agreed with the plant by telephone' },
    });
    expect(patched.status).toBe(200);
    expect((await download(visit.id, 'format=pdf&lang=ja')).status).toBe(200);
  });

  it('lets a roster go with too few interpreters when the session carries an override of that rule', async () => {
    const p = await programme({
      'trainee.hanoi@kenshu.example': 'active',
      'trainee.seoul@kenshu.example': 'active',
      'trainee.bangkok@kenshu.example': 'active',
    });
    const facility = await plant({ rosterDueDays: 14, visitorsPerInterpreter: 2 });
    // Three visitors and one interpreter from the start: scheduled with an override naming the rule.
    const visit = await siteVisit(p, 3, { facilityId: facility.id, interpreters: 1 });
    const session = await req<{ ruleOverride: { rules: { field: string }[] } | null }>(
      'GET',
      `/sessions/${visit.id}`,
      coordinator,
    );
    expect(session.body.ruleOverride?.rules.map((r) => r.field)).toContain('interpreters');
    expect((await download(visit.id, 'format=csv')).status).toBe(200);
  });

  describe('the coordinator’s tasks', () => {
    let overdue: string;
    let upcoming: string;
    let done: string;
    let later: string;

    beforeAll(async () => {
      const p = await programme({
        'trainee.hanoi@kenshu.example': 'active',
        'trainee.seoul@kenshu.example': 'invited',
      });
      const facility = await plant({ rosterDueDays: 14 });
      overdue = (await siteVisit(p, 4, { facilityId: facility.id, title: 'Overdue visit' })).id;
      done = (await siteVisit(p, 2, { facilityId: facility.id, title: 'Visit with its roster sent' })).id;
      upcoming = (await siteVisit(p, 20, { facilityId: facility.id, title: 'Upcoming visit' })).id;
      later = (await siteVisit(p, 60, { facilityId: facility.id, title: 'Visit next season' })).id;
      expect((await download(done, 'format=pdf&lang=ja')).status).toBe(200);
    });

    const mine = async (who: SignedInUser, query = '') => {
      const res = await req<Task[]>('GET', `/me/tasks${query}`, who);
      expect(res.status).toBe(200);
      return res.body.filter((t) => [overdue, upcoming, done, later].includes(t.subject.id));
    };

    it('lists the rosters coming due, open overdue ones first, then by due date, with days left', async () => {
      const tasks = await mine(coordinator);
      expect(tasks.map((t) => [t.subject.id, t.state, t.daysLeft])).toEqual([
        [overdue, 'overdue', -10],
        [done, 'done', -12],
        [upcoming, 'upcoming', 6],
      ]);
      const first = tasks[0]!;
      expect(first).toMatchObject({
        id: `site_visit_roster:${overdue}`,
        kind: 'site_visit_roster',
        timeZone: 'Asia/Tokyo',
        action: { method: 'GET', href: `/api/v1/sessions/${overdue}/roster` },
        roster: { visitors: 2, lastDownload: null },
      });
      expect(first.roster.facility?.name).toContain('Shin-Koto incineration plant');
      expect(tasks[1]!.roster.lastDownload).toMatchObject({ format: 'pdf', language: 'ja', visitors: 2 });
    });

    it('looks further ahead when asked, and the admin sees them too', async () => {
      expect((await mine(coordinator, '?days=60')).map((t) => t.subject.id)).toContain(later);
      expect((await mine(admin)).map((t) => t.subject.id).sort()).toEqual([overdue, upcoming, done].sort());
    });

    it('is for coordinators and admins', async () => {
      expect((await req('GET', '/me/tasks', instructor)).status).toBe(403);
      expect((await req('GET', '/me/tasks', trainee)).status).toBe(403);
      expect((await req('GET', '/me/tasks?days=400', coordinator)).status).toBe(400);
    });
  });
});
