import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PLACE_HOLDING } from '../enrolments/enrolment.entity.js';
import type { SessionKind, SessionStatus } from '../sessions/session.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';

/** The reader's relation to a programme, as ProgrammesService names it. */
export type ScheduleAccess = 'manage' | 'teach' | 'attend';

/** One session of a schedule, with what the schedule shows of its programme. */
export interface ScheduleRow {
  id: string;
  programmeId: string;
  programmeCode: string;
  programmeTitle: string;
  hostTimeZone: string;
  kind: SessionKind;
  title: string;
  status: SessionStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  allDayFrom: string | null;
  allDayTo: string | null;
  room: string | null;
  facilityId: string | null;
  meetingUrl: string | null;
  dialIn: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The reader's relation to the programme. */
  access: ScheduleAccess;
  /** The reader is one of the session's instructors. */
  teaching: boolean;
}

/** Whose schedule: which of their programme_staff rows count (the roles they hold), and as what. */
export interface ScheduleReader {
  userId: string;
  coordinates: boolean;
  teaches: boolean;
  /** Admins manage every programme they are on, whatever the row says. */
  admin: boolean;
}

const HOLDING = PLACE_HOLDING.map((s) => `'${s}'`).join(', ');

const COLUMNS = `s.id, s.programme_id, p.code AS programme_code, p.title AS programme_title, p.host_time_zone,
       s.kind, s.title, s.status, s.starts_at, s.ends_at, s.time_zone,
       DATE_FORMAT(s.all_day_from, '%Y-%m-%d') AS all_day_from, DATE_FORMAT(s.all_day_to, '%Y-%m-%d') AS all_day_to,
       s.room, s.facility_id, s.meeting_url, s.dial_in, s.created_at, s.updated_at`;

/** Timed sessions that overlap [start, end), all-day ones with a date in [from, to]. */
const IN_WINDOW = `((s.starts_at < ? AND s.ends_at > ?) OR (s.all_day_from <= ? AND s.all_day_to >= ?))`;

type Raw = Record<string, unknown>;

const toRow = (r: Raw): ScheduleRow => ({
  id: r.id as string,
  programmeId: r.programme_id as string,
  programmeCode: r.programme_code as string,
  programmeTitle: r.programme_title as string,
  hostTimeZone: r.host_time_zone as string,
  kind: r.kind as SessionKind,
  title: r.title as string,
  status: r.status as SessionStatus,
  startsAt: r.starts_at as Date | null,
  endsAt: r.ends_at as Date | null,
  timeZone: r.time_zone as string,
  allDayFrom: r.all_day_from as string | null,
  allDayTo: r.all_day_to as string | null,
  room: r.room as string | null,
  facilityId: r.facility_id as string | null,
  meetingUrl: r.meeting_url as string | null,
  dialIn: r.dial_in as string | null,
  createdAt: r.created_at as Date,
  updatedAt: r.updated_at as Date,
  access: (['manage', 'teach', 'attend'] as const)[Number(r.lvl) - 1] ?? 'attend',
  teaching: Number(r.teaching) === 1,
});

/**
 * The schedule is a read model across features (sessions, their programmes, staff and enrolments): one
 * query per schedule, never one per session, because a trainee on a slow line waits for every round trip
 * and the benchmark holds it to a bare handler running this same SQL. It writes nothing but feed rows.
 */
@Injectable()
export class ScheduleRepository {
  /**
   * The sessions in the window of every programme the reader holds a place in (enrolment invited, active,
   * completed or not completed) or is staff of with a role they hold, each with their strongest relation.
   */
  async forReader(
    em: EntityManager,
    reader: ScheduleReader,
    window: { start: Date; end: Date; from: string; to: string },
  ): Promise<ScheduleRow[]> {
    const { sql, params } = readerSchedule(reader, window);
    return ((await em.query(sql, params)) as Raw[]).map(toRow);
  }

  /** Every session of one programme (its staff's view: the reader checked beforehand). */
  async forProgramme(
    em: EntityManager,
    programmeId: string,
    access: ScheduleAccess,
    userId: string,
  ): Promise<ScheduleRow[]> {
    const rows = (await em.query(
      `SELECT ${COLUMNS}, ${access === 'manage' ? 1 : access === 'teach' ? 2 : 3} AS lvl,
              EXISTS (SELECT 1 FROM session_instructor si WHERE si.session_id = s.id AND si.user_id = ?) AS teaching
         FROM session s JOIN programme p ON p.id = s.programme_id
        WHERE s.programme_id = ?`,
      [userId, programmeId],
    )) as Raw[];
    return rows.map(toRow);
  }

  findFeed(em: EntityManager, userId: string): Promise<CalendarFeedEntity | null> {
    return em.findOne(CalendarFeedEntity, { where: { userId } });
  }

  findFeedByHash(em: EntityManager, tokenHash: string): Promise<CalendarFeedEntity | null> {
    return em.findOne(CalendarFeedEntity, { where: { tokenHash } });
  }

  /** The first feed of a user; a concurrent first one wins and this one changes nothing. */
  async createFeed(em: EntityManager, userId: string, tokenHash: string): Promise<void> {
    await em.query(
      `INSERT INTO calendar_feed (user_id, version, token_hash) VALUES (?, 1, ?)
       ON DUPLICATE KEY UPDATE user_id = user_id`,
      [userId, tokenHash],
    );
  }

  /** The feed row, locked for the caller's transaction (rotation). */
  lockFeed(em: EntityManager, userId: string): Promise<CalendarFeedEntity | null> {
    return em.findOne(CalendarFeedEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  async setFeedVersion(em: EntityManager, userId: string, version: number, tokenHash: string): Promise<void> {
    await em.update(CalendarFeedEntity, { userId }, { version, tokenHash, rotatedAt: new Date() });
  }
}

/**
 * The one statement of a reader's schedule and its parameters (bench/bare-fastify-schedule.ts runs the
 * same text: change both). The derived table `m` is the reader's programmes with their relation:
 * 1 manage, 2 teach, 3 attend (the strongest wins).
 */
function readerSchedule(
  reader: ScheduleReader,
  window: { start: Date; end: Date; from: string; to: string },
): { sql: string; params: unknown[] } {
  const roles = [
    ...(reader.coordinates ? ["'coordinator'"] : []),
    ...(reader.teaches ? ["'instructor'"] : []),
  ];
  const staff = roles.length
    ? `SELECT programme_id, ${reader.admin ? '1' : `IF(role = 'coordinator', 1, 2)`} AS lvl
         FROM programme_staff WHERE user_id = ? AND role IN (${roles.join(', ')})
       UNION ALL `
    : '';
  return {
    sql: `SELECT ${COLUMNS}, m.lvl,
                 EXISTS (SELECT 1 FROM session_instructor si WHERE si.session_id = s.id AND si.user_id = ?) AS teaching
            FROM (SELECT programme_id, MIN(lvl) AS lvl FROM (
                    ${staff}SELECT programme_id, 3 AS lvl FROM enrolment WHERE user_id = ? AND status IN (${HOLDING})
                  ) mine GROUP BY programme_id) m
            JOIN programme p ON p.id = m.programme_id
            JOIN session s ON s.programme_id = m.programme_id
           WHERE ${IN_WINDOW}`,
    params: [
      reader.userId,
      ...(roles.length ? [reader.userId] : []),
      reader.userId,
      window.end,
      window.start,
      window.to,
      window.from,
    ],
  };
}
