import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../common/timestamps.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A user's personal calendar feed. Only the SHA-256 of its token is stored; the token is derived from the
 * user id and `version` with the app secret (so the URL can be shown again), and rotating bumps `version`.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feed_user' })
  user?: UserEntity;

  @Column({ type: 'int', unsigned: true })
  version!: number;

  @Index('uq_calendar_feed_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @CreatedAt()
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  rotatedAt!: Date | null;
}
