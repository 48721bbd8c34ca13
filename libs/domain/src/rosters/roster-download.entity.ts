import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const ROSTER_FORMATS = ['csv', 'pdf'] as const;
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

/** The languages a roster is written in: the host's, and English. */
export const ROSTER_LANGUAGES = ['ja', 'en'] as const;
export type RosterLanguage = (typeof ROSTER_LANGUAGES)[number];

/**
 * One download of a site visit's visitor roster: the coordinator's task "send the host its roster" is
 * done once there is one. `visitors` is how many were on it, for telling when the list grew since.
 */
@Entity('roster_download')
@Index('ix_roster_download_session', ['sessionId', 'downloadedAt'])
export class RosterDownloadEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_roster_download_session' })
  session?: SessionEntity;

  @Index('ix_roster_download_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_roster_download_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 3 })
  format!: RosterFormat;

  @Column({ type: 'varchar', length: 2 })
  language!: RosterLanguage;

  @Column({ type: 'smallint', unsigned: true })
  visitors!: number;

  @Column({ type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' })
  downloadedAt!: Date;
}
