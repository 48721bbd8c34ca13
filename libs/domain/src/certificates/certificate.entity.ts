import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** `queued`: the email is still to go; `sent`; `failed` for good (a 5xx, or the last retry); `skipped` (revoked first). */
export const CERTIFICATE_EMAIL_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type CertificateEmailStatus = (typeof CERTIFICATE_EMAIL_STATUSES)[number];

/**
 * The certificate of one completed enrolment (at most one: unique enrolment), as it was printed: the
 * name and programme title, the dates, its language, its verification code (12 Crockford base-32
 * characters, 60 random bits, stored without dashes) and the stored PDF. Revocation keeps the row.
 */
@Entity('certificate')
@Index('ix_certificate_programme', ['programmeId', 'issuedAt'])
export class CertificateEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('uq_certificate_enrolment', { unique: true })
  @Column({ type: 'char', length: 36 })
  enrolmentId!: string;

  // Many-to-one in the mapping; the unique index makes it one certificate per enrolment.
  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_certificate_enrolment' })
  enrolment?: EnrolmentEntity;

  @Index('ix_certificate_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_certificate_user' })
  user?: UserEntity;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_certificate_programme' })
  programme?: ProgrammeEntity;

  @Index('uq_certificate_code', { unique: true })
  @Column({ type: 'char', length: 12 })
  verificationCode!: string;

  /** The language it is printed in (en, ja, ko, th). */
  @Column({ type: 'varchar', length: 35 })
  language!: string;

  @Column({ type: 'varchar', length: 200 })
  printedName!: string;

  @Column({ type: 'varchar', length: 200 })
  printedProgramme!: string;

  /** Calendar date in the host zone. */
  @Column({ type: 'date' })
  completedOn!: string;

  @Column({ type: 'date', nullable: true })
  programmeStartsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  programmeEndsOn!: string | null;

  @Column({ type: 'datetime', precision: 3 })
  issuedAt!: Date;

  /** The PDF; null only for a certificate seeded without a storage. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  storageKey!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'varchar', length: 8, default: 'queued' })
  emailStatus!: CertificateEmailStatus;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  emailAttempts!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  emailError!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  emailedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Index('ix_certificate_revoked_by')
  @Column({ type: 'char', length: 36, nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'fk_certificate_revoked_by' })
  revoker?: UserEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revocationReason!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
