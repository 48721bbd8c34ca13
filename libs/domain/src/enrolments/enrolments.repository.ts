import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertInChunks } from '@kenshu/database';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import { PLACE_HOLDING, type EnrolmentStatus } from './enrolment.entity.js';

/** An enrolment as stored, with its place on the waiting list when it is on it (1 = next to move up). */
export interface EnrolmentRow {
  id: string;
  programmeId: string;
  userId: string;
  status: EnrolmentStatus;
  waitlistedAt: Date | null;
  waitlistPosition: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewEnrolment {
  id: string;
  programmeId: string;
  userId: string;
  status: EnrolmentStatus;
  waitlistedAt: Date | null;
}

interface Raw {
  id: string;
  programme_id: string;
  user_id: string;
  status: EnrolmentStatus;
  waitlisted_at: Date | null;
  waitlist_position: string | number | null;
  created_at: Date;
  updated_at: Date;
}

const toRow = (r: Raw): EnrolmentRow => ({
  id: r.id,
  programmeId: r.programme_id,
  userId: r.user_id,
  status: r.status,
  waitlistedAt: r.waitlisted_at,
  waitlistPosition: r.waitlist_position === null ? null : Number(r.waitlist_position),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The waiting list is ordered by `waitlisted_at`, then id; every stamp of a programme is distinct (see
 * nextWaitlistStamp), so the id only breaks ties in data written by hand.
 */
const SELECT = `SELECT e.id, e.programme_id, e.user_id, e.status, e.waitlisted_at, e.created_at, e.updated_at,
    CASE WHEN e.status = 'waitlisted' THEN (
      SELECT COUNT(*) FROM enrolment w
       WHERE w.programme_id = e.programme_id AND w.status = 'waitlisted'
         AND (w.waitlisted_at < e.waitlisted_at OR (w.waitlisted_at = e.waitlisted_at AND w.id <= e.id))
    ) END AS waitlist_position
  FROM enrolment e`;

/** Those taking part first, then those waiting (in their order), then those who left. */
const ROSTER_ORDER = `FIELD(e.status, 'active', 'invited', 'completed', 'not_completed', 'waitlisted', 'withdrawn'),
    CASE WHEN e.status = 'waitlisted' THEN e.waitlisted_at END, e.created_at, e.id`;

const HOLDING = PLACE_HOLDING.map((s) => `'${s}'`).join(', ');

@Injectable()
export class EnrolmentsRepository {
  async find(em: EntityManager, programmeId: string, id: string, lock = false): Promise<EnrolmentRow | null> {
    const rows = (await em.query(
      `${SELECT} WHERE e.id = ? AND e.programme_id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id, programmeId],
    )) as Raw[];
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findOfUser(
    em: EntityManager,
    programmeId: string,
    userId: string,
  ): Promise<{ id: string; status: EnrolmentStatus } | null> {
    const rows = (await em.query(`SELECT id, status FROM enrolment WHERE programme_id = ? AND user_id = ?`, [
      programmeId,
      userId,
    ])) as { id: string; status: EnrolmentStatus }[];
    return rows[0] ?? null;
  }

  async findByIds(em: EntityManager, ids: string[]): Promise<EnrolmentRow[]> {
    if (ids.length === 0) return [];
    return ((await em.query(`${SELECT} WHERE e.id IN (?)`, [ids])) as Raw[]).map(toRow);
  }

  /** Every enrolment of the programme, by user: who is in it already (an import checks its rows here). */
  async statusesByUser(
    em: EntityManager,
    programmeId: string,
  ): Promise<Map<string, { id: string; status: EnrolmentStatus }>> {
    const rows = (await em.query(`SELECT id, user_id, status FROM enrolment WHERE programme_id = ?`, [
      programmeId,
    ])) as { id: string; user_id: string; status: EnrolmentStatus }[];
    return new Map(rows.map((r) => [r.user_id, { id: r.id, status: r.status }]));
  }

  async countHoldingPlaces(em: EntityManager, programmeId: string): Promise<number> {
    const [{ n }] = (await em.query(
      `SELECT COUNT(*) AS n FROM enrolment WHERE programme_id = ? AND status IN (${HOLDING})`,
      [programmeId],
    )) as { n: string }[];
    return Number(n);
  }

  /**
   * The waiting-list stamp for the next person to join it: now, or a millisecond after the last one when
   * that is later (a bulk import stamps its rows a millisecond apart, in file order). Under the programme
   * lock, so stamps never repeat and the list keeps the order people joined it in.
   */
  async nextWaitlistStamp(em: EntityManager, programmeId: string): Promise<Date> {
    const [{ last }] = (await em.query(
      `SELECT MAX(waitlisted_at) AS last FROM enrolment WHERE programme_id = ? AND status = 'waitlisted'`,
      [programmeId],
    )) as { last: Date | null }[];
    const now = Date.now();
    return new Date(last && last.getTime() >= now ? last.getTime() + 1 : now);
  }

  /** The first `n` on the waiting list, locked, in their order. */
  async nextWaiting(em: EntityManager, programmeId: string, n: number | null): Promise<string[]> {
    if (n !== null && n <= 0) return [];
    const rows = (await em.query(
      `SELECT id FROM enrolment WHERE programme_id = ? AND status = 'waitlisted'
        ORDER BY waitlisted_at, id${n === null ? '' : ' LIMIT ?'} FOR UPDATE`,
      n === null ? [programmeId] : [programmeId, n],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async insertMany(em: EntityManager, rows: NewEnrolment[]): Promise<void> {
    await insertInChunks(
      em,
      `INSERT INTO enrolment (id, programme_id, user_id, status, waitlisted_at) VALUES ?`,
      rows.map((r) => [r.id, r.programmeId, r.userId, r.status, r.waitlistedAt]),
    );
  }

  /** Sets the status of these enrolments; `waitlistedAt` only when given (undefined leaves it). */
  async setStatus(
    em: EntityManager,
    ids: string[],
    status: EnrolmentStatus,
    waitlistedAt?: Date | null,
  ): Promise<void> {
    if (ids.length === 0) return;
    if (waitlistedAt === undefined)
      await em.query(`UPDATE enrolment SET status = ? WHERE id IN (?)`, [status, ids]);
    else
      await em.query(`UPDATE enrolment SET status = ?, waitlisted_at = ? WHERE id IN (?)`, [
        status,
        waitlistedAt,
        ids,
      ]);
  }

  async pageOfProgramme(
    em: EntityManager,
    programmeId: string,
    filter: { status?: EnrolmentStatus },
    page: PageRequest,
  ): Promise<Page<EnrolmentRow>> {
    const where = ['e.programme_id = ?'];
    const params: unknown[] = [programmeId];
    if (filter.status) {
      where.push('e.status = ?');
      params.push(filter.status);
    }
    return this.page(em, where.join(' AND '), params, ROSTER_ORDER, page);
  }

  /** A person's own enrolments, newest first. */
  pageOfUser(em: EntityManager, userId: string, page: PageRequest): Promise<Page<EnrolmentRow>> {
    return this.page(em, 'e.user_id = ?', [userId], 'e.created_at DESC, e.id', page);
  }

  private async page(
    em: EntityManager,
    where: string,
    params: unknown[],
    order: string,
    page: PageRequest,
  ): Promise<Page<EnrolmentRow>> {
    const [{ total }] = (await em.query(
      `SELECT COUNT(*) AS total FROM enrolment e WHERE ${where}`,
      params,
    )) as {
      total: string;
    }[];
    const rows = (await em.query(`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      ...params,
      page.pageSize,
      offsetOf(page),
    ])) as Raw[];
    return { items: rows.map(toRow), total: Number(total), ...page };
  }
}
