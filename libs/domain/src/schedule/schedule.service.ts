import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound } from '../common/domain-error.js';
import { hasRole, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import type { Role } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { calendarIcs } from './calendar-ics.js';
import type { CalendarFeedEntity } from './calendar-feed.entity.js';
import {
  feedWindow,
  scheduleWindow,
  startMillis,
  timePoint,
  usableZone,
  type TimePoint,
} from './schedule-time.js';
import {
  ScheduleRepository,
  type ScheduleAccess,
  type ScheduleReader,
  type ScheduleRow,
} from './schedule.repository.js';

export interface ScheduleItem {
  id: string;
  programme: { id: string; code: string; title: string };
  kind: ScheduleRow['kind'];
  title: string;
  status: ScheduleRow['status'];
  /** The reader's relation to the programme: manage (coordinator), teach (instructor), attend (trainee). */
  access: ScheduleAccess;
  /** The reader is one of the session's instructors. */
  teaching: boolean;
  location: { room: string | null; facilityId: string | null };
  allDay: boolean;
  /** Timed items: the instant in UTC, in the reader's zone and in the host's, each with its offset. */
  start: TimePoint | null;
  end: TimePoint | null;
  /** All-day items: calendar dates, inclusive, the same in every zone. */
  from: string | null;
  to: string | null;
  /** Only for a session that is not cancelled: its trainees holding a place and its staff see them. */
  meetingUrl: string | null;
  dialIn: string | null;
}

export interface Schedule {
  /** The reader's zone, the one of every `local`. */
  timeZone: string;
  /** The window, as dates in the reader's zone (inclusive). */
  from: string;
  to: string;
  items: ScheduleItem[];
}

export interface ProgrammeCalendar {
  programme: { id: string; code: string; title: string; hostTimeZone: string };
  timeZone: string;
  items: ScheduleItem[];
}

/** A personal feed: its secret token (the URL is the API's to build) and when it was made or last rotated. */
export interface CalendarFeedLink {
  token: string;
  createdAt: Date;
  rotatedAt: Date | null;
}

export interface CalendarFeedDocument {
  ics: string;
  /** A strong validator of this very text, for If-None-Match. */
  etag: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A token has the shape of an HMAC-SHA-256 in base64url (256 bits); anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const readerOf = (user: { id: string; roles: Role[] }): ScheduleReader => ({
  userId: user.id,
  coordinates: hasRole(user, 'coordinator', 'admin'),
  teaches: hasRole(user, 'instructor', 'admin'),
  admin: hasRole(user, 'admin'),
});

function toItem(r: ScheduleRow, zone: string): ScheduleItem {
  const links = r.status !== 'cancelled';
  const timed = r.startsAt !== null && r.endsAt !== null;
  return {
    id: r.id,
    programme: { id: r.programmeId, code: r.programmeCode, title: r.programmeTitle },
    kind: r.kind,
    title: r.title,
    status: r.status,
    access: r.access,
    teaching: r.teaching,
    location: { room: r.room, facilityId: r.facilityId },
    allDay: !timed,
    start: timed ? timePoint(r.startsAt!, zone, usableZone(r.hostTimeZone)) : null,
    end: timed ? timePoint(r.endsAt!, zone, usableZone(r.hostTimeZone)) : null,
    from: timed ? null : r.allDayFrom,
    to: timed ? null : r.allDayTo,
    meetingUrl: links ? r.meetingUrl : null,
    dialIn: links ? r.dialIn : null,
  };
}

/** In time order in the reader's zone (an all-day item from its first midnight there), then by id. */
function inOrder(rows: ScheduleRow[], zone: string): ScheduleRow[] {
  const keyed = rows.map((r) => ({ r, at: startMillis(r.startsAt, r.allDayFrom, zone) }));
  keyed.sort((a, b) => a.at - b.at || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  return keyed.map((k) => k.r);
}

/**
 * The schedules: a reader's own (`me/schedule` and the personal iCalendar feed) and a programme's
 * timetable for its staff. Trainees see the sessions of the programmes where their enrolment holds a place;
 * coordinators and instructors those of the programmes they are staff of (every session of them, each
 * marked when they teach it). Admins see what they are staff of or enrolled in, not every programme.
 */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly tx: TransactionService,
    private readonly repo: ScheduleRepository,
    private readonly programmes: ProgrammesService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The caller's sessions in a window of dates in their own zone (see scheduleWindow), in one query. */
  async mine(principal: Principal, query: { from?: string; to?: string }): Promise<Schedule> {
    const zone = usableZone(principal.timeZone);
    const window = scheduleWindow(query, zone, new Date());
    if ('problem' in window) {
      const { field, reason } = window.problem;
      throw new DomainError('COMMON.VALIDATION', `${field} ${reason}`, [window.problem]);
    }
    const rows = await this.repo.forReader(this.tx.manager, readerOf(principal), window);
    return {
      timeZone: zone,
      from: window.from,
      to: window.to,
      items: inOrder(rows, zone).map((r) => toItem(r, zone)),
    };
  }

  /** Every session of a programme, in host time and the caller's: its coordinators and instructors only. */
  async programmeCalendar(principal: Principal, programmeId: string): Promise<ProgrammeCalendar> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend')
      throw forbidden('The programme calendar is for its staff; trainees read their own schedule');
    const [refs, rows] = await Promise.all([
      this.programmes.refsByIds(em, [programmeId]),
      this.repo.forProgramme(em, programmeId, access, principal.id),
    ]);
    const p = refs.get(programmeId);
    if (!p) throw notFound('Programme');
    const zone = usableZone(principal.timeZone);
    return {
      programme: { id: p.id, code: p.code, title: p.title, hostTimeZone: p.hostTimeZone },
      timeZone: zone,
      items: inOrder(rows, zone).map((r) => toItem(r, zone)),
    };
  }

  /**
   * The token of a feed version: HMAC-SHA-256 of the user and version under the app secret, so the URL
   * can be shown again while only its hash is stored (as password resets derive theirs).
   */
  private tokenFor(userId: string, version: number): string {
    return createHmac('sha256', this.config.secret)
      .update(`calendar:${userId}:${version}`)
      .digest('base64url');
  }

  private linkOf(feed: CalendarFeedEntity): CalendarFeedLink {
    return {
      token: this.tokenFor(feed.userId, feed.version),
      createdAt: feed.createdAt,
      rotatedAt: feed.rotatedAt,
    };
  }

  /** The caller's feed, made on first use. */
  async feedLink(principal: Principal): Promise<CalendarFeedLink> {
    const em = this.tx.manager;
    let feed = await this.repo.findFeed(em, principal.id);
    if (!feed) {
      await this.repo.createFeed(em, principal.id, sha256(this.tokenFor(principal.id, 1)));
      feed = await this.repo.findFeed(em, principal.id);
    }
    return this.linkOf(feed!);
  }

  /** A new token for the caller's feed; the old URL answers 404 from the moment this commits. */
  async rotateFeed(principal: Principal, meta: RequestMeta): Promise<CalendarFeedLink> {
    return this.tx.run(async (em) => {
      await this.audit.record(
        em,
        {
          action: 'calendar_feed.rotated',
          actorId: principal.id,
          targetType: 'user',
          targetId: principal.id,
        },
        meta,
      );
      const feed = await this.repo.lockFeed(em, principal.id);
      if (!feed) await this.repo.createFeed(em, principal.id, sha256(this.tokenFor(principal.id, 1)));
      else {
        const version = feed.version + 1;
        await this.repo.setFeedVersion(
          em,
          principal.id,
          version,
          sha256(this.tokenFor(principal.id, version)),
        );
      }
      return this.linkOf((await this.repo.findFeed(em, principal.id))!);
    });
  }

  /**
   * The iCalendar text behind a feed token: the user's schedule from a year ago on (feedWindow). An
   * unknown or rotated token, or the feed of a disabled account, is 404 (as if it never existed).
   */
  async feed(token: string): Promise<CalendarFeedDocument> {
    const em = this.tx.manager;
    const feed = TOKEN.test(token) ? await this.repo.findFeedByHash(em, sha256(token)) : null;
    const user = feed && (await this.users.viewsByIds(em, [feed.userId])).get(feed.userId);
    if (!feed || !user || user.status !== 'active') throw notFound('Calendar feed');
    const zone = usableZone(user.timeZone);
    const rows = await this.repo.forReader(em, readerOf(user), feedWindow(zone, new Date()));
    const ics = calendarIcs(
      inOrder(rows, zone).map((r) => {
        const links = r.status !== 'cancelled';
        return { ...r, meetingUrl: links ? r.meetingUrl : null, dialIn: links ? r.dialIn : null };
      }),
      { name: 'Kenshu schedule', uidDomain: 'kenshu' },
    );
    return { ics, etag: `"${sha256(ics).slice(0, 32)}"` };
  }
}
