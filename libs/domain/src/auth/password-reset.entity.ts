import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { CreatedAt } from '../common/timestamps.js';

/** One password-reset request. Only the SHA-256 of the token is stored; the token is derived from the id. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('ix_password_reset_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_reset_user' })
  user?: UserEntity;

  @Index('uq_password_reset_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  emailedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
