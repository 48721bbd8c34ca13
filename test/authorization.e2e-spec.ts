import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createDataSource, surveyInvitationToken, type Role } from '@kenshu/domain';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';
import { LocalDiskStorage } from '@kenshu/storage';
import { MaterialLinkSigner } from '../libs/domain/src/materials/material-links.js';
import {
  CALLERS,
  isObjectRow,
  CHECK_IN_CODE,
  MATRIX,
  PDF,
  type Caller,
  type CellContext,
  type CertificateKind,
  type Expected,
  type MaterialOptions,
  type MaterialOwner,
  type MatrixCertificate,
  type MatrixMaterial,
  type MatrixRow,
  type MatrixUser,
  type MatrixAssessment,
  type MatrixSurvey,
} from './authorization-matrix.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const routeOf = (row: { method: string; path: string }) => `${row.method.toUpperCase()} ${row.path}`;

/**
 * The code a refusal of a route that needs a token must carry, so that, say, the 404 of a mistyped path
 * (HTTP.NOT_FOUND) does not pass for a hidden object. Public routes refuse with codes of their own.
 */
const REFUSAL_CODES: Record<number, string> = {
  401: 'AUTH.UNAUTHENTICATED',
  403: 'ACCESS.FORBIDDEN',
  404: 'COMMON.NOT_FOUND',
};

interface Cell {
  row: MatrixRow;
  caller: Caller;
  object?: string;
  expected: Expected;
}

const cells: Cell[] = MATRIX.flatMap((row): Cell[] =>
  isObjectRow(row)
    ? Object.entries(row.objects).flatMap(([object, { expect }]) =>
        CALLERS.map((caller) => ({ row, caller, object, expected: expect[caller] })),
      )
    : CALLERS.map((caller) => ({ row, caller, expected: row.expect[caller] })),
);

const labelOf = (cell: Cell) =>
  `${routeOf(cell.row)}${cell.object ? ` [${cell.object}]` : ''} as ${cell.caller} → ${[cell.expected].flat().join(' or ')}`;

describe('authorization matrix', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let documented: string[];
  const sessions = {} as Record<Exclude<Caller, 'anonymous'>, SignedInUser>;
  let otherTrainee: MatrixUser;
  let staff: { id: string };
  let organisation: { id: string };
  let serial = 0;
  const run = Date.now().toString(36);
  let ds: DataSource;
  let programmes: CellContext['programmes'];
  let menuItems: CellContext['menuItems'];
  let facilities: CellContext['facilities'];
  let siteVisits: CellContext['siteVisits'];
  let materials: CellContext['materials'];
  let assessments: CellContext['assessments'];
  let certificates: CellContext['certificates'];
  let reports: CellContext['reports'];
  let surveys: CellContext['surveys'];
  /** Programmes of the survey fixtures alone, so no other cell changes who is enrolled in them. */
  let surveyProgrammes: Record<'own' | 'foreign', { id: string }>;
  let exports: CellContext['exports'];
  let indicators: CellContext['indicators'];
  /** The API's secret, given to it here (whatever a .env says) to sign download links as it does. */
  const secret = `matrix-secret-${randomUUID()}`;
  const links = new MaterialLinkSigner(secret);
  let hour = 0;

  /** From 2027-01-04 on, an hour each, so no two cells' sessions overlap. */
  const freeHour = () => {
    const start = new Date(Date.UTC(2027, 0, 4) + ++hour * 3_600_000);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_000_000).toISOString() };
  };

  const newProgramme = async (kind: 'own' | 'foreign') => {
    const as = kind === 'own' ? sessions.coordinator : sessions.admin;
    const made = async (method: string, path: string, body?: unknown) => {
      const res = await call<{ id: string }>(api.url, method, path, { token: as.accessToken, body });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const { id } = await made('POST', '/api/v1/programmes', {
      code: `MX-${run}-${++serial}`.toUpperCase(),
      title: `Matrix ${kind} programme`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    if (kind === 'own') {
      await made('PUT', `/api/v1/programmes/${id}/staff`, {
        coordinators: [sessions.coordinator.user.id],
        instructors: [sessions.instructor.user.id],
      });
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        id,
        sessions.trainee.user.id,
      ]);
    }
    const session = await made('POST', `/api/v1/programmes/${id}/sessions`, {
      kind: 'lecture',
      title: 'Matrix session',
      ...freeHour(),
    });
    return { id, sessionId: session.id };
  };

  const enrolmentOf = async (programmeId: string, userId: string, status?: 'invited' | 'active') => {
    const sql = `SELECT id FROM enrolment WHERE programme_id = ? AND user_id = ?`;
    const [found] = (await ds.query(sql, [programmeId, userId])) as { id: string }[];
    const id =
      found?.id ?? (await adminCall('POST', `/api/v1/programmes/${programmeId}/enrolments`, { userId })).id;
    if (status) await ds.query(`UPDATE enrolment SET status = ? WHERE id = ?`, [status, id]);
    return id;
  };

  /** A menu item with texts in English (its original) and Korean, archived when asked. */
  const newMenuItem = async (status: 'active' | 'archived' = 'active') => {
    const { id } = await adminCall('POST', '/api/v1/menu-items', {
      code: `MX-${run}-${++serial}`.toUpperCase(),
      format: 'lecture',
      defaultDurationMin: 60,
      originalLocale: 'en',
      texts: [
        { locale: 'en', title: 'Matrix menu item' },
        { locale: 'ko', title: '매트릭스 메뉴' },
      ],
    });
    if (status === 'archived') await adminCall('POST', `/api/v1/menu-items/${id}/archive`);
    return id;
  };

  /** A Tokyo plant taking visits on weekdays, archived when asked. */
  const newFacility = async (status: 'active' | 'archived' = 'active') => {
    const { id } = await adminCall('POST', '/api/v1/facilities', {
      name: `Matrix plant ${run}-${++serial}`,
      kind: 'incineration_plant',
      address: 'Koto-ku, Tokyo',
      timeZone: 'Asia/Tokyo',
      capacity: 40,
      allowedWeekdays: [1, 2, 3, 4, 5],
    });
    if (status === 'archived') await adminCall('POST', `/api/v1/facilities/${id}/archive`);
    return id;
  };

  /** The caller's feed token (the demo trainee's for anonymous), rotated away first when asked. */
  const calendarFeed = async (caller: Caller, rotated = false) => {
    const who = sessions[caller === 'anonymous' ? 'trainee' : caller];
    const feed = async (method: string) =>
      (await call<{ url: string }>(api.url, method, '/api/v1/me/calendar-feed', { token: who.accessToken }))
        .body.url;
    const url = await feed('GET');
    if (rotated) await feed('POST');
    return /\/calendar\/([^/]+)\.ics$/.exec(url)![1]!;
  };

  /** A new programme of this kind whose session is a site visit of January 2020: its roster is due. */
  const newSiteVisit = async (kind: 'own' | 'foreign') => {
    const made = await newProgramme(kind);
    await adminCall('PATCH', `/api/v1/sessions/${made.sessionId}`, {
      kind: 'site_visit',
      title: 'Matrix site visit',
      startsAt: '2020-01-06T10:00:00+09:00',
      endsAt: '2020-01-06T11:30:00+09:00',
    });
    return made;
  };

  const adminCall = async (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const res = await call<{ id: string }>(api.url, method, path, {
      token: sessions.admin.accessToken,
      body,
      headers,
    });
    if (res.status >= 300)
      throw new Error(`${method} ${path} as admin: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const newMaterial = async (
    owner: MaterialOwner,
    options: MaterialOptions = {},
  ): Promise<MatrixMaterial> => {
    const { kind = 'file', audience, releaseAt, versions = 0 } = options;
    const scope =
      owner === 'library' ? `menu-items/${menuItems.active}` : `programmes/${programmes[owner].id}`;
    const { id } = await adminCall('POST', `/api/v1/${scope}/materials`, {
      kind,
      title: `Matrix ${kind} ${++serial}`,
      originalLanguage: 'en',
      audience,
      release: releaseAt ? { rule: 'at', at: releaseAt } : undefined,
    });
    const versionIds: string[] = [];
    for (let n = 0; n < versions; n++) {
      const path = `/api/v1/materials/${id}/uploads?language=en&fileName=matrix-${n + 1}.pdf`;
      versionIds.push((await adminCall('POST', path, PDF, { 'content-type': 'application/pdf' })).id);
    }
    return { id, versionIds };
  };

  const deliveryOf = async (material: MatrixMaterial, userId: string) => {
    await ds.query(
      `INSERT IGNORE INTO material_delivery (id, material_id, version_id, user_id) VALUES (?, ?, ?, ?)`,
      [randomUUID(), material.id, material.versionIds[0], userId],
    );
    const sql = `SELECT id FROM material_delivery WHERE version_id = ? AND user_id = ?`;
    const [row] = (await ds.query(sql, [material.versionIds[0], userId])) as { id: string }[];
    return row!.id;
  };

  const materialLink = (versionId: string, userId: string, expired = false) =>
    links.sign({ versionId, userId, expiresAt: new Date(Date.now() + (expired ? -1 : 1) * 86_400_000) });

  /** A bundle row as the worker's poll plans it (a manifest, no file yet), once per programme and language. */
  const unbuiltBundle = async (programmeId: string, language: string) => {
    await ds.query(
      `INSERT IGNORE INTO material_bundle (id, programme_id, phase_key, language, manifest_sha256)
       VALUES (?, ?, 'programme', ?, ?)`,
      [randomUUID(), programmeId, language, 'a'.repeat(64)],
    );
    return { id: programmeId, phaseKey: 'programme', language };
  };

  const checkInCode = async (sessionId: string) => {
    await ds.query(
      `INSERT INTO attendance_check_in_code (session_id, code, valid_from, valid_until) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE code = VALUES(code), valid_from = VALUES(valid_from), valid_until = VALUES(valid_until)`,
      [sessionId, CHECK_IN_CODE, new Date(Date.now() - 86_400_000), new Date('2099-01-01T00:00:00Z')],
    );
    return CHECK_IN_CODE;
  };

  const liveSession = async (kind: 'own' | 'foreign') => {
    const made = await newProgramme(kind);
    const now = Date.now();
    await ds.query(`UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?`, [
      new Date(now - 600_000),
      new Date(now + 3_000_000),
      made.sessionId,
    ]);
    await checkInCode(made.sessionId);
    return made;
  };

  /** A report stage without a rubric, due in 2099, made by the admin in the shared programme of this kind. */
  const newReportStage = async (kind: 'own' | 'foreign') =>
    (
      await adminCall('POST', `/api/v1/programmes/${programmes[kind].id}/report-stages`, {
        kind: 'other',
        title: `Matrix report stage ${++serial}`,
        dueAt: '2099-01-01T00:00:00Z',
      })
    ).id;

  /** A submission written directly (as the trainee's POST would), with a copy of a stored file if given. */
  const insertSubmission = async (stageId: string, userId: string, file?: { id: string }) => {
    let fileId: string | null = null;
    if (file) {
      fileId = randomUUID();
      await ds.query(
        `INSERT INTO report_file (id, stage_id, user_id, storage_key, file_name, content_type, size_bytes, sha256)
         SELECT ?, ?, ?, storage_key, file_name, content_type, size_bytes, sha256 FROM report_file WHERE id = ?`,
        [fileId, stageId, userId, file.id],
      );
    }
    const id = randomUUID();
    await ds.query(
      `INSERT INTO report_submission (id, stage_id, user_id, number, text, file_id)
       SELECT ?, ?, ?, COALESCE(MAX(number), 0) + 1, 'Matrix report', ? FROM report_submission
        WHERE stage_id = ? AND user_id = ?`,
      [id, stageId, userId, fileId, stageId, userId],
    );
    return id;
  };

  const newReportSubmission = async (kind: 'own' | 'others' | 'foreign') =>
    insertSubmission(
      await newReportStage(kind === 'foreign' ? 'foreign' : 'own'),
      kind === 'own' ? sessions.trainee.user.id : otherTrainee.id,
    );

  /** Shared stages, and file submissions: the demo trainee's uploaded through the API, copies of it for the other. */
  const newReportFixtures = async (): Promise<CellContext['reports']> => {
    const stages = { own: await newReportStage('own'), foreign: await newReportStage('foreign') };
    const asTrainee = async (path: string, body: unknown, headers?: Record<string, string>) => {
      const res = await call<{ id: string }>(api.url, 'POST', path, {
        token: sessions.trainee.accessToken,
        body,
        headers,
      });
      if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const file = await asTrainee(`/api/v1/report-stages/${stages.own}/files?fileName=matrix.pdf`, PDF, {
      'content-type': 'application/pdf',
    });
    const own = await asTrainee(`/api/v1/report-stages/${stages.own}/submissions`, { fileId: file.id });
    return {
      stages,
      fileSubmissions: {
        own: own.id,
        others: await insertSubmission(stages.own, otherTrainee.id, file),
        foreign: await insertSubmission(stages.foreign, otherTrainee.id, file),
      },
    };
  };

  /** Two programmes with an action-plan stage each, the other trainee enrolled in both, and indicators. */
  const newIndicatorFixtures = async (): Promise<CellContext['indicators']> => {
    const made = { own: (await newProgramme('own')).id, foreign: (await newProgramme('foreign')).id };
    const stages = {} as Record<'own' | 'foreign', string>;
    for (const kind of ['own', 'foreign'] as const) {
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        made[kind],
        otherTrainee.id,
      ]);
      stages[kind] = (
        await adminCall('POST', `/api/v1/programmes/${made[kind]}/report-stages`, {
          kind: 'action_plan',
          title: `Matrix action plan ${++serial}`,
          dueAt: '2099-01-01T00:00:00Z',
          requiredForCompletion: false,
        })
      ).id;
    }
    return {
      programmes: made,
      stages,
      items: {
        own: await insertIndicator(made.own, stages.own, sessions.trainee.user.id),
        others: await insertIndicator(made.own, stages.own, otherTrainee.id),
        foreign: await insertIndicator(made.foreign, stages.foreign, otherTrainee.id),
      },
    };
  };

  /** An indicator (no values) of this user's plan in this action-plan stage, written directly. */
  const insertIndicator = async (programmeId: string, stageId: string, userId: string) => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO action_plan_indicator (id, programme_id, stage_id, user_id, catalogue_code, name, unit,
              baseline_value, baseline_on, target_value, target_on)
       VALUES (?, ?, ?, ?, 'collection_coverage', 'Household waste collection coverage', 'percent',
               40, '2027-01-31', 80, '2028-12-31')`,
      [id, programmeId, stageId, userId],
    );
    return id;
  };

  /** A new indicator in the shared indicator fixtures' stages, of the kind of `indicators.items`. */
  const newIndicator = (kind: 'own' | 'others' | 'foreign') => {
    const where = kind === 'foreign' ? 'foreign' : 'own';
    return insertIndicator(
      indicators.programmes[where],
      indicators.stages[where],
      kind === 'own' ? sessions.trainee.user.id : otherTrainee.id,
    );
  };

  /**
   * An export asked for through the API (by the demo coordinator in the own programme, by the admin in the
   * foreign one), its file then written directly as the build-export job would (no worker runs here).
   */
  const newExport = async (kind: 'own' | 'foreign') => {
    const as = kind === 'own' ? sessions.coordinator : sessions.admin;
    const res = await call<{ id: string }>(
      api.url,
      'POST',
      `/api/v1/programmes/${programmes[kind].id}/exports`,
      {
        token: as.accessToken,
        body: { kind: 'participants', format: 'csv' },
      },
    );
    if (res.status !== 202) throw new Error(`POST exports: ${res.status} ${JSON.stringify(res.body)}`);
    const stored = await new LocalDiskStorage(testConfig().storage.dir).put(
      Readable.from([Buffer.from('name\n')]),
    );
    await ds.query(
      `UPDATE data_export SET status = 'ready', \`rows\` = 0, storage_key = ?, size_bytes = ?, sha256 = ?, built_at = NOW(3)
        WHERE id = ?`,
      [stored.key, stored.size, stored.sha256, res.body.id],
    );
    return res.body.id;
  };

  /** A completed enrolment in a new programme of its kind, and its certificate issued by the admin. */
  const newCertificate = async (kind: CertificateKind, revoked = false): Promise<MatrixCertificate> => {
    const programme = await newProgramme(kind === 'foreign' ? 'foreign' : 'own');
    let enrolmentId: string;
    if (kind === 'own') {
      enrolmentId = await enrolmentOf(programme.id, sessions.trainee.user.id);
    } else {
      enrolmentId = randomUUID();
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        enrolmentId,
        programme.id,
        otherTrainee.id,
      ]);
    }
    await ds.query(`UPDATE enrolment SET status = 'completed' WHERE id = ?`, [enrolmentId]);
    const res = await call<{ id: string; verificationCode: string }>(
      api.url,
      'POST',
      `/api/v1/programmes/${programme.id}/enrolments/${enrolmentId}/certificate`,
      { token: sessions.admin.accessToken },
    );
    if (res.status !== 200)
      throw new Error(`issuing a certificate: ${res.status} ${JSON.stringify(res.body)}`);
    if (revoked)
      await adminCall('POST', `/api/v1/certificates/${res.body.id}/revoke`, { reason: 'Matrix: revoked' });
    return { id: res.body.id, programmeId: programme.id, enrolmentId, code: res.body.verificationCode };
  };

  /** A published (unless `draft`) open assessment of the shared programme, asking one new question. */
  const newAssessment = async (owner: 'own' | 'foreign', draft = false): Promise<MatrixAssessment> => {
    const programmeId = programmes[owner].id;
    const question = await adminCall('POST', `/api/v1/programmes/${programmeId}/assessment-questions`, {
      kind: 'single_choice',
      texts: { en: 'Which waste is burned?' },
      options: [
        { id: 'a', texts: { en: 'Glass' } },
        { id: 'b', texts: { en: 'Combustible waste' } },
      ],
      key: { optionIds: ['b'] },
    });
    const { id } = await adminCall('POST', `/api/v1/programmes/${programmeId}/assessments`, {
      kind: 'quiz',
      title: `Matrix quiz ${++serial}`,
      questionIds: [question.id],
      attemptsAllowed: 100,
    });
    if (!draft) await adminCall('POST', `/api/v1/assessments/${id}/publish`);
    return { id, questionId: question.id };
  };

  const newAttempt = async (
    assessment: MatrixAssessment,
    userId: string,
    status: 'in_progress' | 'submitted',
  ) => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO assessment_attempt (id, assessment_id, user_id, number, status, started_at, deadline_at, submitted_at)
       SELECT ?, ?, ?, COALESCE(MAX(number), 0) + 1, ?, NOW(3), '2099-01-01', ?
         FROM assessment_attempt WHERE assessment_id = ? AND user_id = ?`,
      [id, assessment.id, userId, status, status === 'submitted' ? new Date() : null, assessment.id, userId],
    );
    return id;
  };

  /** A survey of the shared programme made by the admin; open with its one invitee unless a draft. */
  const newSurvey = async (kind: 'own' | 'foreign', status: 'draft' | 'open'): Promise<MatrixSurvey> => {
    const { id } = await adminCall('POST', `/api/v1/programmes/${surveyProgrammes[kind].id}/surveys`, {
      templateId: surveys.template,
      title: `Matrix survey ${++serial}`,
      level: 'other',
      opensAt: '2026-01-01T00:00:00Z',
      closesAt: '2099-01-01T00:00:00Z',
    });
    if (status === 'draft') return { id, token: '' };
    await adminCall('POST', `/api/v1/surveys/${id}/open`);
    const invitee = kind === 'own' ? sessions.trainee.user.id : otherTrainee.id;
    const invited = (await adminCall('POST', `/api/v1/surveys/${id}/invitations`, {
      userIds: [invitee],
    })) as unknown as { invitationId: string }[];
    return { id, token: surveyInvitationToken(secret, invited[0]!.invitationId) };
  };

  const newAccount = async (roles: Role[], options: { disabled?: boolean } = {}) => {
    const { id } = await adminCall('POST', '/api/v1/users', {
      email: `matrix-${run}-${++serial}@accounts.example`,
      displayName: `Matrix ${roles.join(' ')} ${serial}`,
      roles,
    });
    if (options.disabled) await adminCall('POST', `/api/v1/users/${id}/disable`);
    return id;
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('authz'), APP_SECRET: secret });
    const [doc, trainee, instructor, coordinator, admin] = await Promise.all([
      fetch(`${api.url}/docs-json`).then((r) => r.json() as Promise<{ paths: Record<string, object> }>),
      signIn(api.url, DEMO.trainee),
      signIn(api.url, DEMO.instructor),
      signIn(api.url, DEMO.coordinator),
      signIn(api.url, DEMO.admin),
    ]);
    Object.assign(sessions, { trainee, instructor, coordinator, admin });
    documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => HTTP_METHODS.includes(m))
        .map((method) => routeOf({ method, path })),
    );
    const found = await call<{ items: MatrixUser[] }>(
      api.url,
      'GET',
      `/api/v1/users?q=${encodeURIComponent(DEMO.otherTrainee)}`,
      { token: admin.accessToken },
    );
    otherTrainee = found.body.items.find((u) => u.email === DEMO.otherTrainee)!;
    staff = { id: await newAccount(['coordinator']) };
    organisation = await adminCall('POST', '/api/v1/organisations', {
      kind: 'funder',
      name: `Matrix foundation ${run}`,
      country: 'DK',
    });
    ds = await createDataSource(testConfig());
    await ds.initialize();
    programmes = { own: await newProgramme('own'), foreign: await newProgramme('foreign') };
    menuItems = { active: await newMenuItem('active'), archived: await newMenuItem('archived') };
    facilities = { active: await newFacility('active'), archived: await newFacility('archived') };
    siteVisits = { own: await newSiteVisit('own'), foreign: await newSiteVisit('foreign') };
    materials = {
      own: await newMaterial('own', { versions: 1 }),
      foreign: await newMaterial('foreign', { versions: 1 }),
      staffOnly: await newMaterial('own', { audience: 'staff', versions: 1 }),
      unreleased: await newMaterial('own', { releaseAt: '2099-01-01T00:00:00Z', versions: 1 }),
      library: await newMaterial('library', { versions: 1 }),
      revised: await newMaterial('own', { versions: 2 }),
    };
    assessments = {
      own: await newAssessment('own'),
      foreign: await newAssessment('foreign'),
      draft: await newAssessment('own', true),
    };
    certificates = {
      own: await newCertificate('own'),
      otherTrainee: await newCertificate('otherTrainee'),
      foreign: await newCertificate('foreign'),
      revoked: await newCertificate('own', true),
    };
    reports = await newReportFixtures();
    surveyProgrammes = { own: await newProgramme('own'), foreign: await newProgramme('foreign') };
    await enrolmentOf(surveyProgrammes.foreign.id, otherTrainee.id, 'active');
    surveys = {
      template: (
        await adminCall('POST', '/api/v1/survey-templates', {
          title: 'Matrix survey template',
          questions: [{ kind: 'text', texts: { en: 'Any comment?' }, required: false }],
        })
      ).id,
    } as CellContext['surveys'];
    surveys.own = await newSurvey('own', 'open');
    surveys.foreign = await newSurvey('foreign', 'open');
    exports = { own: await newExport('own'), foreign: await newExport('foreign') };
    indicators = await newIndicatorFixtures();
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('has a row for every route the API documents, and none for a route it does not', () => {
    // When this fails: a new route needs its row in test/authorization-matrix.ts (a gone one, its row out).
    const rows = MATRIX.map(routeOf);
    expect({
      missing: documented.filter((r) => !rows.includes(r)),
      stale: rows.filter((r) => !documented.includes(r)),
      twice: rows.filter((r, i) => rows.indexOf(r) !== i),
    }).toEqual({ missing: [], stale: [], twice: [] });
  });

  it('gives own and foreign objects to exactly the routes with a path parameter', () => {
    const wrong = MATRIX.filter((row) => /\{[^}]+\}/.test(row.path) !== isObjectRow(row)).map(routeOf);
    expect(wrong).toEqual([]);
  });

  it.each(cells.map((cell) => ({ ...cell, label: labelOf(cell) })))('$label', async (cell) => {
    const { row, caller, object } = cell;
    const session = caller === 'anonymous' ? undefined : sessions[caller];
    const context: CellContext = {
      caller,
      object,
      self: (session ?? sessions.trainee).user as unknown as MatrixUser,
      otherTrainee,
      staff,
      organisation,
      missingId: randomUUID(),
      newAccount,
      freshSession: async () => (caller === 'anonymous' ? undefined : signIn(api.url, DEMO[caller])),
      tag: `matrix-${run}-${++serial}-${caller}`,
      newProgramme,
      programmes,
      freeHour,
      enrolmentOf,
      newMenuItem,
      menuItems,
      newFacility,
      facilities,
      assessments,
      newAttempt,
      calendarFeed: (rotated) => calendarFeed(caller, rotated),
      siteVisits,
      newMaterial,
      materials,
      deliveryOf,
      materialLink,
      newCertificate,
      certificates,
      unbuiltBundle,
      liveSession,
      checkInCode,
      reports,
      surveys,
      newSurvey,
      newReportStage,
      exports,
      newReportSubmission,
      indicators,
      newIndicator,
    };
    let path = row.path;
    if (isObjectRow(row)) {
      const ids = await row.objects[object!].id(context);
      const params: Record<string, string> = typeof ids === 'string' ? { id: ids } : ids;
      path = path.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
    }
    const request = (await row.request?.(context)) ?? {};
    const token = request.token === undefined ? session?.accessToken : (request.token ?? undefined);

    const res = await call<{ code?: string; detail?: string } | undefined>(
      api.url,
      row.method,
      `${path}${request.query ?? ''}`,
      { token, body: request.body, headers: request.headers },
    );

    const accepted = [cell.expected].flat();
    const got = { status: res.status, code: res.body?.code, detail: res.body?.detail };
    const status = accepted.includes(res.status) ? res.status : cell.expected;
    const refusal = REFUSAL_CODES[typeof status === 'number' ? status : res.status];
    const code = row.public ? got.code : (refusal ?? got.code);
    expect(got).toEqual({ status, code, detail: got.detail });
  });

  it('lets a coordinator invite trainees and instructors, and no staff', async () => {
    const invite = async (roles: Role[]) =>
      (
        await call(api.url, 'POST', '/api/v1/users', {
          token: sessions.coordinator.accessToken,
          body: { email: `matrix-${run}-${++serial}@invited.example`, displayName: 'Matrix Staff', roles },
        })
      ).status;
    expect({
      instructor: await invite(['instructor']),
      coordinator: await invite(['coordinator']),
      admin: await invite(['admin']),
      traineeAndAdmin: await invite(['trainee', 'admin']),
    }).toEqual({ instructor: 201, coordinator: 403, admin: 403, traineeAndAdmin: 403 });
  });

  it('shows a coordinator no audit events about staff accounts, and the admin all of them', async () => {
    const about = async (caller: 'coordinator' | 'admin') =>
      (
        await call<{ total: number }>(api.url, 'GET', `/api/v1/audit-events?targetId=${staff.id}`, {
          token: sessions[caller].accessToken,
        })
      ).body.total;
    expect(await about('admin')).toBeGreaterThan(0);
    expect(await about('coordinator')).toBe(0);
  });
});
