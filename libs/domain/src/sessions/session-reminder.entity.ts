import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../common/timestamps.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEntity } from './session.entity.js';

/**
 * One reminder of one session to one trainee, for the start it was planned for: a session that moves
 * gets a new row for its new start, so each (session, trainee, kind, start) is reminded at most once.
 * Rows are planned by the worker when they fall due (not as long-delayed jobs), then sent through the
 * outbox.
 */
@Entity('session_reminder')
@Index('uq_session_reminder', ['sessionId', 'userId', 'kind', 'startsAt'], { unique: true })
@Index('ix_session_reminder_queue', ['queuedAt', 'dueAt'])
export class SessionReminderEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_reminder_session' })
  session?: SessionEntity;

  @Index('ix_session_reminder_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_reminder_user' })
  user?: UserEntity;

  /** Which reminder: `before` (REMINDER_HOURS_BEFORE ahead). */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  /** The start this reminder is about (UTC). */
  @Column({ type: 'datetime', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  queuedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;

  /** cancelled, moved, withdrawn, inactive: why it was not sent after all. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  skipped!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
