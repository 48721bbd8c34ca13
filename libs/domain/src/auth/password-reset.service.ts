import { createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { Mailer } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import type { RequestMeta } from '../common/request-meta.js';
import { UsersService } from '../users/users.service.js';
import { AttemptThrottleService } from './attempt-throttle.service.js';
import { SessionsService, sha256 } from './sessions.service.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { passwordResetMail } from '../common/mail/password-reset.mail.js';

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly throttle: AttemptThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** The token is derived from the request id with the app secret, so the job can rebuild the link. */
  private tokenFor(id: string): string {
    return createHmac('sha256', this.config.secret).update(`password-reset:${id}`).digest('base64url');
  }

  /**
   * Answers the same whether or not the email belongs to an active account (no enumeration): the
   * throttle counts unknown emails exactly like known ones. For an active account it records the
   * request and queues the email in the same transaction.
   */
  async request(email: string, meta: RequestMeta): Promise<void> {
    await this.throttle.attempt('password-reset', email, meta.ip);
    await this.tx.run(async (em) => {
      const user = await this.users.findActiveByEmail(em, email);
      if (!user) return;
      await this.audit.record(
        em,
        { action: 'auth.password_reset_requested', actorId: null, targetType: 'user', targetId: user.id },
        meta,
      );
      const id = randomUUID();
      await em.insert(PasswordResetEntity, {
        id,
        userId: user.id,
        tokenHash: sha256(this.tokenFor(id)),
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS),
      });
      await this.outbox.add(em, 'send-password-reset', { passwordResetId: id });
    });
  }

  /**
   * Sets the new password once per token, before it expires; every other request of that user dies too,
   * and so does every session (whoever knew the old password is signed out).
   */
  async confirm(token: string, password: string, meta: RequestMeta): Promise<void> {
    await this.tx.run(async (em) => {
      const reset = await em.findOne(PasswordResetEntity, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
        throw new DomainError(
          'AUTH.RESET_TOKEN_INVALID',
          'This reset link is not valid (used, expired or unknown)',
          [{ field: 'token', reason: 'is not a valid, unused reset token' }],
        );
      }
      await this.users.setPassword(em, reset.userId, password);
      await em.update(
        PasswordResetEntity,
        { userId: reset.userId, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      const ended = await this.sessions.revokeAllOf(em, reset.userId, 'password_reset');
      await this.audit.record(
        em,
        {
          action: 'auth.password_reset',
          actorId: reset.userId,
          targetType: 'user',
          targetId: reset.userId,
          details: { sessionsEnded: ended },
        },
        meta,
      );
    });
  }

  /** The `send-password-reset` job: sends at most once per request, skips used or expired ones. */
  async sendEmail(em: EntityManager, passwordResetId: string): Promise<'sent' | 'skipped'> {
    const reset = await em.findOne(PasswordResetEntity, { where: { id: passwordResetId } });
    if (!reset || reset.emailedAt || reset.usedAt || reset.expiresAt.getTime() <= Date.now())
      return 'skipped';
    const user = await this.users.findById(em, reset.userId);
    if (!user || user.status !== 'active') return 'skipped';
    const link = `${this.config.http.publicUrl}/reset-password?token=${this.tokenFor(reset.id)}`;
    await this.mailer.send(
      passwordResetMail({
        to: user.email,
        displayName: user.displayName,
        link,
        expiresAt: reset.expiresAt,
        timeZone: user.timeZone,
        locale: user.locale,
        idempotencyKey: `password-reset-${reset.id}`,
      }),
    );
    await em.update(PasswordResetEntity, { id: reset.id }, { emailedAt: new Date() });
    return 'sent';
  }
}
