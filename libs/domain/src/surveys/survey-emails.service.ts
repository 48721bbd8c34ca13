import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IANAZone } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { insertInChunks } from '@kenshu/database';
import { Mailer, type MailMessage } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { sha256 } from '../auth/sessions.service.js';
import { emailRow, sendOnce, type EmailRowColumns, type OnceOutcome } from '../common/mail/send-once.js';
import { surveyInvitationMail } from '../common/mail/survey-invitation.mail.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { TimePoint } from '../common/time-point.js';
import { readerChain } from './survey-rules.js';
import { dueReminderRound } from './survey-reminders.js';
import { surveyInvitationToken } from './survey-tokens.js';
import type { SurveyEmailStatus, SurveyEntity } from './survey.entity.js';

/** Enrolment statuses that are still invited to answer (the same as SurveysService's). */
const ELIGIBLE = ['active', 'completed'];

const zoneOr = (zone: string | null | undefined) => (zone && IANAZone.isValidZone(zone) ? zone : 'UTC');

const SURVEY_EMAIL: EmailRowColumns = {
  table: 'survey_email',
  status: 'status',
  sentAt: 'sent_at',
  attempts: 'attempts',
  error: 'error',
};

export interface SurveyEmailView {
  round: number;
  status: SurveyEmailStatus;
  /** Why it was skipped, or the last failure's words. */
  error: string | null;
  attempts: number;
  queuedAt: TimePoint;
  sentAt: TimePoint | null;
}

/**
 * Invitation (round 0) and reminder (round n) emails of survey invitations. Each is a `survey_email` row,
 * unique per invitation and round, written with its `send-survey-email` outbox job in the transaction that
 * needs it; the job sends it once through `sendOnce`, after checking at send time that the survey is still
 * open, the invitee has not answered and is still an active or completed trainee.
 */
@Injectable()
export class SurveyEmailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
  ) {}

  /** The invitee's personal token (derived from the invitation id; only its SHA-256 is stored). */
  tokenFor(invitationId: string): string {
    return surveyInvitationToken(this.config.secret, invitationId);
  }

  /** The link the emails carry: the web app's public survey page, which answers through the token routes. */
  linkFor(invitationId: string): string {
    return `${this.config.http.publicUrl}/survey/${this.tokenFor(invitationId)}`;
  }

  /**
   * Queues the invitation email (round 0) of these invitations of an open survey, in the caller's
   * transaction: rows that exist already are left alone (INSERT IGNORE on the unique pair), and only rows
   * inserted here get a job. A survey whose opening time is ahead sends them at that time.
   */
  async queueInvitations(em: EntityManager, survey: SurveyEntity, invitationIds: string[]): Promise<number> {
    if (survey.status !== 'open' || !invitationIds.length) return 0;
    const now = new Date();
    return this.queueRound(em, invitationIds, 0, survey.opensAt > now ? survey.opensAt : now);
  }

  /** Queues the invitation emails of a survey just opened: its invitations made while it was a draft. */
  async queueOnOpen(em: EntityManager, survey: SurveyEntity): Promise<number> {
    const rows = (await em.query(
      `SELECT i.id FROM survey_invitation i
        WHERE i.survey_id = ? AND NOT EXISTS (SELECT 1 FROM survey_email m WHERE m.invitation_id = i.id AND m.round = 0)
        ORDER BY i.id`,
      [survey.id],
    )) as { id: string }[];
    return this.queueInvitations(
      em,
      survey,
      rows.map((r) => r.id),
    );
  }

  /**
   * One reminder poll, in the caller's transaction: open surveys with a reminder round due (each claimed
   * with SKIP LOCKED, so several workers share them), and for each, the round-n row and job of every invitation
   * not answered, of a trainee still active or completed, emailed its invitation before that round's
   * instant and without this round or a later one yet. Only the latest due round is ever queued.
   */
  async planReminders(em: EntityManager, now = new Date()): Promise<number> {
    const open = (await em.query(
      `SELECT s.id, s.programme_id AS programmeId, s.opens_at AS opensAt, s.closes_at AS closesAt,
              s.reminder_days AS reminderDays, p.host_time_zone AS hostZone
         FROM survey s JOIN programme p ON p.id = s.programme_id
        WHERE s.status = 'open' AND s.reminder_days IS NOT NULL AND s.opens_at <= ? AND s.closes_at > ?
        ORDER BY s.closes_at, s.id`,
      [now, now],
    )) as {
      id: string;
      programmeId: string;
      opensAt: Date;
      closesAt: Date;
      reminderDays: string;
      hostZone: string;
    }[];
    let queued = 0;
    for (const s of open) {
      const due = dueReminderRound({ ...s, hostTimeZone: zoneOr(s.hostZone) }, now);
      if (!due) continue;
      // Claimed, so that two workers do not plan the same survey at once (the unique pair is the backstop).
      const [claimed] = (await em.query(
        `SELECT id FROM survey WHERE id = ? AND status = 'open' FOR UPDATE SKIP LOCKED`,
        [s.id],
      )) as { id: string }[];
      if (!claimed) continue;
      const invitations = (await em.query(
        `SELECT i.id FROM survey_invitation i
           JOIN enrolment e ON e.programme_id = ? AND e.user_id = i.user_id AND e.status IN (?)
           JOIN survey_email z ON z.invitation_id = i.id AND z.round = 0 AND z.created_at < ?
          WHERE i.survey_id = ? AND i.answered_on IS NULL
            AND NOT EXISTS (SELECT 1 FROM survey_email m WHERE m.invitation_id = i.id AND m.round >= ?)
          ORDER BY i.id`,
        [s.programmeId, ELIGIBLE, due.at, s.id, due.round],
      )) as { id: string }[];
      queued += await this.queueRound(
        em,
        invitations.map((i) => i.id),
        due.round,
        now,
      );
    }
    return queued;
  }

  /** Inserts the rows of one round (those that exist already are ignored) and one job per row inserted. */
  private async queueRound(
    em: EntityManager,
    invitationIds: string[],
    round: number,
    availableAt: Date,
  ): Promise<number> {
    if (!invitationIds.length) return 0;
    const ids = invitationIds.map(() => orderedUuid());
    await insertInChunks(
      em,
      `INSERT IGNORE INTO survey_email (id, invitation_id, round, status) VALUES ?`,
      invitationIds.map((invitationId, k) => [ids[k], invitationId, round, 'queued']),
    );
    const inserted: string[] = [];
    for (let k = 0; k < ids.length; k += 1000)
      inserted.push(
        ...(
          (await em.query(`SELECT id FROM survey_email WHERE id IN (?) ORDER BY id`, [
            ids.slice(k, k + 1000),
          ])) as {
            id: string;
          }[]
        ).map((r) => r.id),
      );
    await this.outbox.addMany(
      em,
      'send-survey-email',
      inserted.map((emailId) => ({ emailId })),
      { availableAt },
    );
    return inserted.length;
  }

  /**
   * The `send-survey-email` job. Not run in the dispatcher's transaction: `sendOnce` opens its own, whose
   * commit releases the message. Throws to be retried with backoff; on the final attempt the row is failed.
   */
  async send(emailId: string, attempt: { isFinal: boolean }): Promise<OnceOutcome> {
    return sendOnce(
      this.dataSource,
      this.mailer,
      emailRow(SURVEY_EMAIL, emailId, async (qr) => {
        const [row] = (await qr.query(SEND_SELECT, [emailId])) as SendRow[];
        const why = this.skipReason(row!, new Date());
        return why ? { skip: why } : this.message(emailId, row!);
      }),
      attempt,
    );
  }

  /** Why an email is not sent after all, read at send time; null: send it. */
  private skipReason(r: SendRow, now: Date): string | null {
    if (r.survey_status !== 'open' || now >= r.closes_at) return 'closed';
    if (r.answered_on !== null) return 'answered';
    if (!r.enrolment || !ELIGIBLE.includes(r.enrolment)) return 'withdrawn';
    if (r.user_status !== 'active') return 'inactive';
    // An invitation made before tokens were derived: its token is not ours to rebuild.
    if (r.token_hash !== sha256(this.tokenFor(r.invitation_id))) return 'token not derivable';
    return null;
  }

  private message(emailId: string, r: SendRow): MailMessage {
    return surveyInvitationMail({
      to: r.email,
      locale: r.locale,
      fallbackLanguages: readerChain(r.locale, r.user_fallbacks, r.programme_fallbacks),
      timeZone: zoneOr(r.time_zone),
      displayName: r.display_name,
      programme: r.programme_title,
      title: r.title,
      anonymous: Number(r.anonymous) === 1,
      closesAt: r.closes_at,
      link: this.linkFor(r.invitation_id),
      round: r.round,
      idempotencyKey: `survey-email-${emailId}`,
    });
  }

  /** Each invitation's emails of a survey, by invitation id (for the coordinator's delivery view). */
  async byInvitation(
    em: EntityManager,
    surveyId: string,
    at: (instant: Date) => TimePoint,
  ): Promise<Map<string, SurveyEmailView[]>> {
    const rows = (await em.query(
      `SELECT m.invitation_id, m.round, m.status, m.error, m.attempts, m.created_at, m.sent_at
         FROM survey_email m JOIN survey_invitation i ON i.id = m.invitation_id
        WHERE i.survey_id = ? ORDER BY m.invitation_id, m.round`,
      [surveyId],
    )) as {
      invitation_id: string;
      round: number;
      status: SurveyEmailStatus;
      error: string | null;
      attempts: number;
      created_at: Date;
      sent_at: Date | null;
    }[];
    const map = new Map<string, SurveyEmailView[]>();
    for (const r of rows) {
      const list = map.get(r.invitation_id) ?? [];
      list.push({
        round: Number(r.round),
        status: r.status,
        error: r.error,
        attempts: Number(r.attempts),
        queuedAt: at(r.created_at),
        sentAt: r.sent_at ? at(r.sent_at) : null,
      });
      map.set(r.invitation_id, list);
    }
    return map;
  }
}

/** Everything a send needs, in one read at send time. */
const SEND_SELECT = `SELECT m.round, i.id AS invitation_id, i.token_hash, i.answered_on,
    s.title, s.status AS survey_status, s.closes_at, s.anonymous,
    p.title AS programme_title, p.language_fallbacks AS programme_fallbacks,
    u.email, u.display_name, u.locale, u.language_fallbacks AS user_fallbacks, u.time_zone, u.status AS user_status,
    (SELECT e.status FROM enrolment e WHERE e.programme_id = s.programme_id AND e.user_id = i.user_id) AS enrolment
  FROM survey_email m
  JOIN survey_invitation i ON i.id = m.invitation_id
  JOIN survey s ON s.id = i.survey_id
  JOIN programme p ON p.id = s.programme_id
  JOIN user u ON u.id = i.user_id
 WHERE m.id = ?`;

interface SendRow {
  round: number;
  invitation_id: string;
  token_hash: string;
  answered_on: string | null;
  title: string;
  survey_status: string;
  closes_at: Date;
  anonymous: number | string;
  programme_title: string;
  programme_fallbacks: string | null;
  email: string;
  display_name: string;
  locale: string;
  user_fallbacks: string | null;
  time_zone: string;
  user_status: string;
  enrolment: string | null;
}
