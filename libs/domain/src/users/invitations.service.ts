import { createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { insertInChunks, TransactionService } from '@kenshu/database';
import { Mailer } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { AuditService } from '../audit/audit.service.js';
import { sha256 } from '../auth/sessions.service.js';
import { DomainError } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { RequestMeta } from '../common/request-meta.js';
import { InvitationEntity } from './invitation.entity.js';
import { invitationMail } from '../common/mail/invitation.mail.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersRepository } from './users.repository.js';

const invalid = () =>
  new DomainError(
    'AUTH.INVITATION_INVALID',
    'This invitation link is not valid (used, replaced, expired or unknown)',
    [{ field: 'token', reason: 'is not a valid, unused invitation token' }],
  );

/** Invitations to open an account: one live link per invited user, emailed through the outbox. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  private tokenFor(id: string): string {
    return createHmac('sha256', this.config.secret).update(`invitation:${id}`).digest('base64url');
  }

  /** A new link for an invited user (any earlier one stops working), emailed by the `send-invitation` job. */
  async create(em: EntityManager, userId: string, invitedBy: string | null): Promise<{ expiresAt: Date }> {
    await this.revokePending(em, userId);
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlDays * 86_400_000);
    await em.insert(InvitationEntity, {
      id,
      userId,
      invitedBy,
      tokenHash: sha256(this.tokenFor(id)),
      expiresAt,
    });
    await this.outbox.add(em, 'send-invitation', { invitationId: id });
    return { expiresAt };
  }

  /**
   * Links for many new accounts at once (none has an earlier link to revoke), in multi-row INSERTs, each
   * emailed by its own `send-invitation` job.
   */
  async createMany(em: EntityManager, userIds: string[], invitedBy: string | null): Promise<void> {
    const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlDays * 86_400_000);
    const ids = userIds.map(() => orderedUuid());
    await Promise.all([
      insertInChunks(
        em,
        `INSERT INTO invitation (id, user_id, invited_by, token_hash, expires_at) VALUES ?`,
        ids.map((id, k) => [id, userIds[k], invitedBy, sha256(this.tokenFor(id)), expiresAt]),
      ),
      this.outbox.addMany(
        em,
        'send-invitation',
        ids.map((invitationId) => ({ invitationId })),
      ),
    ]);
  }

  async revokePending(em: EntityManager, userId: string): Promise<void> {
    await em.update(
      InvitationEntity,
      { userId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Sets the first password and activates the account; the link works once. */
  async accept(token: string, password: string, meta: RequestMeta): Promise<void> {
    await this.tx.run(async (em) => {
      const invitation = await em.findOne(InvitationEntity, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !invitation ||
        invitation.acceptedAt ||
        invitation.revokedAt ||
        invitation.expiresAt.getTime() <= Date.now()
      )
        throw invalid();
      const user = await this.users.findById(em, invitation.userId);
      if (!user || user.status !== 'invited') throw invalid();
      await this.users.setPasswordHash(em, user.id, await this.hasher.hash(password, 'password', user.email));
      await this.users.update(em, user.id, { status: 'active' });
      await em.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record(
        em,
        { action: 'user.invitation_accepted', actorId: user.id, targetType: 'user', targetId: user.id },
        meta,
      );
    });
  }

  /** The `send-invitation` job: at most one email per invitation; skips spent, replaced or expired ones. */
  async sendEmail(em: EntityManager, invitationId: string): Promise<'sent' | 'skipped'> {
    const invitation = await em.findOne(InvitationEntity, { where: { id: invitationId } });
    if (
      !invitation ||
      invitation.emailedAt ||
      invitation.acceptedAt ||
      invitation.revokedAt ||
      invitation.expiresAt.getTime() <= Date.now()
    )
      return 'skipped';
    const user = await this.users.findById(em, invitation.userId);
    if (!user || user.status !== 'invited') return 'skipped';
    const inviter = invitation.invitedBy ? await this.users.findById(em, invitation.invitedBy) : null;
    await this.mailer.send(
      invitationMail({
        to: user.email,
        displayName: user.displayName,
        invitedBy: inviter?.displayName ?? null,
        link: `${this.config.http.publicUrl}/accept-invitation?token=${this.tokenFor(invitation.id)}`,
        expiresAt: invitation.expiresAt,
        timeZone: user.timeZone,
        locale: user.locale,
        idempotencyKey: `invitation-${invitation.id}`,
      }),
    );
    await em.update(InvitationEntity, { id: invitation.id }, { emailedAt: new Date() });
    return 'sent';
  }
}
