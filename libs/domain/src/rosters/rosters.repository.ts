import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RosterDownloadEntity, type RosterFormat, type RosterLanguage } from './roster-download.entity.js';

/** A site visit whose roster a coordinator may owe a host, with the last download of it. */
export interface OwedRosterRow {
  sessionId: string;
  title: string;
  startsAt: Date | null;
  allDayFrom: string | null;
  timeZone: string;
  facilityId: string | null;
  programme: { id: string; code: string; title: string };
  /** Trainees holding an invited or active enrolment now. */
  visitors: number;
  lastDownload: { at: Date; format: RosterFormat; language: RosterLanguage; visitors: number } | null;
}

interface Raw {
  id: string;
  title: string;
  starts_at: Date | null;
  all_day_from: string | null;
  time_zone: string;
  facility_id: string | null;
  programme_id: string;
  code: string;
  programme_title: string;
  visitors: string | number;
  downloaded_at: Date | null;
  format: RosterFormat | null;
  language: RosterLanguage | null;
  downloaded_visitors: number | null;
}

@Injectable()
export class RostersRepository {
  async recordDownload(
    em: EntityManager,
    d: {
      sessionId: string;
      userId: string;
      format: RosterFormat;
      language: RosterLanguage;
      visitors: number;
    },
  ): Promise<string> {
    const id = randomUUID();
    await em.insert(RosterDownloadEntity, { id, ...d });
    return id;
  }

  /**
   * Site visits not cancelled, of programmes neither closed nor archived, starting (or starting their
   * first day) in [from, to), with their visitors now and their last roster download. `coordinatorId`:
   * only programmes that user coordinates (null: all, for an admin).
   *
   * One read across the session, programme, staff and enrolment tables: the task list asks this of every
   * programme a coordinator runs at once, which the services' one-programme reads would turn into a
   * query per programme and session.
   */
  async owed(
    em: EntityManager,
    coordinatorId: string | null,
    from: Date,
    to: Date,
  ): Promise<OwedRosterRow[]> {
    const fromDay = from.toISOString().slice(0, 10);
    const toDay = to.toISOString().slice(0, 10);
    const rows = (await em.query(
      `SELECT s.id, s.title, s.starts_at, DATE_FORMAT(s.all_day_from, '%Y-%m-%d') AS all_day_from, s.time_zone, s.facility_id,
              p.id AS programme_id, p.code, p.title AS programme_title,
              (SELECT COUNT(*) FROM enrolment e
                WHERE e.programme_id = p.id AND e.status IN ('invited', 'active')) AS visitors,
              d.downloaded_at, d.format, d.language, d.visitors AS downloaded_visitors
         FROM session s
         JOIN programme p ON p.id = s.programme_id
         LEFT JOIN roster_download d ON d.id = (
           SELECT d2.id FROM roster_download d2 WHERE d2.session_id = s.id
            ORDER BY d2.downloaded_at DESC, d2.id DESC LIMIT 1)
        WHERE s.kind = 'site_visit' AND s.status <> 'cancelled' AND p.status NOT IN ('closed', 'archived')
          AND ((s.starts_at >= ? AND s.starts_at < ?) OR (s.all_day_from >= ? AND s.all_day_from < ?))
          ${coordinatorId === null ? '' : `AND EXISTS (SELECT 1 FROM programme_staff ps WHERE ps.programme_id = p.id AND ps.user_id = ? AND ps.role = 'coordinator')`}
        ORDER BY COALESCE(s.starts_at, s.all_day_from), s.id`,
      [from, to, fromDay, toDay, ...(coordinatorId === null ? [] : [coordinatorId])],
    )) as Raw[];
    return rows.map((r) => ({
      sessionId: r.id,
      title: r.title,
      startsAt: r.starts_at,
      allDayFrom: r.all_day_from,
      timeZone: r.time_zone,
      facilityId: r.facility_id,
      programme: { id: r.programme_id, code: r.code, title: r.programme_title },
      visitors: Number(r.visitors),
      lastDownload:
        r.downloaded_at && r.format && r.language
          ? {
              at: r.downloaded_at,
              format: r.format,
              language: r.language,
              visitors: Number(r.downloaded_visitors),
            }
          : null,
    }));
  }
}
