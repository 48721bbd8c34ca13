import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * How a decision was taken. `instructor` (the roster), `offline` (a device's batch) and `import` (a
 * webinar's join/leave report) are instructor decisions; `check_in` (the trainee's code) and `auto` (the
 * sweep after the session) lose to any of them.
 */
export const ATTENDANCE_SOURCES = ['instructor', 'check_in', 'offline', 'import', 'auto'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** One trainee at one session: the unique pair makes every writer (sweep, check-in, sync) idempotent. */
@Entity('attendance')
@Index('uq_attendance_session_user', ['sessionId', 'userId'], { unique: true })
export class AttendanceEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_session' })
  session?: SessionEntity;

  @Index('ix_attendance_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attendance_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 8 })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 12 })
  source!: AttendanceSource;

  /** Who decided (the trainee for a check-in); null for the automatic sweep. */
  @Index('ix_attendance_recorded_by')
  @Column({ type: 'char', length: 36, nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_attendance_recorded_by' })
  recorder?: UserEntity;

  /** When the decision was made: the device's time for an offline record (reconciliation orders by it). */
  @Column({ type: 'datetime', precision: 3 })
  recordedAt!: Date;

  /** When the trainee checked in with the session's code, kept when an instructor later decides. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  checkedInAt!: Date | null;

  /** From a webinar import only. */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  minutesAttended!: number | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** A session's current self check-in code (a new one replaces it). */
@Entity('attendance_check_in_code')
export class AttendanceCheckInCodeEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_check_in_code_session' })
  session?: SessionEntity;

  @Column({ type: 'char', length: 6 })
  code!: string;

  @Column({ type: 'datetime', precision: 3 })
  validFrom!: Date;

  @Column({ type: 'datetime', precision: 3 })
  validUntil!: Date;

  @Index('ix_attendance_check_in_code_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_attendance_check_in_code_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;
}

/** A session the auto-absent sweep has closed, with how many trainees it marked absent. */
@Entity('attendance_sweep')
export class AttendanceSweepEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_sweep_session' })
  session?: SessionEntity;

  @Column({ type: 'int', unsigned: true, default: 0 })
  marked!: number;

  @CreatedAt()
  sweptAt!: Date;
}
