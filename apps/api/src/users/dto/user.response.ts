import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GENDERS,
  ORGANISATION_KINDS,
  ROLES,
  USER_STATUSES,
  type Gender,
  type OrganisationKind,
  type OrganisationRef,
  type Role,
  type UserStatus,
  type UserView,
} from '@kenshu/domain';

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind!: OrganisationKind;

  @ApiProperty({ example: 'Ministry of Climate Change, Environment and Energy' })
  name!: string;

  @ApiProperty({ example: 'MV', description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Malé' })
  city!: string | null;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'trainee@kenshu.example' })
  email!: string;

  @ApiProperty({ example: 'Nguyễn Thị Minh' })
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ example: 'en', description: 'BCP 47' })
  locale!: string;

  @ApiProperty({ type: [String], example: ['km', 'en'], description: 'Material languages after `locale`' })
  languageFallbacks!: string[];

  @ApiProperty({ example: 'Indian/Maldives', description: 'IANA time zone' })
  timeZone!: string;

  @ApiPropertyOptional({ type: OrganisationResponse, nullable: true })
  organisation!: OrganisationResponse | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  position!: string | null;

  @ApiProperty({ enum: GENDERS, nullable: true, description: 'Null: not recorded' })
  gender!: Gender | null;

  @ApiProperty({ enum: USER_STATUSES })
  status!: UserStatus;

  @ApiProperty({ description: 'UTC' })
  createdAt!: Date;
}

export const toOrganisationResponse = (o: OrganisationRef): OrganisationResponse => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  country: o.country,
  city: o.city,
});

export const toUserResponse = (u: UserView): UserResponse => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  roles: u.roles,
  locale: u.locale,
  languageFallbacks: u.languageFallbacks,
  timeZone: u.timeZone,
  organisation: u.organisation ? toOrganisationResponse(u.organisation) : null,
  position: u.position,
  gender: u.gender,
  status: u.status,
  createdAt: u.createdAt,
});
