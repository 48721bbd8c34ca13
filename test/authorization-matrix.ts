/**
 * The authorization matrix: every route of the API × every caller × (for routes with an `{id}`) every
 * kind of object, with the status each cell must get. test/authorization.e2e-spec.ts checks that the rows
 * are exactly the routes of the OpenAPI document the running API serves, so a new route fails that test
 * until it has its row here. Every feature adds its rows with its routes.
 *
 * Refusals: 401 without an access token, 403 for a route or an object the caller's role may not use,
 * 404 where the object's existence itself must not leak (it is then the same answer as for an id that
 * does not exist: compare the `missing` objects). Allowed cells send valid bodies, so they get a 2xx.
 */
import type { Role } from '@kenshu/domain';
import { DEMO, type SignedInUser } from '@kenshu/testing';

export const CALLERS = ['anonymous', 'trainee', 'instructor', 'coordinator', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** One status, or the statuses that are all right (e.g. readiness: 200, or 503 with no worker). */
export type Expected = number | readonly number[];
export type Cells = Record<Caller, Expected>;

/** A signed-in account as the API describes it. */
export interface MatrixUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisation: { id: string; name: string } | null;
}

/** What a cell knows when it builds its request. */
export interface CellContext {
  caller: Caller;
  /** The kind of object of the cell (`own`, `foreign`, …), or undefined on a route without `{id}`. */
  object?: string;
  /** The caller's account. Anonymous stands where the demo trainee would, so that its "own" ids exist. */
  self: MatrixUser;
  /** A demo trainee nobody signs in as here: the "other trainee" of the issue. */
  otherTrainee: MatrixUser;
  /** An invited coordinator made for the run: the staff account that is not the caller. */
  staff: { id: string };
  /** An organisation made for the run, nobody's own. */
  organisation: { id: string };
  /** An id that belongs to nothing. */
  missingId: string;
  /** A new invited account, made by the admin for this cell alone: changes never touch a shared account. */
  newAccount(roles: Role[], options?: { disabled?: boolean }): Promise<string>;
  /** A second session of the caller (undefined for anonymous), for calls that end a session. */
  freshSession(): Promise<SignedInUser | undefined>;
  /** Unique to the cell, for emails and names. */
  tag: string;
  /**
   * A programme made for this cell alone, with one session. `own`: the demo coordinator coordinates it,
   * the demo instructor teaches it, the demo trainee is enrolled. `foreign`: made by the admin, nobody's.
   */
  newProgramme(kind: 'own' | 'foreign'): Promise<{ id: string; sessionId: string }>;
  /** Shared programmes of each kind, for cells that change nothing. */
  programmes: Record<'own' | 'foreign', { id: string; sessionId: string }>;
  /** A free hour for a new session, different for every cell (no double bookings between cells). */
  freeHour(): { startsAt: string; endsAt: string };
  /**
   * The id of this user's enrolment in this programme, made by the admin if there is none; with `status`,
   * set to it first (a fixture written directly, as newProgramme's enrolment is).
   */
  enrolmentOf(programmeId: string, userId: string, status?: 'invited' | 'active'): Promise<string>;
  /** A menu item made for this cell alone (texts in `en`, its original, and `ko`), archived when asked. */
  newMenuItem(status?: 'active' | 'archived'): Promise<string>;
  /** Shared menu items of each status, for cells that change nothing of who reaches them. */
  menuItems: Record<'active' | 'archived', string>;
  /** A facility (a Tokyo plant with weekday rules) made for this cell alone, archived when asked. */
  newFacility(status?: 'active' | 'archived'): Promise<string>;
  /** Shared facilities of each status, for cells that change nothing of them that matters. */
  facilities: Record<'active' | 'archived', string>;
  /**
   * The token of the caller's own calendar feed (the demo trainee's for anonymous); with `rotated`, one
   * that was rotated away just now.
   */
  calendarFeed(rotated?: boolean): Promise<string>;
  /**
   * Site visits whose roster is due (held in January 2020), each in a programme of its kind made for the
   * run: `own`, the demo staff's with the demo trainee enrolled; `foreign`, nobody's.
   */
  siteVisits: Record<'own' | 'foreign', { id: string; sessionId: string }>;
  /**
   * A material made by the admin for this cell alone: in the shared `own` or `foreign` programme, or in
   * the library of the shared active menu item (`library`, staff only). A file unless asked, released now
   * to trainees unless asked, with `versions` PDF versions in English (files only; none unless asked).
   */
  newMaterial(owner: MaterialOwner, options?: MaterialOptions): Promise<MatrixMaterial>;
  /**
   * Shared materials, for cells that change nothing of who reaches them: each a file with one English
   * version. `own`, `foreign`: released to trainees in the shared programme of that kind; `staffOnly`: in
   * the own programme, for its staff alone; `unreleased`: in the own programme, released in 2099;
   * `library`: on the shared active menu item; `revised`: in the own programme, with a second version.
   */
  materials: Record<'own' | 'foreign' | 'staffOnly' | 'unreleased' | 'library' | 'revised', MatrixMaterial>;
  /** The id of a queued delivery of the material's first version to this user (written as the poll does). */
  deliveryOf(material: MatrixMaterial, userId: string): Promise<string>;
  /** A download link for this user to this version, signed as the delivery emails are; expired when asked. */
  materialLink(versionId: string, userId: string, expired?: boolean): string;
  /** The path parameters of this programme's bundle (its own scope) in this language: queued, never built. */
  unbuiltBundle(programmeId: string, language: string): Promise<PathParams>;
  /**
   * A programme of this kind made for this cell alone (as newProgramme) whose one session runs now
   * (started 10 minutes ago), with CHECK_IN_CODE as its current check-in code.
   */
  liveSession(kind: 'own' | 'foreign'): Promise<{ id: string; sessionId: string }>;
  /** Makes CHECK_IN_CODE the session's current check-in code, valid until 2099 (a fixture written directly). */
  checkInCode(sessionId: string): Promise<string>;
  /**
   * Shared report fixtures, for cells that change nothing of who reaches them. `stages`: a stage without
   * a rubric in the shared programme of each kind. `fileSubmissions`: a submission with a PDF, `own` by
   * the demo trainee in the own stage, `others` by the other trainee in the own stage, `foreign` by the
   * other trainee in the foreign stage.
   */
  reports: {
    stages: Record<'own' | 'foreign', string>;
    fileSubmissions: Record<'own' | 'others' | 'foreign', string>;
  };
  /** A report stage (no rubric, due in 2099) made by the admin for this cell alone, in the shared programme. */
  newReportStage(kind: 'own' | 'foreign'): Promise<string>;
  /**
   * An unreviewed text submission in a new stage of the shared programme, written directly: `own` by the
   * demo trainee in the own programme, `others` by the other trainee there, `foreign` by the other
   * trainee in the foreign programme.
   */
  newReportSubmission(kind: 'own' | 'others' | 'foreign'): Promise<string>;
  /**
   * Action-plan indicator fixtures, in two programmes made for the run (`own`: the demo staff's; `foreign`:
   * nobody's), each with the other trainee enrolled too (`own` with the demo trainee as well), each with an
   * action-plan stage (`stages`). `items`: an indicator (written directly) of the demo trainee's plan in
   * the own stage (`own`), of the other trainee's there (`others`), and of the other trainee's in the
   * foreign stage (`foreign`).
   */
  indicators: {
    programmes: Record<'own' | 'foreign', string>;
    stages: Record<'own' | 'foreign', string>;
    items: Record<'own' | 'others' | 'foreign', string>;
  };
  /** A new indicator (no values) for this cell alone, in the stage and of the plan its kind in `indicators.items` is. */
  newIndicator(kind: 'own' | 'others' | 'foreign'): Promise<string>;
  /**
   * A certificate issued (by the admin, through the API) for a completed enrolment made for this call alone,
   * in a new programme: `own`, the demo trainee's in an own programme; `otherTrainee`, the other trainee's
   * in an own programme; `foreign`, the other trainee's in nobody's. Revoked when asked.
   */
  newCertificate(kind: CertificateKind, revoked?: boolean): Promise<MatrixCertificate>;
  /** Shared certificates of each kind, for cells that change nothing; `revoked` is the demo trainee's. */
  certificates: Record<CertificateKind | 'revoked', MatrixCertificate>;
  /**
   * Shared assessments, made by the admin with one single-choice question of the programme's pool (key
   * `b`), open, 100 attempts allowed: `own` and `foreign` published in the shared programme of that kind;
   * `draft` in the own programme, unpublished.
   */
  assessments: Record<'own' | 'foreign' | 'draft', MatrixAssessment>;
  /**
   * Shared export files, ready (asked for through the API, the file written directly as the job would):
   * `own` asked for by the demo coordinator in the own programme, `foreign` by the admin in the foreign one.
   */
  exports: Record<'own' | 'foreign', string>;
  /** An attempt at this assessment by this user, written directly (in progress, deadline in 2099, or submitted). */
  newAttempt(
    assessment: MatrixAssessment,
    userId: string,
    status: 'in_progress' | 'submitted',
  ): Promise<string>;
  /**
   * Shared survey fixtures, for cells that change nothing of who reaches them: a template (one optional
   * text question, so `{ answers: [] }` is a valid response), and an open survey in a programme of each
   * kind made for the surveys alone (as newProgramme): `own` with the demo trainee invited, `foreign` with
   * the other trainee invited.
   */
  surveys: { template: string } & Record<'own' | 'foreign', MatrixSurvey>;
  /** A survey made by the admin for this cell alone, as the shared ones (a draft when asked: nobody invited). */
  newSurvey(kind: 'own' | 'foreign', status: 'draft' | 'open'): Promise<MatrixSurvey>;
}

/** A survey and the invitation token of its one invitee (empty for a draft). */
export interface MatrixSurvey {
  id: string;
  token: string;
}

/** An assessment and the one question of its pool it asks. */
export interface MatrixAssessment {
  id: string;
  questionId: string;
}

export type CertificateKind = 'own' | 'otherTrainee' | 'foreign';

/** A certificate, with the programme and enrolment it is of, and its code as printed. */
export interface MatrixCertificate {
  id: string;
  programmeId: string;
  enrolmentId: string;
  code: string;
}

/** The check-in code the matrix's fixtures give sessions. */
export const CHECK_IN_CODE = 'MTRX23';

export type MaterialOwner = 'own' | 'foreign' | 'library';

export interface MaterialOptions {
  kind?: 'file' | 'link' | 'text';
  audience?: 'trainees' | 'staff';
  /** Released at this instant (rule `at`) rather than now. */
  releaseAt?: string;
  versions?: number;
}

/** A material and its versions' ids, oldest first. */
export interface MatrixMaterial {
  id: string;
  versionIds: string[];
}

/**
 * A minimal PDF, all ASCII so that it travels as a string body: what the upload's sniffing takes for one.
 */
export const PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

export interface CellRequest {
  query?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent instead of the caller's access token; null sends none. */
  token?: string | null;
}

/** The parameters of a path with more than `{id}` (`{id}` and `{enrolmentId}`), by name. */
export type PathParams = { id: string } & Record<string, string>;

export interface ObjectCells {
  /** The `{id}` of the path for this kind of object, or every parameter of a path with more. */
  id: (c: CellContext) => string | PathParams | Promise<string | PathParams>;
  expect: Cells;
}

interface RowBase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  path: string;
  /** Needs no access token: its refusals are its own (a bad token in the body), the same for every caller. */
  public?: boolean;
  request?: (c: CellContext) => CellRequest | Promise<CellRequest>;
}

export interface RouteRow extends RowBase {
  expect: Cells;
}

/** A route with `{id}`: `own` and `foreign` at least (what they mean is the row's), `missing` too. */
export interface ObjectRow extends RowBase {
  objects: { own: ObjectCells; foreign: ObjectCells; [kind: string]: ObjectCells };
}

export type MatrixRow = RouteRow | ObjectRow;

export const isObjectRow = (row: MatrixRow): row is ObjectRow => 'objects' in row;

/** A token that has the shape of an emailed one and belongs to nothing. */
const UNKNOWN_TOKEN = 'matrix-unknown-token-0123456789abcdefghijkl';
const GOOD_PASSWORD = 'Plum blossoms over Katsushika 2026';

const self = (c: CellContext) => c.self.id;
const selfOrganisation = (c: CellContext) => c.self.organisation!.id;
const missing = (c: CellContext) => c.missingId;

/** The demo accounts' fixed ids (libs/domain/src/seed/demo-seed.ts). */
const COORDINATOR_ID = '00000000-0000-4000-9000-000000000002';
const INSTRUCTOR_ID = '00000000-0000-4000-9000-000000000003';
const TRAINEE_ID = '00000000-0000-4000-9000-000000000004';

/** Programme objects: its staff and enrolled trainees read it; to anyone else it does not exist. */
const readAll: Cells = { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 };
const adminOnlyHidden: Cells = {
  anonymous: 401,
  trainee: 404,
  instructor: 404,
  coordinator: 404,
  admin: 200,
};
const hiddenFromAll: Cells = { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 404 };
/** Changes: a role gate first (403), then the programme's own staff (404 to a coordinator not on it). */
const manageOwn = (ok: number): Cells => ({
  anonymous: 401,
  trainee: 403,
  instructor: 403,
  coordinator: ok,
  admin: ok,
});
const manageForeign = (ok: number): Cells => ({
  anonymous: 401,
  trainee: 403,
  instructor: 403,
  coordinator: 404,
  admin: ok,
});
const manageMissing: Cells = { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 };
/** Programme content: its staff, instructors too, write; its trainees may not (403); to anyone else, 404. */
const teachOwn = (ok: number): Cells => ({
  anonymous: 401,
  trainee: 403,
  instructor: ok,
  coordinator: ok,
  admin: ok,
});
/** Nobody's programme: the admin alone; to anyone else it does not exist. */
const adminOnly = (ok: number): Cells => ({
  anonymous: 401,
  trainee: 404,
  instructor: 404,
  coordinator: 404,
  admin: ok,
});
/** Staff only, and to trainees it does not exist: the menu's library, a material not released to them. */
const hiddenFromTrainees = (status: number): Cells => ({
  anonymous: 401,
  trainee: 404,
  instructor: status,
  coordinator: status,
  admin: status,
});
/** Staff only, trainees refused by their role (403) before the object is looked up. */
const refusedToTrainees = (status: number): Cells => ({
  anonymous: 401,
  trainee: 403,
  instructor: status,
  coordinator: status,
  admin: status,
});
/** Staff routes on another programme's object: trainees refused by role, staff not on it 404, admins allowed. */
const staffForeign = (status: number): Cells => ({
  anonymous: 401,
  trainee: 403,
  instructor: 404,
  coordinator: 404,
  admin: status,
});
const staffMissing: Cells = { anonymous: 401, trainee: 403, instructor: 404, coordinator: 404, admin: 404 };
/** The trainee a cell marks: the demo trainee in the own visit; the other trainee, made active, in the foreign. */
const attendeeOf = async (c: CellContext) =>
  c.object === 'foreign'
    ? (await c.enrolmentOf(c.siteVisits.foreign.id, c.otherTrainee.id, 'active'), c.otherTrainee.id)
    : TRAINEE_ID;
/** The parameters of a path with `{token}` (with `id`, which every object's parameters carry). */
const tokenParams = (token: string): PathParams => ({ id: token, token });

export const MATRIX: MatrixRow[] = [
  // ---- auth ------------------------------------------------------------------------------------------
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    public: true,
    request: () => ({ body: { email: DEMO.trainee, password: DEMO.password } }),
    expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    public: true,
    request: () => ({ body: { refreshToken: UNKNOWN_TOKEN } }),
    expect: { anonymous: 401, trainee: 401, instructor: 401, coordinator: 401, admin: 401 },
  },
  {
    // Ends a second session of the caller's, never the one the other cells use.
    method: 'POST',
    path: '/api/v1/auth/logout',
    request: async (c) => ({ token: (await c.freshSession())?.accessToken ?? null }),
    expect: { anonymous: 401, trainee: 204, instructor: 204, coordinator: 204, admin: 204 },
  },
  {
    // 202 whoever asks, for whatever email.
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    public: true,
    request: (c) => ({ body: { email: `${c.tag}@nowhere.example` } }),
    expect: { anonymous: 202, trainee: 202, instructor: 202, coordinator: 202, admin: 202 },
  },
  {
    // An access token is no reset link.
    method: 'POST',
    path: '/api/v1/auth/password-reset/confirm',
    public: true,
    request: () => ({ body: { token: UNKNOWN_TOKEN, password: GOOD_PASSWORD } }),
    expect: { anonymous: 400, trainee: 400, instructor: 400, coordinator: 400, admin: 400 },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/invitation/accept',
    public: true,
    request: () => ({ body: { token: UNKNOWN_TOKEN, password: GOOD_PASSWORD } }),
    expect: { anonymous: 400, trainee: 400, instructor: 400, coordinator: 400, admin: 400 },
  },

  // ---- me ------------------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/me',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    // Sends back the name the account has: a valid change that changes nothing shared.
    method: 'PATCH',
    path: '/api/v1/me',
    request: (c) => ({ body: { displayName: c.self.displayName } }),
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },

  // ---- users ---------------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/users',
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/users',
    request: (c) => ({
      body: { email: `${c.tag}@invited.example`, displayName: 'Matrix Invitee', roles: ['trainee'] },
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 201, admin: 201 },
  },
  {
    method: 'POST',
    path: '/api/v1/users/import',
    request: (c) => ({
      query: '?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      body: `email,display_name\n${c.tag}@imported.example,Matrix Import\n`,
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/api/v1/users/{id}',
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => c.otherTrainee.id,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 200, admin: 200 },
      },
      staff: {
        id: (c) => c.staff.id,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 200, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    // Nobody manages their own account here (that is /me); coordinators manage trainees and instructors.
    method: 'PATCH',
    path: '/api/v1/users/{id}',
    request: () => ({ body: { position: 'Matrix officer' } }),
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.newAccount(['trainee']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      staff: {
        id: (c) => c.newAccount(['coordinator']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    // Admins only, never their own (own: the roles the caller has, so that a wrong 200 changes nothing).
    method: 'PUT',
    path: '/api/v1/users/{id}/roles',
    request: (c) => ({ body: { roles: c.object === 'own' ? c.self.roles : ['instructor'] } }),
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 422 },
      },
      foreign: {
        id: (c) => c.newAccount(['trainee']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 200 },
      },
      staff: {
        id: (c) => c.newAccount(['coordinator']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 404 },
      },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/users/{id}/disable',
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.newAccount(['trainee']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      staff: {
        id: (c) => c.newAccount(['coordinator']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/users/{id}/enable',
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.newAccount(['trainee'], { disabled: true }),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      staff: {
        id: (c) => c.newAccount(['coordinator'], { disabled: true }),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/users/{id}/invitation',
    objects: {
      own: {
        id: self,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.newAccount(['trainee']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 202, admin: 202 },
      },
      staff: {
        id: (c) => c.newAccount(['coordinator']),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 202 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 },
      },
    },
  },

  // ---- organisations -------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/organisations',
    expect: { anonymous: 401, trainee: 403, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/organisations',
    request: (c) => ({
      body: { kind: 'host', name: `Matrix organisation ${c.tag}`, country: 'JP', city: 'Kawasaki' },
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 201, admin: 201 },
  },
  {
    // own: the caller's organisation; foreign: the other trainee's (nobody's here but theirs).
    method: 'GET',
    path: '/api/v1/organisations/{id}',
    objects: {
      own: {
        id: selfOrganisation,
        expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => c.otherTrainee.organisation!.id,
        expect: { anonymous: 401, trainee: 404, instructor: 200, coordinator: 200, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    // own: sends back the name it has; foreign: the organisation made for the run.
    method: 'PATCH',
    path: '/api/v1/organisations/{id}',
    request: (c) => ({
      body: c.object === 'own' ? { name: c.self.organisation!.name } : { city: 'Yokohama' },
    }),
    objects: {
      own: {
        id: selfOrganisation,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => c.organisation.id,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 404, admin: 404 },
      },
    },
  },

  // ---- programmes ----------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/programmes',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/programmes',
    request: (c) => ({
      body: {
        code: `M-${c.tag.slice(-20).toUpperCase()}`,
        title: 'Matrix',
        mode: 'online',
        hostTimeZone: 'Asia/Tokyo',
      },
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 201, admin: 201 },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      ['PATCH', '/api/v1/programmes/{id}', () => ({ body: { title: 'Renamed by the matrix' } }), 200, false],
      ['PUT', '/api/v1/programmes/{id}/phases', () => ({ body: { phases: [] } }), 200, true],
      [
        'PUT',
        '/api/v1/programmes/{id}/staff',
        () => ({ body: { coordinators: [COORDINATOR_ID], instructors: [INSTRUCTOR_ID] } }),
        200,
        true,
      ],
      ['POST', '/api/v1/programmes/{id}/status', () => ({ body: { status: 'published' } }), 200, true],
      [
        'POST',
        '/api/v1/programmes/{id}/clone',
        (c: CellContext) => ({
          body: { code: `MC-${c.tag.slice(-20).toUpperCase()}`, startsOn: '2027-03-01' },
        }),
        201,
        false,
      ],
      [
        'POST',
        '/api/v1/programmes/{id}/sessions',
        (c: CellContext) => ({ body: { kind: 'lecture', title: 'Matrix lecture', ...c.freeHour() } }),
        201,
        false,
      ],
    ] as const
  ).map(([method, path, request, ok, fresh]): ObjectRow => ({
    method,
    path,
    request,
    // Changes that would alter who reaches a shared programme run on one made for the cell.
    objects: {
      own: {
        id: async (c) => (fresh ? (await c.newProgramme('own')).id : c.programmes.own.id),
        expect: manageOwn(ok),
      },
      foreign: {
        id: async (c) => (fresh ? (await c.newProgramme('foreign')).id : c.programmes.foreign.id),
        expect: manageForeign(ok),
      },
      missing: { id: missing, expect: manageMissing },
    },
  })),
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/sessions',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/reasonable-hours',
    objects: {
      own: {
        id: (c) => c.programmes.own.id,
        expect: { anonymous: 401, trainee: 403, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => c.programmes.foreign.id,
        expect: { anonymous: 401, trainee: 403, instructor: 404, coordinator: 404, admin: 200 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 403, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },

  // ---- programme sessions --------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/sessions/{id}',
    objects: {
      own: { id: (c) => c.programmes.own.sessionId, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.sessionId, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'PATCH',
    path: '/api/v1/sessions/{id}',
    request: () => ({ body: { description: 'Edited by the matrix' } }),
    objects: {
      own: { id: (c) => c.programmes.own.sessionId, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.sessionId, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/sessions/{id}/cancel',
    request: () => ({ body: { reason: 'Cancelled by the matrix' } }),
    objects: {
      own: { id: async (c) => (await c.newProgramme('own')).sessionId, expect: manageOwn(200) },
      foreign: { id: async (c) => (await c.newProgramme('foreign')).sessionId, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },

  // ---- enrolments ----------------------------------------------------------------------------------
  {
    // own: the shared programme of the demo staff (a new trainee account each cell, so no 409).
    method: 'POST',
    path: '/api/v1/programmes/{id}/enrolments',
    request: async (c) => ({ body: { userId: await c.newAccount(['trainee']) } }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(201) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    // The roster: the programme's staff; its own trainees get 403, everyone else 404.
    method: 'GET',
    path: '/api/v1/programmes/{id}/enrolments',
    objects: {
      own: {
        id: (c) => c.programmes.own.id,
        expect: { anonymous: 401, trainee: 403, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/enrolments/import',
    request: (c) => ({
      query: '?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      body: `email,display_name\n${c.tag}@enrolled.example,Matrix Enrolment\n`,
    }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    // Withdrawal, in a programme made for the cell. own: the demo trainee's enrolment (their own);
    // fellow: another trainee's in the same programme; foreign: another trainee's in nobody's programme.
    method: 'POST',
    path: '/api/v1/programmes/{id}/enrolments/{enrolmentId}/status',
    request: () => ({ body: { status: 'withdrawn' } }),
    objects: {
      own: {
        id: async (c) => {
          const { id } = await c.newProgramme('own');
          return { id, enrolmentId: await c.enrolmentOf(id, TRAINEE_ID) };
        },
        expect: { anonymous: 401, trainee: 200, instructor: 403, coordinator: 200, admin: 200 },
      },
      fellow: {
        id: async (c) => {
          const { id } = await c.newProgramme('own');
          return { id, enrolmentId: await c.enrolmentOf(id, c.otherTrainee.id) };
        },
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: async (c) => {
          const { id } = await c.newProgramme('foreign');
          return { id, enrolmentId: await c.enrolmentOf(id, c.otherTrainee.id) };
        },
        expect: adminOnlyHidden,
      },
      missing: { id: (c) => ({ id: c.missingId, enrolmentId: c.missingId }), expect: hiddenFromAll },
    },
  },
  {
    // Accepting an invitation: the invited trainee themself, nobody else (staff set the status instead).
    method: 'POST',
    path: '/api/v1/programmes/{id}/enrolments/{enrolmentId}/accept',
    objects: {
      own: {
        id: async (c) => {
          const { id } = await c.newProgramme('own');
          return { id, enrolmentId: await c.enrolmentOf(id, TRAINEE_ID, 'invited') };
        },
        expect: { anonymous: 401, trainee: 200, instructor: 403, coordinator: 403, admin: 403 },
      },
      fellow: {
        id: async (c) => ({
          id: c.programmes.own.id,
          enrolmentId: await c.enrolmentOf(c.programmes.own.id, c.otherTrainee.id, 'invited'),
        }),
        expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: async (c) => ({
          id: c.programmes.foreign.id,
          enrolmentId: await c.enrolmentOf(c.programmes.foreign.id, c.otherTrainee.id, 'invited'),
        }),
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: (c) => ({ id: c.missingId, enrolmentId: c.missingId }), expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/me/enrolments',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },

  // ---- training menu -------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/menu-items',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/menu-items',
    request: (c) => ({
      body: {
        code: `MX-${c.tag.split('-').slice(1).join('-')}`.toUpperCase(),
        format: 'webinar',
        defaultDurationMin: 90,
        originalLocale: 'en',
        topics: ['reuse'],
        texts: [{ locale: 'en', title: 'Matrix webinar' }],
      },
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 201, admin: 201 },
  },
  {
    // own: an active item; foreign: an archived one, which trainees may not see (404, as if missing).
    method: 'GET',
    path: '/api/v1/menu-items/{id}',
    objects: {
      own: { id: (c) => c.menuItems.active, expect: readAll },
      foreign: {
        id: (c) => c.menuItems.archived,
        expect: { anonymous: 401, trainee: 404, instructor: 200, coordinator: 200, admin: 200 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      // Changes that leave who reaches the item as it was run on the shared items.
      ['PATCH', '/api/v1/menu-items/{id}', () => ({ body: { defaultDurationMin: 60 } }), 200, [false, false]],
      [
        'PUT',
        '/api/v1/menu-items/{id}/texts/{locale}',
        () => ({ body: { title: '매트릭스 메뉴' } }),
        200,
        [false, false],
      ],
      ['DELETE', '/api/v1/menu-items/{id}/texts/{locale}', () => ({}), 204, [true, true]],
      ['POST', '/api/v1/menu-items/{id}/archive', () => ({}), 200, [true, false]],
      ['POST', '/api/v1/menu-items/{id}/restore', () => ({}), 200, [false, true]],
    ] as const
  ).map(([method, path, request, ok, [freshActive, freshArchived]]): ObjectRow => {
    const params = (id: string) => (path.includes('{locale}') ? { id, locale: 'ko' } : id);
    const write = (status: number): Cells => ({
      anonymous: 401,
      trainee: 403,
      instructor: 403,
      coordinator: status,
      admin: status,
    });
    return {
      method,
      path,
      request,
      // own: an active item; foreign: an archived one. Writers reach both.
      objects: {
        own: {
          id: async (c) => params(freshActive ? await c.newMenuItem('active') : c.menuItems.active),
          expect: write(ok),
        },
        foreign: {
          id: async (c) => params(freshArchived ? await c.newMenuItem('archived') : c.menuItems.archived),
          expect: write(ok),
        },
        missing: { id: (c) => params(c.missingId), expect: write(404) },
      },
    };
  }),

  // ---- facilities ----------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/facilities',
    expect: { anonymous: 401, trainee: 403, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/v1/facilities',
    request: (c) => ({
      body: {
        name: `Matrix plant ${c.tag}`,
        kind: 'incineration_plant',
        address: 'Koto-ku, Tokyo',
        timeZone: 'Asia/Tokyo',
        capacity: 40,
        allowedWeekdays: [1, 2, 3, 4, 5],
      },
    }),
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 201, admin: 201 },
  },
  ...(
    [
      // own: an active facility; foreign: an archived one (staff still read it; it takes no changes or
      // visits: 409). Facilities belong to no one, so staff reach both; trainees reach none.
      // [method, path, request, [status on active, on archived], a fresh active one each cell, instructors too]
      ['GET', '/api/v1/facilities/{id}', () => ({}), [200, 200], false, true],
      [
        'PATCH',
        '/api/v1/facilities/{id}',
        () => ({ body: { safetyNotes: 'Helmets and closed shoes.' } }),
        [200, 409],
        false,
        false,
      ],
      ['POST', '/api/v1/facilities/{id}/archive', () => ({}), [200, 200], true, false],
      [
        'POST',
        '/api/v1/facilities/{id}/check-visit',
        () => ({
          body: {
            startsAt: '2099-10-06T10:00:00+09:00',
            endsAt: '2099-10-06T11:30:00+09:00',
            visitors: 15,
            overseasGroup: true,
            interpreters: 1,
          },
        }),
        [200, 409],
        false,
        true,
      ],
    ] as const
  ).map(([method, path, request, [okActive, okArchived], freshActive, staffRead]): ObjectRow => {
    const cells = (status: number): Cells => ({
      anonymous: 401,
      trainee: 403,
      instructor: staffRead ? status : 403,
      coordinator: status,
      admin: status,
    });
    return {
      method,
      path,
      request,
      objects: {
        own: {
          id: async (c) => (freshActive ? await c.newFacility('active') : c.facilities.active),
          expect: cells(okActive),
        },
        foreign: { id: (c) => c.facilities.archived, expect: cells(okArchived) },
        missing: { id: missing, expect: cells(404) },
      },
    };
  }),

  // ---- site-visit rosters and tasks ----------------------------------------------------------------
  {
    // For the programme's coordinators and admins (its instructor 403); a download is recorded but
    // changes nothing of who reaches the visit, so the cells share the visits.
    method: 'GET',
    path: '/api/v1/sessions/{id}/roster',
    request: () => ({ query: '?format=csv&lang=ja' }),
    objects: {
      own: { id: (c) => c.siteVisits.own.sessionId, expect: manageOwn(200) },
      foreign: { id: (c) => c.siteVisits.foreign.sessionId, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/me/tasks',
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
  },

  // ---- schedule ------------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/me/schedule',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/api/v1/me/calendar-feed',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    // Rotates the caller's own feed (the .ics row asks for the current token in each cell).
    method: 'POST',
    path: '/api/v1/me/calendar-feed',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    // For the programme's staff: its own trainees get 403, everyone else 404.
    method: 'GET',
    path: '/api/v1/programmes/{id}/calendar',
    objects: {
      own: {
        id: (c) => c.programmes.own.id,
        expect: { anonymous: 401, trainee: 403, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The token is the key, whoever holds it: own, the caller's current one; foreign, one rotated away.
    method: 'GET',
    path: '/api/v1/calendar/{token}.ics',
    public: true,
    objects: {
      own: {
        id: async (c) => {
          const token = await c.calendarFeed();
          return { id: token, token };
        },
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: async (c) => {
          const token = await c.calendarFeed(true);
          return { id: token, token };
        },
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
      missing: {
        id: () => ({ id: 'missing', token: 'A'.repeat(43) }),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },

  // ---- materials -----------------------------------------------------------------------------------
  // Programme materials: its staff (coordinators, instructors) and admins read and write them; its
  // trainees read what is released to them (a write: 403; anything else: 404, as for a missing one). The
  // menu's library is the staff's: any admin, coordinator or instructor; to trainees it does not exist.
  {
    // own: an active item; foreign: an archived one (its library still takes materials).
    method: 'POST',
    path: '/api/v1/menu-items/{id}/materials',
    request: () => ({ body: { kind: 'file', title: 'Matrix library file', originalLanguage: 'en' } }),
    objects: {
      own: { id: (c) => c.menuItems.active, expect: refusedToTrainees(201) },
      foreign: { id: (c) => c.menuItems.archived, expect: refusedToTrainees(201) },
      missing: { id: missing, expect: refusedToTrainees(404) },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/menu-items/{id}/materials',
    objects: {
      own: { id: (c) => c.menuItems.active, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.menuItems.archived, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/materials',
    request: () => ({ body: { kind: 'file', title: 'Matrix handout', originalLanguage: 'en' } }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: teachOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // Trainees get the list of what is released to them.
    method: 'GET',
    path: '/api/v1/programmes/{id}/materials',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      ['GET', '/api/v1/materials/{id}'],
      ['GET', '/api/v1/materials/{id}/content'],
    ] as const
  ).map(([method, path]): ObjectRow => ({
    method,
    path,
    objects: {
      own: { id: (c) => c.materials.own.id, expect: readAll },
      foreign: { id: (c) => c.materials.foreign.id, expect: adminOnlyHidden },
      staffOnly: { id: (c) => c.materials.staffOnly.id, expect: hiddenFromTrainees(200) },
      unreleased: { id: (c) => c.materials.unreleased.id, expect: hiddenFromTrainees(200) },
      library: { id: (c) => c.materials.library.id, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  {
    method: 'PATCH',
    path: '/api/v1/materials/{id}',
    request: () => ({ body: { description: 'Edited by the matrix' } }),
    objects: {
      own: { id: (c) => c.materials.own.id, expect: teachOwn(200) },
      foreign: { id: (c) => c.materials.foreign.id, expect: adminOnly(200) },
      staffOnly: { id: (c) => c.materials.staffOnly.id, expect: hiddenFromTrainees(200) },
      library: { id: (c) => c.materials.library.id, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The shared library material, copied into the own programme (own) or into nobody's (foreign).
    method: 'POST',
    path: '/api/v1/materials/{id}/copies',
    request: (c) => ({ body: { programmeId: c.programmes[c.object === 'foreign' ? 'foreign' : 'own'].id } }),
    objects: {
      own: { id: (c) => c.materials.library.id, expect: hiddenFromTrainees(201) },
      foreign: { id: (c) => c.materials.library.id, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      // [method, path, kind of the material, request]: a material made for each cell, as versions pile up.
      [
        'POST',
        '/api/v1/materials/{id}/versions',
        'link',
        () => ({ body: { language: 'en', url: 'https://example.org/matrix' } }),
      ],
      [
        'POST',
        '/api/v1/materials/{id}/uploads',
        'file',
        () => ({
          query: '?language=en&fileName=matrix.pdf',
          headers: { 'content-type': 'application/pdf' },
          body: PDF,
        }),
      ],
    ] as const
  ).map(([method, path, kind, request]): ObjectRow => ({
    method,
    path,
    request,
    objects: {
      own: { id: async (c) => (await c.newMaterial('own', { kind })).id, expect: teachOwn(201) },
      foreign: { id: async (c) => (await c.newMaterial('foreign', { kind })).id, expect: adminOnly(201) },
      library: {
        id: async (c) => (await c.newMaterial('library', { kind })).id,
        expect: hiddenFromTrainees(201),
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  {
    // By version id: staff any version; a trainee only the current one of a material released to them.
    method: 'GET',
    path: '/api/v1/material-versions/{id}/content',
    objects: {
      own: { id: (c) => c.materials.own.versionIds[0]!, expect: readAll },
      foreign: { id: (c) => c.materials.foreign.versionIds[0]!, expect: adminOnlyHidden },
      superseded: { id: (c) => c.materials.revised.versionIds[0]!, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The link of a delivery email is the key, whoever holds it, while the demo trainee it was sent to
    // may see the material. own: to a version released to them; foreign: to a version of nobody's
    // programme; expired: own, past its expiry.
    method: 'GET',
    path: '/api/v1/material-links/{token}',
    public: true,
    objects: {
      own: {
        id: (c) => tokenParams(c.materialLink(c.materials.own.versionIds[0]!, TRAINEE_ID)),
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => tokenParams(c.materialLink(c.materials.foreign.versionIds[0]!, TRAINEE_ID)),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
      expired: {
        id: (c) => tokenParams(c.materialLink(c.materials.own.versionIds[0]!, TRAINEE_ID, true)),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
      missing: {
        id: () => tokenParams(UNKNOWN_TOKEN),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    // Deliveries: the programme's coordinators and admins (its instructors and trainees 403); a library
    // material has none (403 to all staff).
    method: 'GET',
    path: '/api/v1/materials/{id}/deliveries',
    objects: {
      own: { id: (c) => c.materials.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.materials.foreign.id, expect: adminOnlyHidden },
      staffOnly: {
        id: (c) => c.materials.staffOnly.id,
        expect: { anonymous: 401, trainee: 404, instructor: 403, coordinator: 200, admin: 200 },
      },
      library: { id: (c) => c.materials.library.id, expect: hiddenFromTrainees(403) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // own: the demo trainee's delivery in the own programme; foreign: the other trainee's in nobody's.
    method: 'POST',
    path: '/api/v1/material-deliveries/{id}/resend',
    objects: {
      own: { id: (c) => c.deliveryOf(c.materials.own, TRAINEE_ID), expect: manageOwn(202) },
      foreign: { id: (c) => c.deliveryOf(c.materials.foreign, c.otherTrainee.id), expect: adminOnly(202) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/material-bundles',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // Bundles that were planned and never built: 409 to whoever may fetch them. A trainee fetches only
    // their language's bundle of a scope (English here): `otherLanguage` is the own programme's Japanese.
    method: 'GET',
    path: '/api/v1/programmes/{id}/material-bundles/{phaseKey}/{language}',
    objects: {
      own: {
        id: (c) => c.unbuiltBundle(c.programmes.own.id, 'en'),
        expect: { anonymous: 401, trainee: 409, instructor: 409, coordinator: 409, admin: 409 },
      },
      otherLanguage: {
        id: (c) => c.unbuiltBundle(c.programmes.own.id, 'ja'),
        expect: hiddenFromTrainees(409),
      },
      foreign: { id: (c) => c.unbuiltBundle(c.programmes.foreign.id, 'en'), expect: adminOnly(409) },
      missing: {
        id: (c) => ({ id: c.missingId, phaseKey: 'programme', language: 'en' }),
        expect: hiddenFromAll,
      },
    },
  },

  // ---- attendance ----------------------------------------------------------------------------------
  // A session's staff (its programme's coordinators and instructors, admins) take attendance; trainees
  // are refused by their role (403) before the session is looked up; another programme's session is 404.
  // Marking needs a session that has started: the past site visits (their demo trainee enrolled; the
  // foreign one gets the other trainee, enrolled active, so that its record is valid too).
  {
    method: 'GET',
    path: '/api/v1/sessions/{id}/attendance',
    objects: {
      own: { id: (c) => c.programmes.own.sessionId, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.programmes.foreign.sessionId, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/sessions/{id}/attendance',
    request: async (c) => ({
      body: { records: [{ userId: await attendeeOf(c), status: 'present', note: 'Matrix' }] },
    }),
    objects: {
      own: { id: (c) => c.siteVisits.own.sessionId, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.siteVisits.foreign.sessionId, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/sessions/{id}/attendance/sync',
    request: async (c) => ({
      body: {
        deviceId: c.tag,
        records: [{ userId: await attendeeOf(c), status: 'late', recordedAt: '2020-01-06T01:10:00Z' }],
      },
    }),
    objects: {
      own: { id: (c) => c.siteVisits.own.sessionId, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.siteVisits.foreign.sessionId, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    // An email of nobody in the programme: reported as unknown, nothing written.
    method: 'POST',
    path: '/api/v1/sessions/{id}/attendance/import',
    request: (c) => ({
      headers: { 'content-type': 'text/csv' },
      body: `email,join,leave\n${c.tag}@guests.example,2020-01-06 10:00,2020-01-06 11:30\n`,
    }),
    objects: {
      own: { id: (c) => c.siteVisits.own.sessionId, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.siteVisits.foreign.sessionId, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/sessions/{id}/check-in-codes',
    objects: {
      own: { id: (c) => c.programmes.own.sessionId, expect: refusedToTrainees(201) },
      foreign: { id: (c) => c.programmes.foreign.sessionId, expect: staffForeign(201) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/sessions/{id}/check-in-codes/current.svg',
    objects: {
      own: {
        id: async (c) => (await c.checkInCode(c.programmes.own.sessionId), c.programmes.own.sessionId),
        expect: refusedToTrainees(200),
      },
      foreign: {
        id: async (c) => (
          await c.checkInCode(c.programmes.foreign.sessionId),
          c.programmes.foreign.sessionId
        ),
        expect: staffForeign(200),
      },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    // Trainees only (staff 403 by role); own: a session running now in a programme the trainee attends.
    method: 'POST',
    path: '/api/v1/sessions/{id}/check-ins',
    request: () => ({ body: { code: CHECK_IN_CODE } }),
    objects: {
      own: {
        id: async (c) => (await c.liveSession('own')).sessionId,
        expect: { anonymous: 401, trainee: 201, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: async (c) => (await c.liveSession('foreign')).sessionId,
        expect: { anonymous: 401, trainee: 404, instructor: 403, coordinator: 403, admin: 403 },
      },
      missing: {
        id: missing,
        expect: { anonymous: 401, trainee: 404, instructor: 403, coordinator: 403, admin: 403 },
      },
    },
  },
  {
    // A trainee's own: its staff (who see the programme) get 403; to anyone else it does not exist.
    method: 'GET',
    path: '/api/v1/programmes/{id}/attendance/me',
    objects: {
      own: {
        id: (c) => c.programmes.own.id,
        expect: { anonymous: 401, trainee: 200, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.programmes.foreign.id,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/attendance',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },

  // ---- certificates --------------------------------------------------------------------------------
  // A trainee's own; a programme's coordinators (and admins) list, issue and revoke; its staff download.
  {
    method: 'GET',
    path: '/api/v1/me/certificates',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    // Idempotent: the shared certificates' enrolments give back the certificate they have.
    method: 'POST',
    path: '/api/v1/programmes/{id}/enrolments/{enrolmentId}/certificate',
    objects: {
      own: {
        id: (c) => ({ id: c.certificates.own.programmeId, enrolmentId: c.certificates.own.enrolmentId }),
        expect: manageOwn(200),
      },
      foreign: {
        id: (c) => ({
          id: c.certificates.foreign.programmeId,
          enrolmentId: c.certificates.foreign.enrolmentId,
        }),
        expect: manageForeign(200),
      },
      // Revoked: never issued again (410) to whoever may ask.
      revoked: {
        id: (c) => ({
          id: c.certificates.revoked.programmeId,
          enrolmentId: c.certificates.revoked.enrolmentId,
        }),
        expect: manageOwn(410),
      },
      missing: { id: (c) => ({ id: c.missingId, enrolmentId: c.missingId }), expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/certificates',
    objects: {
      own: { id: (c) => c.certificates.own.programmeId, expect: manageOwn(200) },
      foreign: { id: (c) => c.certificates.foreign.programmeId, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    // Its trainee (410 once revoked) and the programme's staff (revoked too); to anyone else, 404.
    method: 'GET',
    path: '/api/v1/certificates/{id}/pdf',
    objects: {
      own: { id: (c) => c.certificates.own.id, expect: readAll },
      otherTrainee: { id: (c) => c.certificates.otherTrainee.id, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.certificates.foreign.id, expect: adminOnlyHidden },
      revoked: {
        id: (c) => c.certificates.revoked.id,
        expect: { anonymous: 401, trainee: 410, instructor: 200, coordinator: 200, admin: 200 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/certificates/{id}/revoke',
    request: () => ({ body: { reason: 'Revoked by the matrix' } }),
    objects: {
      own: { id: async (c) => (await c.newCertificate('own')).id, expect: manageOwn(200) },
      foreign: { id: async (c) => (await c.newCertificate('foreign')).id, expect: manageForeign(200) },
      revoked: { id: (c) => c.certificates.revoked.id, expect: manageOwn(409) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    // Public, the same for everyone: exactly the name, programme and date; revoked 410; made up 404.
    method: 'GET',
    path: '/api/v1/certificates/verify/{code}',
    public: true,
    objects: {
      own: {
        id: (c) => ({ id: c.certificates.own.code, code: c.certificates.own.code }),
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => ({ id: c.certificates.foreign.code, code: c.certificates.foreign.code }),
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      revoked: {
        id: (c) => ({ id: c.certificates.revoked.code, code: c.certificates.revoked.code }),
        expect: { anonymous: 410, trainee: 410, instructor: 410, coordinator: 410, admin: 410 },
      },
      missing: {
        id: () => ({ id: 'ZZZZ-ZZZZ-ZZZZ', code: 'ZZZZ-ZZZZ-ZZZZ' }),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },

  // ---- completion ----------------------------------------------------------------------------------
  // The rules: everyone on the programme reads them, its coordinators (and admins) set them. The staff
  // view: its staff, instructors too (trainees 403). `/completion/me`: its trainees' own (staff 403).
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/completion-rules',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The rules the shared programmes have (none): a valid change that changes nothing shared.
    method: 'PUT',
    path: '/api/v1/programmes/{id}/completion-rules',
    request: () => ({
      body: { minAttendancePercent: null, postTestPassPercent: null, reportsAccepted: false },
    }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/completion',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/completion/me',
    objects: {
      own: {
        id: (c) => c.programmes.own.id,
        expect: { anonymous: 401, trainee: 200, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.programmes.foreign.id,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },

  // ---- assessments ---------------------------------------------------------------------------------
  // The pool and the settings: the programme's staff (instructors too) and admins; its trainees 403;
  // anyone else 404. Trainees read published assessments and take them; staff mark.
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/assessment-questions',
    request: () => ({
      body: { kind: 'true_false', texts: { en: 'Fly ash is harmless.' }, key: { optionIds: ['false'] } },
    }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: teachOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/assessment-questions',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: teachOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The same wording again: a valid change that changes nothing shared.
    method: 'PATCH',
    path: '/api/v1/assessment-questions/{id}',
    request: () => ({ body: { texts: { en: 'Which waste is burned?' } } }),
    objects: {
      own: { id: (c) => c.assessments.own.questionId, expect: teachOwn(200) },
      foreign: { id: (c) => c.assessments.foreign.questionId, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The key it already has: regrades, changes nothing.
    method: 'POST',
    path: '/api/v1/assessment-questions/{id}/key-correction',
    request: () => ({ body: { key: { optionIds: ['b'] } } }),
    objects: {
      own: { id: (c) => c.assessments.own.questionId, expect: teachOwn(200) },
      foreign: { id: (c) => c.assessments.foreign.questionId, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/assessments',
    request: (c) => ({
      body: {
        kind: 'quiz',
        title: `Matrix quiz ${c.tag}`,
        questionIds: [
          c.object === 'foreign' ? c.assessments.foreign.questionId : c.assessments.own.questionId,
        ],
      },
    }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: teachOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      ['GET', '/api/v1/programmes/{id}/assessments'],
      ['GET', '/api/v1/programmes/{id}/learning-gain'],
    ] as const
  ).map(([method, path]): ObjectRow => ({
    method,
    path,
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  ...(
    [
      ['GET', '/api/v1/assessments/{id}'],
      ['GET', '/api/v1/assessments/{id}/attempts'],
    ] as const
  ).map(([method, path]): ObjectRow => ({
    method,
    path,
    objects: {
      own: { id: (c) => c.assessments.own.id, expect: readAll },
      foreign: { id: (c) => c.assessments.foreign.id, expect: adminOnlyHidden },
      draft: { id: (c) => c.assessments.draft.id, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  {
    method: 'PATCH',
    path: '/api/v1/assessments/{id}',
    request: () => ({ body: { passPercent: 60 } }),
    objects: {
      own: { id: (c) => c.assessments.own.id, expect: teachOwn(200) },
      foreign: { id: (c) => c.assessments.foreign.id, expect: adminOnly(200) },
      draft: { id: (c) => c.assessments.draft.id, expect: hiddenFromTrainees(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      ['POST', '/api/v1/assessments/{id}/publish'],
      ['POST', '/api/v1/assessments/{id}/regrade'],
    ] as const
  ).map(([method, path]): ObjectRow => ({
    method,
    path,
    objects: {
      // Publishing a published one again changes nothing.
      own: { id: (c) => c.assessments.own.id, expect: teachOwn(200) },
      foreign: { id: (c) => c.assessments.foreign.id, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  {
    // A trainee gets a new attempt or their unfinished one; staff take no tests.
    method: 'POST',
    path: '/api/v1/assessments/{id}/attempts',
    objects: {
      own: {
        id: (c) => c.assessments.own.id,
        expect: { anonymous: 401, trainee: 201, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.assessments.foreign.id,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      draft: { id: (c) => c.assessments.draft.id, expect: hiddenFromTrainees(403) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/assessment-attempts/{id}',
    objects: {
      own: { id: (c) => c.newAttempt(c.assessments.own, TRAINEE_ID, 'submitted'), expect: readAll },
      otherTrainee: {
        id: (c) => c.newAttempt(c.assessments.own, c.otherTrainee.id, 'submitted'),
        expect: hiddenFromTrainees(200),
      },
      foreign: {
        id: (c) => c.newAttempt(c.assessments.foreign, c.otherTrainee.id, 'submitted'),
        expect: adminOnlyHidden,
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  ...(
    [
      ['PUT', '/api/v1/assessment-attempts/{id}/answers', 200],
      ['POST', '/api/v1/assessment-attempts/{id}/submit', 200],
    ] as const
  ).map(([method, path, ok]): ObjectRow => ({
    // Only the trainee whose attempt it is answers and submits it (staff: 403; other trainees: 404).
    method,
    path,
    request: (c) =>
      method === 'PUT'
        ? { body: { answers: [{ questionId: c.assessments.own.questionId, optionIds: ['b'] }] } }
        : {},
    objects: {
      own: {
        id: (c) => c.newAttempt(c.assessments.own, TRAINEE_ID, 'in_progress'),
        expect: { anonymous: 401, trainee: ok, instructor: 403, coordinator: 403, admin: 403 },
      },
      otherTrainee: {
        id: (c) => c.newAttempt(c.assessments.own, c.otherTrainee.id, 'in_progress'),
        expect: { anonymous: 401, trainee: 404, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.newAttempt(c.assessments.foreign, c.otherTrainee.id, 'in_progress'),
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  })),
  {
    method: 'POST',
    path: '/api/v1/assessment-attempts/{id}/overrides',
    request: (c) => ({
      body: {
        questionId: c.object === 'foreign' ? c.assessments.foreign.questionId : c.assessments.own.questionId,
        points: 1,
        comment: 'Matrix',
      },
    }),
    objects: {
      own: { id: (c) => c.newAttempt(c.assessments.own, TRAINEE_ID, 'submitted'), expect: teachOwn(200) },
      foreign: {
        id: (c) => c.newAttempt(c.assessments.foreign, c.otherTrainee.id, 'submitted'),
        expect: adminOnly(200),
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },

  // ---- audit ---------------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/api/v1/audit-events',
    expect: { anonymous: 401, trainee: 403, instructor: 403, coordinator: 200, admin: 200 },
  },

  // ---- health --------------------------------------------------------------------------------------
  {
    method: 'GET',
    path: '/health/live',
    public: true,
    expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/health/ready',
    public: true,
    expect: {
      anonymous: [200, 503],
      trainee: [200, 503],
      instructor: [200, 503],
      coordinator: [200, 503],
      admin: [200, 503],
    },
  },
  // ---- surveys -------------------------------------------------------------------------------------
  // Templates: coordinators and admins (not owned by a programme). A programme's surveys: its coordinators
  // and admins. Invitations answer with their token whoever calls (the token is the credential); signed
  // in, only the invitee reaches their survey (404 to anyone else).
  {
    method: 'POST',
    path: '/api/v1/survey-templates',
    request: () => ({ body: { title: 'Matrix template', questions: [] } }),
    expect: manageOwn(201),
  },
  { method: 'GET', path: '/api/v1/survey-templates', expect: manageOwn(200) },
  {
    method: 'GET',
    path: '/api/v1/survey-templates/{id}',
    objects: {
      own: { id: (c) => c.surveys.template, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.template, expect: manageOwn(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'PATCH',
    path: '/api/v1/survey-templates/{id}',
    request: () => ({ body: { title: 'Matrix survey template' } }),
    objects: {
      own: { id: (c) => c.surveys.template, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.template, expect: manageOwn(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/surveys',
    request: (c) => ({
      body: {
        templateId: c.surveys.template,
        level: 'other',
        opensAt: '2026-01-01T00:00:00Z',
        closesAt: '2099-01-01T00:00:00Z',
      },
    }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(201) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/surveys',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/surveys/{id}',
    objects: {
      own: { id: (c) => c.surveys.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'PATCH',
    path: '/api/v1/surveys/{id}',
    request: () => ({ body: { title: 'Matrix survey' } }),
    objects: {
      own: { id: (c) => c.surveys.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/surveys/{id}/open',
    objects: {
      own: { id: async (c) => (await c.newSurvey('own', 'draft')).id, expect: manageOwn(200) },
      foreign: { id: async (c) => (await c.newSurvey('foreign', 'draft')).id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/surveys/{id}/close',
    objects: {
      own: { id: async (c) => (await c.newSurvey('own', 'open')).id, expect: manageOwn(200) },
      foreign: { id: async (c) => (await c.newSurvey('foreign', 'open')).id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/surveys/{id}/invitations',
    request: () => ({ body: {} }),
    objects: {
      own: { id: (c) => c.surveys.own.id, expect: manageOwn(201) },
      foreign: { id: (c) => c.surveys.foreign.id, expect: manageForeign(201) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/surveys/{id}/invitations',
    objects: {
      own: { id: (c) => c.surveys.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/surveys/{id}/results',
    objects: {
      own: { id: (c) => c.surveys.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.surveys.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/survey-invitations/{token}',
    public: true,
    objects: {
      own: {
        id: (c) => tokenParams(c.surveys.own.token),
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      foreign: {
        id: (c) => tokenParams(c.surveys.foreign.token),
        expect: { anonymous: 200, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
      },
      missing: {
        id: () => tokenParams(UNKNOWN_TOKEN),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/survey-invitations/{token}/responses',
    public: true,
    request: () => ({ body: { answers: [] } }),
    objects: {
      own: {
        id: async (c) => tokenParams((await c.newSurvey('own', 'open')).token),
        expect: { anonymous: 204, trainee: 204, instructor: 204, coordinator: 204, admin: 204 },
      },
      foreign: {
        id: async (c) => tokenParams((await c.newSurvey('foreign', 'open')).token),
        expect: { anonymous: 204, trainee: 204, instructor: 204, coordinator: 204, admin: 204 },
      },
      missing: {
        id: () => tokenParams(UNKNOWN_TOKEN),
        expect: { anonymous: 404, trainee: 404, instructor: 404, coordinator: 404, admin: 404 },
      },
    },
  },
  { method: 'GET', path: '/api/v1/me/surveys', expect: readAll },
  {
    method: 'GET',
    path: '/api/v1/me/surveys/{id}',
    objects: {
      own: {
        id: (c) => c.surveys.own.id,
        expect: { anonymous: 401, trainee: 200, instructor: 404, coordinator: 404, admin: 404 },
      },
      foreign: { id: (c) => c.surveys.foreign.id, expect: hiddenFromAll },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/me/surveys/{id}/responses',
    request: () => ({ body: { answers: [] } }),
    objects: {
      own: {
        id: async (c) => (await c.newSurvey('own', 'open')).id,
        expect: { anonymous: 401, trainee: 204, instructor: 404, coordinator: 404, admin: 404 },
      },
      foreign: { id: async (c) => (await c.newSurvey('foreign', 'open')).id, expect: hiddenFromAll },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  // Evaluation plans: the programme's coordinators and admins; trainees and instructors 403; another
  // programme's coordinator 404.
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/survey-plan',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    // The plan the shared programmes have (none): a valid change that changes nothing shared.
    method: 'PUT',
    path: '/api/v1/programmes/{id}/survey-plan',
    request: () => ({ body: { levels: [] } }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/survey-occurrences',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },

  // ---- reports -------------------------------------------------------------------------------------
  // Stages: the programme's coordinators (and admins) write them, everyone on the programme reads them.
  // Submissions: its trainees hand in their own (staff 403); staff read and review all of them; a
  // trainee never reaches another trainee's (404).
  {
    method: 'POST',
    path: '/api/v1/programmes/{id}/report-stages',
    request: () => ({ body: { kind: 'other', title: 'Matrix stage', dueAt: '2099-01-01T00:00:00Z' } }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(201) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/report-stages',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: readAll },
      foreign: { id: (c) => c.programmes.foreign.id, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/report-stages/{id}',
    objects: {
      own: { id: (c) => c.reports.stages.own, expect: readAll },
      foreign: { id: (c) => c.reports.stages.foreign, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // Sends the title it has: a valid change that changes nothing shared.
    method: 'PATCH',
    path: '/api/v1/report-stages/{id}',
    request: () => ({ body: { title: 'Matrix report stage' } }),
    objects: {
      own: { id: (c) => c.reports.stages.own, expect: manageOwn(200) },
      foreign: { id: (c) => c.reports.stages.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/report-stages/{id}',
    objects: {
      own: { id: (c) => c.newReportStage('own'), expect: manageOwn(204) },
      foreign: { id: (c) => c.newReportStage('foreign'), expect: adminOnly(204) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/report-stages/{id}/rubric',
    request: () => ({
      body: {
        criteria: [
          {
            title: 'Feasibility',
            weight: 1,
            levels: [
              { label: 'Beginning', points: 1 },
              { label: 'Accomplished', points: 3 },
            ],
          },
        ],
      },
    }),
    objects: {
      own: { id: (c) => c.newReportStage('own'), expect: manageOwn(200) },
      foreign: { id: (c) => c.newReportStage('foreign'), expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // Trainees hand in; staff, who see the stage, are refused (403).
    method: 'POST',
    path: '/api/v1/report-stages/{id}/files',
    request: () => ({
      query: '?fileName=matrix-report.pdf',
      headers: { 'content-type': 'application/pdf' },
      body: PDF,
    }),
    objects: {
      own: {
        id: (c) => c.reports.stages.own,
        expect: { anonymous: 401, trainee: 201, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.reports.stages.foreign,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/report-stages/{id}/submissions',
    request: () => ({ body: { text: 'Matrix report' } }),
    objects: {
      own: {
        id: (c) => c.reports.stages.own,
        expect: { anonymous: 401, trainee: 201, instructor: 403, coordinator: 403, admin: 403 },
      },
      foreign: {
        id: (c) => c.reports.stages.foreign,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 404, admin: 403 },
      },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The demo trainee's history (`others`: the other trainee's), as ?userId=.
    method: 'GET',
    path: '/api/v1/report-stages/{id}/submissions',
    request: (c) => ({ query: `?userId=${c.object === 'others' ? c.otherTrainee.id : TRAINEE_ID}` }),
    objects: {
      own: { id: (c) => c.reports.stages.own, expect: readAll },
      others: { id: (c) => c.reports.stages.own, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.reports.stages.foreign, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/report-stages/{id}/progress',
    objects: {
      own: { id: (c) => c.reports.stages.own, expect: teachOwn(200) },
      foreign: { id: (c) => c.reports.stages.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // A fresh unreviewed submission per cell: `own` is the demo trainee's (who may not review it: 403).
    method: 'POST',
    path: '/api/v1/report-submissions/{id}/review',
    request: () => ({ body: { decision: 'returned', comment: 'Matrix review', scores: [] } }),
    objects: {
      own: { id: (c) => c.newReportSubmission('own'), expect: teachOwn(201) },
      others: { id: (c) => c.newReportSubmission('others'), expect: hiddenFromTrainees(201) },
      foreign: { id: (c) => c.newReportSubmission('foreign'), expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/report-submissions/{id}/file',
    objects: {
      own: { id: (c) => c.reports.fileSubmissions.own, expect: readAll },
      others: { id: (c) => c.reports.fileSubmissions.others, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.reports.fileSubmissions.foreign, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  // ---- action-plan indicators (L4) ----------------------------------------------------------------
  // A trainee writes their own plan's indicators and values; the programme's staff read and write all of
  // them; another trainee's do not exist (404); the L4 summary is the staff's (trainees 403).
  {
    method: 'GET',
    path: '/api/v1/indicator-catalogue',
    expect: { anonymous: 401, trainee: 200, instructor: 200, coordinator: 200, admin: 200 },
  },
  {
    // Staff write for the other trainee (enrolled in both programmes); a trainee for themselves.
    method: 'POST',
    path: '/api/v1/report-stages/{id}/indicators',
    request: (c) => ({
      body: {
        ...(c.caller === 'trainee' ? {} : { userId: c.otherTrainee.id }),
        catalogueCode: 'landfill_diversion',
        baselineValue: 10,
        baselineOn: '2027-01-31',
        targetValue: 30,
        targetOn: '2028-12-31',
      },
    }),
    objects: {
      own: {
        id: (c) => c.indicators.stages.own,
        expect: { ...readAll, trainee: 201, instructor: 201, coordinator: 201, admin: 201 },
      },
      foreign: { id: (c) => c.indicators.stages.foreign, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/report-stages/{id}/indicators',
    objects: {
      own: { id: (c) => c.indicators.stages.own, expect: readAll },
      foreign: { id: (c) => c.indicators.stages.foreign, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/indicators/{id}',
    objects: {
      own: { id: (c) => c.indicators.items.own, expect: readAll },
      others: { id: (c) => c.indicators.items.others, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.indicators.items.foreign, expect: adminOnlyHidden },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // Sends the note it has: a valid change that changes nothing shared.
    method: 'PATCH',
    path: '/api/v1/indicators/{id}',
    request: () => ({ body: { note: 'Matrix indicator' } }),
    objects: {
      own: { id: (c) => c.indicators.items.own, expect: readAll },
      others: { id: (c) => c.indicators.items.others, expect: hiddenFromTrainees(200) },
      foreign: { id: (c) => c.indicators.items.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // A fresh indicator per cell: its trainee deletes their own (no values yet), staff any.
    method: 'DELETE',
    path: '/api/v1/indicators/{id}',
    objects: {
      own: {
        id: (c) => c.newIndicator('own'),
        expect: { ...readAll, trainee: 204, instructor: 204, coordinator: 204, admin: 204 },
      },
      others: { id: (c) => c.newIndicator('others'), expect: hiddenFromTrainees(204) },
      foreign: { id: (c) => c.newIndicator('foreign'), expect: adminOnly(204) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    // The same +90 value each time: every cell replaces it with itself.
    method: 'POST',
    path: '/api/v1/indicators/{id}/values',
    request: () => ({ body: { followUp: '90', asOf: '2027-05-31', value: 55 } }),
    objects: {
      own: {
        id: (c) => c.indicators.items.own,
        expect: { ...readAll, trainee: 201, instructor: 201, coordinator: 201, admin: 201 },
      },
      others: { id: (c) => c.indicators.items.others, expect: hiddenFromTrainees(201) },
      foreign: { id: (c) => c.indicators.items.foreign, expect: adminOnly(201) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/l4-summary',
    objects: {
      own: { id: (c) => c.indicators.programmes.own, expect: teachOwn(200) },
      foreign: { id: (c) => c.indicators.programmes.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },

  // ---- dashboards, funder reports, exports --------------------------------------------------------
  // The dashboard: the programme's staff, instructors too (trainees 403). The funder report and exports:
  // its coordinators and admins (instructors and trainees 403). An export file: whoever asked for it and
  // the programme's coordinators (admins); to anyone else it does not exist.
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/dashboard',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: refusedToTrainees(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: staffForeign(200) },
      missing: { id: missing, expect: staffMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/funder-report',
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(200) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(200) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/programmes/{id}/exports/{file}',
    objects: {
      own: { id: (c) => ({ id: c.programmes.own.id, file: 'participants.csv' }), expect: manageOwn(200) },
      foreign: {
        id: (c) => ({ id: c.programmes.foreign.id, file: 'completion.xlsx' }),
        expect: manageForeign(200),
      },
      missing: { id: (c) => ({ id: c.missingId, file: 'attendance.csv' }), expect: manageMissing },
    },
  },
  {
    // Adds an export (and its job) to the shared programme: nothing a cell reads changes.
    method: 'POST',
    path: '/api/v1/programmes/{id}/exports',
    request: () => ({ body: { kind: 'participants', format: 'csv' } }),
    objects: {
      own: { id: (c) => c.programmes.own.id, expect: manageOwn(202) },
      foreign: { id: (c) => c.programmes.foreign.id, expect: manageForeign(202) },
      missing: { id: missing, expect: manageMissing },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/exports/{id}',
    objects: {
      own: {
        id: (c) => c.exports.own,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 200, admin: 200 },
      },
      foreign: { id: (c) => c.exports.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/exports/{id}/file',
    objects: {
      own: {
        id: (c) => c.exports.own,
        expect: { anonymous: 401, trainee: 404, instructor: 404, coordinator: 200, admin: 200 },
      },
      foreign: { id: (c) => c.exports.foreign, expect: adminOnly(200) },
      missing: { id: missing, expect: hiddenFromAll },
    },
  },
];
