import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { Mailer } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionReminderEntity } from './session-reminder.entity.js';
import { sessionReminderMail } from '../common/mail/session-reminder.mail.js';
import { SessionEntity } from './session.entity.js';

const BATCH = 500;

/**
 * Session reminders. Nothing is planned ahead: each poll finds the (session, trainee) pairs whose
 * reminder time has come — a live timed session starting within REMINDER_HOURS_BEFORE, a trainee whose
 * enrolment holds a place — and inserts their rows (the unique key makes that idempotent), then queues
 * one outbox job per new row. A moved session is reminded again for its new start; a cancelled one, or a
 * withdrawn trainee, is not reminded at all, and the job checks all of that again when it runs.
 */
@Injectable()
export class SessionRemindersService {
  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
  ) {}

  /** One poll, in the caller's transaction; several workers may poll at once. */
  async planDue(em: EntityManager, now = new Date()): Promise<number> {
    const hours = this.config.reminders.hoursBefore;
    await em.query(
      `INSERT IGNORE INTO session_reminder (id, session_id, user_id, kind, starts_at, due_at)
       SELECT UUID(), s.id, e.user_id, 'before', s.starts_at, s.starts_at - INTERVAL ? HOUR
         FROM session s JOIN enrolment e ON e.programme_id = s.programme_id
        WHERE s.status <> 'cancelled' AND s.starts_at IS NOT NULL
          AND s.starts_at > ? AND s.starts_at - INTERVAL ? HOUR <= ?
          AND e.status IN ('invited', 'active')`,
      [hours, now, hours, now],
    );
    const due = (await em.query(
      `SELECT id FROM session_reminder WHERE queued_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED`,
      [now, BATCH],
    )) as { id: string }[];
    if (due.length === 0) return 0;
    await this.outbox.addMany(
      em,
      'send-session-reminder',
      due.map((r) => ({ reminderId: r.id })),
    );
    await em.query(`UPDATE session_reminder SET queued_at = ? WHERE id IN (?)`, [now, due.map((r) => r.id)]);
    return due.length;
  }

  /** The `send-session-reminder` job: at most one email per reminder row, after checking it still applies. */
  async send(em: EntityManager, reminderId: string): Promise<'sent' | 'skipped'> {
    const reminder = await em.findOne(SessionReminderEntity, {
      where: { id: reminderId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!reminder || reminder.sentAt || reminder.skipped) return 'skipped';
    const skip = async (why: string) => {
      await em.update(SessionReminderEntity, { id: reminderId }, { skipped: why });
      return 'skipped' as const;
    };
    const session = await em.findOne(SessionEntity, { where: { id: reminder.sessionId } });
    if (!session || session.status === 'cancelled') return skip('cancelled');
    if (session.startsAt?.getTime() !== reminder.startsAt.getTime() || !session.endsAt) return skip('moved');
    const [enrolment] = (await em.query(
      `SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ?`,
      [session.programmeId, reminder.userId],
    )) as { status: string }[];
    if (!enrolment || !['invited', 'active'].includes(enrolment.status)) return skip('withdrawn');
    const user = await em.findOne(UserEntity, { where: { id: reminder.userId } });
    if (!user || user.status !== 'active') return skip('inactive');
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: session.programmeId } });
    await this.mailer.send(
      sessionReminderMail({
        to: user.email,
        displayName: user.displayName,
        locale: user.locale,
        timeZone: user.timeZone,
        hostTimeZone: programme.hostTimeZone,
        programme: programme.title,
        title: session.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        place: session.room,
        meetingUrl: session.meetingUrl,
        idempotencyKey: `session-reminder-${reminder.id}`,
      }),
    );
    await em.update(SessionReminderEntity, { id: reminderId }, { sentAt: new Date() });
    return 'sent';
  }
}
