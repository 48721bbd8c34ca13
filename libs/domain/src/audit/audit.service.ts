import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertInChunks, TransactionService } from '@kenshu/database';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import { hasRole, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** What the log records. Later features add theirs (grades, attendance, completion). */
export const AUDIT_ACTIONS = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.login_throttled',
  'auth.refresh_reused',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'user.invited',
  'user.invitation_resent',
  'user.invitation_accepted',
  'user.updated',
  'user.roles_changed',
  'user.disabled',
  'user.enabled',
  'user.imported',
  'organisation.created',
  'organisation.updated',
  'programme.created',
  'programme.updated',
  'programme.status_changed',
  'programme.staff_changed',
  'programme.cloned',
  'programme_session.created',
  'programme_session.updated',
  'programme_session.cancelled',
  'programme_session.rule_overridden',
  'enrolment.created',
  'enrolment.status_changed',
  'enrolment.promoted',
  'enrolment.imported',
  'completion.rules_changed',
  'facility.created',
  'facility.updated',
  'facility.archived',
  'menu.created',
  'menu.updated',
  'menu.text_saved',
  'menu.text_removed',
  'menu.archived',
  'menu.restored',
  'roster.downloaded',
  'calendar_feed.rotated',
  'material.created',
  'material.updated',
  'material.archived',
  'material.copied',
  'material.version_added',
  'material.delivery_resent',
  'attendance.recorded',
  'attendance.checked_in',
  'attendance.synced',
  'attendance.imported',
  'attendance.auto_absent',
  'attendance.check_in_code_created',
  'report_stage.created',
  'report_stage.updated',
  'report_stage.deleted',
  'report_stage.rubric_set',
  'report.submitted',
  'report.reviewed',
  'indicator.created',
  'indicator.updated',
  'indicator.value_reported',
  'indicator.deleted',
  'certificate.issued',
  'certificate.revoked',
  'assessment.question_created',
  'assessment.question_updated',
  'assessment.key_corrected',
  'assessment.created',
  'assessment.updated',
  'assessment.published',
  'assessment.regraded',
  'assessment.points_overridden',
  'export.requested',
  'export.downloaded',
  'survey_template.created',
  'survey_template.updated',
  'survey.created',
  'survey.updated',
  'survey.opened',
  'survey.closed',
  'survey.invited',
  'survey_plan.updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event acts on. `session` is a sign-in session; a programme's session is `programme_session`. */
export type AuditTarget =
  | 'user'
  | 'organisation'
  | 'session'
  | 'programme'
  | 'programme_session'
  | 'enrolment'
  | 'menu_item'
  | 'facility'
  | 'material'
  | 'attendance'
  | 'report_stage'
  | 'report_submission'
  | 'action_plan_indicator'
  | 'certificate'
  | 'data_export'
  | 'assessment'
  | 'assessment_question'
  | 'assessment_attempt'
  | 'survey_template'
  | 'survey';

export interface AuditRecord {
  action: AuditAction;
  actorId: string | null;
  targetType?: AuditTarget | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEventView {
  id: string;
  occurredAt: Date;
  action: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditService {
  constructor(private readonly tx: TransactionService) {}

  /** Written in the caller's transaction: the event exists exactly when the change it records does. */
  async record(em: EntityManager, event: AuditRecord, meta: RequestMeta): Promise<void> {
    await em.insert(AuditEventEntity, {
      action: event.action,
      actorId: event.actorId,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ip: meta.ip?.slice(0, 45) ?? null,
      requestId: meta.requestId?.slice(0, 64) ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    });
  }

  /** Many events of one request in the caller's transaction, in multi-row INSERTs (bulk imports). */
  async recordMany(em: EntityManager, events: AuditRecord[], meta: RequestMeta): Promise<void> {
    const ip = meta.ip?.slice(0, 45) ?? null;
    const requestId = meta.requestId?.slice(0, 64) ?? null;
    await insertInChunks(
      em,
      `INSERT INTO audit_event (action, actor_id, target_type, target_id, ip, request_id, details) VALUES ?`,
      events.map((e) => [
        e.action,
        e.actorId,
        e.targetType ?? null,
        e.targetId ?? null,
        ip,
        requestId,
        e.details ? JSON.stringify(e.details) : null,
      ]),
    );
  }

  /**
   * Newest first. Admins read everything; coordinators read what they did themselves and what happened
   * to trainee and instructor accounts (not to other staff, and not anonymous events such as failed
   * logins for unknown emails).
   */
  async list(principal: Principal, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEventView>> {
    const qb = this.tx.manager.createQueryBuilder(AuditEventEntity, 'e');
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.targetId) qb.andWhere('e.target_id = :targetId', { targetId: filter.targetId });
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });
    if (!hasRole(principal, 'admin')) {
      qb.andWhere(
        `(e.actor_id = :me OR (e.target_type = 'user' AND e.target_id <> :me AND NOT EXISTS (
            SELECT 1 FROM user_role r WHERE r.user_id = e.target_id AND r.role IN ('admin', 'coordinator'))))`,
        { me: principal.id },
      );
    }
    const [rows, total] = await qb
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt,
        action: e.action,
        actorId: e.actorId,
        targetType: e.targetType,
        targetId: e.targetId,
        ip: e.ip,
        requestId: e.requestId,
        details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null,
      })),
      total,
      ...page,
    };
  }
}
