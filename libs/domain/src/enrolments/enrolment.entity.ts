import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** invited → active → completed | withdrawn | not_completed; waitlisted until a place frees up. */
export const ENROLMENT_STATUSES = [
  'waitlisted',
  'invited',
  'active',
  'completed',
  'withdrawn',
  'not_completed',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The statuses that hold a place in the programme. */
export const PLACE_HOLDING: readonly EnrolmentStatus[] = ['invited', 'active', 'completed', 'not_completed'];

@Entity('enrolment')
@Index('uq_enrolment_programme_user', ['programmeId', 'userId'], { unique: true })
@Index('ix_enrolment_programme_status', ['programmeId', 'status', 'waitlistedAt'])
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_enrolment_programme' })
  programme?: ProgrammeEntity;

  @Index('ix_enrolment_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolment_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: EnrolmentStatus;

  /** Order on the waiting list (first come, first served). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  waitlistedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
