import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';

export const ROLES = ['admin', 'coordinator', 'instructor', 'trainee'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person's gender as they state it (funders ask for it); not recorded is null. */
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

@Entity('user')
export class UserEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** Stored lower-cased; the unique index is case-insensitive too (utf8mb4_unicode_ci). */
  @Index('uq_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  /** BCP 47 language tag. */
  @Column({ type: 'varchar', length: 35, default: 'en' })
  locale!: string;

  /** Languages to read materials in when there is none in `locale`, in order: "km,en". */
  @Column({ type: 'varchar', length: 120, nullable: true })
  languageFallbacks?: string | null;

  /** IANA time zone. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  @Index('ix_user_organisation')
  @Column({ type: 'char', length: 36, nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_user_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  /** As the person states it, for funders' reports; null = not recorded. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  gender?: Gender | null;

  @Column({ type: 'varchar', length: 16, default: 'invited' })
  status!: UserStatus;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

@Entity('user_role')
export class UserRoleEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: Role;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_role_user' })
  user?: UserEntity;
}
