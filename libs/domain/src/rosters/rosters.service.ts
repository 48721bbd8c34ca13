import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { hasRole, type Principal, type UserView } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import type { EnrolmentStatus } from '../enrolments/enrolment.entity.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { checkSiteVisit, FacilitiesService, type FacilityView } from '../facilities/facilities.service.js';
import { ProgrammeSessionsService, type SessionView } from '../sessions/programme-sessions.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import {
  MAX_TASK_DAYS,
  TasksService,
  type TaskSource,
  type TaskView,
  type TaskWindow,
} from '../tasks/tasks.service.js';
import { UsersService } from '../users/users.service.js';
import type { RosterFormat, RosterLanguage } from './roster-download.entity.js';
import {
  rosterCsv,
  rosterFileName,
  rosterPdf,
  type RosterContent,
  type RosterPerson,
  type RosterStaffMember,
} from './roster-document.js';
import { rosterDue, type RosterDue } from './roster-due.js';
import { notASiteVisit, rosterNotDue, visitCancelled } from './rosters.errors.js';
import { RostersRepository } from './rosters.repository.js';

export { DEFAULT_ROSTER_DUE_DAYS, rosterDue, type RosterDue } from './roster-due.js';

/** The enrolments of the people who will visit. */
const VISITING: readonly EnrolmentStatus[] = ['active', 'invited'];
const PAGE = 500;

export interface RosterFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * The visitor roster a site visit's host is owed: the trainees who will visit (invited or active) with
 * their organisation, country and position, the programme's coordinators and the session's instructors
 * who go with them, and the visit's particulars in the host's zone — as CSV or PDF, in Japanese or
 * English. For the programme's managers (its coordinators, admins): it is theirs to send; instructors
 * read the enrolment list in the app. It can be downloaded from its due date on (the facility's notice
 * before the visit, two weeks without one), and not while the visit has too few interpreters for the
 * facility's rule unless the session carries an override for it. Every download is kept (the
 * coordinator's task is done) and audited.
 *
 * It is also the source of the coordinators' `site_visit_roster` tasks: the rosters coming due.
 */
@Injectable()
export class RostersService implements OnModuleInit, TaskSource {
  constructor(
    private readonly tx: TransactionService,
    private readonly repository: RostersRepository,
    private readonly programmes: ProgrammesService,
    private readonly sessions: ProgrammeSessionsService,
    private readonly enrolments: EnrolmentsService,
    private readonly users: UsersService,
    private readonly facilities: FacilitiesService,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
  ) {}

  onModuleInit(): void {
    this.tasks.register(this);
  }

  async download(
    principal: Principal,
    sessionId: string,
    format: RosterFormat,
    language: RosterLanguage,
    meta: RequestMeta,
    now = new Date(),
  ): Promise<RosterFile> {
    const content = await this.content(principal, sessionId, now);
    const body = format === 'csv' ? rosterCsv(content, language) : await rosterPdf(content, language);
    await this.tx.run(async (em) => {
      await this.repository.recordDownload(em, {
        sessionId,
        userId: principal.id,
        format,
        language,
        visitors: content.visitors.length,
      });
      await this.audit.record(
        em,
        {
          action: 'roster.downloaded',
          actorId: principal.id,
          targetType: 'programme_session',
          targetId: sessionId,
          details: { format, language, visitors: content.visitors.length, staff: content.staff.length },
        },
        meta,
      );
    });
    return {
      fileName: rosterFileName(content, format, language),
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
      body,
    };
  }

  /** What the roster says, once the caller may have it and it may be given. */
  async content(principal: Principal, sessionId: string, now = new Date()): Promise<RosterContent> {
    const em = this.tx.manager;
    const session = await this.sessions.get(principal, sessionId); // 404 to whoever does not reach it
    await this.programmes.requireManage(em, principal, session.programmeId);
    if (session.kind !== 'site_visit') throw notASiteVisit(session.title, session.kind);
    if (session.status === 'cancelled') throw visitCancelled(session.title);

    const facility = session.facilityId ? await this.facilities.get(principal, session.facilityId) : null;
    const due = rosterDue(session, facility, now);
    if (!due.available) throw rosterNotDue(session.title, due);

    const visitors = await this.visitors(principal, session.programmeId);
    this.checkInterpreters(session, facility, visitors.length);
    const staff = await this.staff(session);
    return {
      programme: await this.programmeRef(session.programmeId),
      session: { title: session.title, room: session.room },
      facility: facility ? { name: facility.name, address: facility.address } : null,
      when: {
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        allDayFrom: session.allDayFrom,
        allDayTo: session.allDayTo,
        timeZone: due.timeZone,
      },
      visitOn: due.visitOn,
      siteVisit: session.siteVisit,
      visitors,
      staff,
      generatedAt: now,
      generatedBy: principal.displayName,
    };
  }

  /**
   * The host's interpreter rule (one per N visitors of an overseas group) against the visitors now:
   * enrolments made after the visit was scheduled may have outgrown its interpreters. An override of
   * that rule recorded on the session lets the roster go.
   */
  private checkInterpreters(session: SessionView, facility: FacilityView | null, visitors: number): void {
    if (!facility?.visitorsPerInterpreter || visitors === 0) return;
    const start =
      session.startsAt ?? DateTime.fromISO(session.allDayFrom!, { zone: facility.timeZone }).toJSDate();
    const broken = checkSiteVisit(facility, {
      startsAt: start,
      endsAt: session.endsAt ?? new Date(start.getTime() + 86_400_000),
      visitors,
      overseasGroup: session.siteVisit?.overseasGroup ?? true,
      interpreters: session.siteVisit?.interpreters ?? 0,
    }).filter((b) => b.rule === 'interpreters');
    const overridden = session.ruleOverride?.rules.some((r) => r.field === 'interpreters') ?? false;
    if (broken.length > 0 && !overridden)
      throw new DomainError(
        'SESSION.HOST_RULES_BROKEN',
        `The roster of “${session.title}” cannot go to ${facility.name}: ${broken[0]!.reason}. ` +
          'Plan more interpreters for the visit, or record an override of the rule on the session.',
        broken.map((b) => ({ field: b.field, reason: b.reason })),
      );
  }

  /** The trainees who will visit, by country, organisation and name. */
  private async visitors(principal: Principal, programmeId: string): Promise<RosterPerson[]> {
    const ids: string[] = [];
    for (const status of VISITING) {
      for (let page = 1; ; page++) {
        const found = await this.enrolments.roster(
          principal,
          programmeId,
          { status },
          { page, pageSize: PAGE },
        );
        ids.push(...found.items.map((e) => e.trainee.id));
        if (page * PAGE >= found.total) break;
      }
    }
    const users = await this.users.viewsByIds(this.tx.manager, ids);
    const people = ids.map((id) => person(users.get(id)!));
    const collator = new Intl.Collator('en');
    return people.sort(
      (a, b) =>
        collator.compare(a.country ?? '', b.country ?? '') ||
        collator.compare(a.organisation ?? '', b.organisation ?? '') ||
        collator.compare(a.name, b.name),
    );
  }

  /** The programme's coordinators, then the session's instructors (someone who is both, once). */
  private async staff(session: SessionView): Promise<RosterStaffMember[]> {
    const em = this.tx.manager;
    const programme = await this.programmes.view(em, session.programmeId, 'manage');
    const coordinators = programme.coordinators.map((c) => c.id);
    const instructors = session.instructorIds.filter((id) => !coordinators.includes(id));
    const users = await this.users.viewsByIds(em, [...coordinators, ...instructors]);
    return [
      ...coordinators.map((id) => ({ ...person(users.get(id)!), role: 'coordinator' as const })),
      ...instructors.map((id) => ({ ...person(users.get(id)!), role: 'instructor' as const })),
    ];
  }

  private async programmeRef(programmeId: string): Promise<{ code: string; title: string }> {
    const ref = (await this.programmes.refsByIds(this.tx.manager, [programmeId])).get(programmeId)!;
    return { code: ref.code, title: ref.title };
  }

  /**
   * The rosters coming due for the programmes the caller manages (all of them for an admin): every site
   * visit still ahead whose roster is due within `days`, or already overdue and not downloaded.
   */
  async tasksFor(principal: Principal, window: TaskWindow): Promise<TaskView[]> {
    if (!hasRole(principal, 'admin', 'coordinator')) return [];
    const days = Math.min(Math.max(window.days, 0), MAX_TASK_DAYS);
    const { now } = window;
    // Visits from yesterday (in some zone it is still that day) to a year past the window (the notice).
    const from = new Date(now.getTime() - 2 * 86_400_000);
    const to = new Date(now.getTime() + (days + 366) * 86_400_000);
    const rows = await this.repository.owed(
      this.tx.manager,
      hasRole(principal, 'admin') ? null : principal.id,
      from,
      to,
    );
    const facilities = new Map<string, FacilityView>();
    for (const id of new Set(rows.map((r) => r.facilityId).filter((x): x is string => !!x)))
      facilities.set(id, await this.facilities.get(principal, id));

    return rows.flatMap((r): TaskView[] => {
      const facility = r.facilityId ? (facilities.get(r.facilityId) ?? null) : null;
      const due: RosterDue = rosterDue(r, facility, now);
      const horizon = DateTime.fromISO(due.today, { zone: 'UTC' }).plus({ days }).toISODate()!;
      const done = r.lastDownload !== null;
      if (due.visitOn < due.today || due.dueOn > horizon) return [];
      return [
        {
          id: `site_visit_roster:${r.sessionId}`,
          kind: 'site_visit_roster',
          title: `Send the visitor roster of “${r.title}” to ${facility?.name ?? 'the host'}`,
          dueOn: due.dueOn,
          timeZone: due.timeZone,
          daysLeft: due.daysLeft,
          state: done ? 'done' : due.daysLeft < 0 ? 'overdue' : due.daysLeft === 0 ? 'due' : 'upcoming',
          programme: r.programme,
          subject: { type: 'session', id: r.sessionId, title: r.title },
          action: { method: 'GET', href: `/api/v1/sessions/${r.sessionId}/roster` },
          roster: {
            facility: facility ? { id: facility.id, name: facility.name } : null,
            visitOn: due.visitOn,
            startsAt: r.startsAt,
            visitors: r.visitors,
            lastDownload: r.lastDownload,
          },
        },
      ];
    });
  }
}

const person = (u: UserView): RosterPerson => ({
  name: u.displayName,
  organisation: u.organisation?.name ?? null,
  country: u.organisation?.country ?? null,
  position: u.position,
});
