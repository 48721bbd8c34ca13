import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { CreatedAt } from '../common/timestamps.js';

/**
 * An invitation to open an account. Like a password reset, only the SHA-256 of the token is stored, and
 * the token is derived from the id with the app secret so the email job can rebuild the link.
 */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('ix_invitation_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_invitation_user' })
  user?: UserEntity;

  @Index('ix_invitation_invited_by')
  @Column({ type: 'char', length: 36, nullable: true })
  invitedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'fk_invitation_invited_by' })
  inviter?: UserEntity;

  @Index('uq_invitation_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  /** Set when a newer invitation replaces this one, or the account is disabled. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  emailedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
