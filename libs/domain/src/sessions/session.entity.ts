import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { MenuItemEntity } from '../menu/menu-item.entity.js';
import { ProgrammeEntity, ProgrammePhaseEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const SESSION_KINDS = ['lecture', 'webinar', 'meeting', 'workshop', 'site_visit'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['scheduled', 'moved', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** What a site visit adds to a session (kept as JSON: read and written whole, never queried into). */
export interface SiteVisitDetails {
  meetingPoint: string;
  transport: { mode: string; from: string; to: string; departsAt?: string; notes?: string }[];
  ppe: string[];
  photography: string;
  interpreterLanguages: string[];
  interpreters: number;
  overseasGroup: boolean;
}

/**
 * One item of a programme's timetable. Either timed — `startsAt`/`endsAt` instants in UTC with the zone
 * it was planned in — or all-day — `allDayFrom`/`allDayTo` calendar dates, never midnights.
 */
@Entity('session')
@Index('ix_session_programme_start', ['programmeId', 'startsAt'])
@Index('ix_session_facility_start', ['facilityId', 'startsAt'])
export class SessionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_session_programme' })
  programme?: ProgrammeEntity;

  @Index('ix_session_phase')
  @Column({ type: 'char', length: 36, nullable: true })
  phaseId!: string | null;

  @ManyToOne(() => ProgrammePhaseEntity, { nullable: true, onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id', foreignKeyConstraintName: 'fk_session_phase' })
  phase?: ProgrammePhaseEntity;

  /** The menu item it was made from, if any. */
  @Index('ix_session_menu_item')
  @Column({ type: 'char', length: 36, nullable: true })
  menuItemId!: string | null;

  @ManyToOne(() => MenuItemEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'fk_session_menu_item' })
  menuItem?: MenuItemEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: SessionKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  startsAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  endsAt!: Date | null;

  /** The IANA zone the session was planned in (the host's, usually). */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'date', nullable: true })
  allDayFrom!: string | null;

  /** Inclusive. */
  @Column({ type: 'date', nullable: true })
  allDayTo!: string | null;

  @Column({ type: 'char', length: 36, nullable: true })
  facilityId!: string | null;

  @ManyToOne(() => FacilityEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_session_facility' })
  facility?: FacilityEntity;

  @Column({ type: 'varchar', length: 120, nullable: true })
  room!: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  capacity!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: SessionStatus;

  /** Webinars: shown only to enrolled people and the programme's staff. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  meetingUrl!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dialIn!: string | null;

  /** JSON of SiteVisitDetails, for site visits. */
  @Column({ type: 'text', nullable: true })
  siteVisit!: string | null;

  /** Set when a coordinator scheduled a site visit against a host rule, with their reason. */
  @Column({ type: 'text', nullable: true })
  ruleOverride!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

@Entity('session_instructor')
@Index('ix_session_instructor_user', ['userId'])
export class SessionInstructorEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  sessionId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_instructor_session' })
  session?: SessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_instructor_user' })
  user?: UserEntity;
}
