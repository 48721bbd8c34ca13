import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { GENDERS, ROLES, USER_STATUSES, type Gender, type Role, type UserStatus } from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { IsLocale, IsTimeZone } from '../../common/validators.js';
import { UserResponse } from './user.response.js';

const ROLE_MESSAGE = `must be one of ${ROLES.join(', ')}`;

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Aminath Shifaza', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ example: 'dv', description: 'BCP 47' })
  @IsOptional()
  @IsLocale()
  locale?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['km', 'en'],
    description: 'Languages to read materials in after `locale`, in order (BCP 47, at most 5)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsLocale({ each: true })
  languageFallbacks?: string[];

  @ApiPropertyOptional({ example: 'Indian/Maldives', description: 'IANA time zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional({
    enum: GENDERS,
    nullable: true,
    description: 'As the person states it, for funders’ reports; null = not recorded',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(GENDERS, { message: `must be one of ${GENDERS.join(', ')}, or null` })
  gender?: Gender | null;
}

export class CreateUserDto extends UpdateUserDto {
  @ApiProperty({ example: 'minh.nguyen@hanoi.example', maxLength: 254 })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Nguyễn Thị Minh', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['trainee'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];
}

export class SetRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['instructor', 'coordinator'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of an email, name or position' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;
}

export class ImportQuery {
  @ApiPropertyOptional({ description: 'Report what would happen, write nothing', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class UserPage extends PageMeta {
  @ApiProperty({ type: [UserResponse] })
  items!: UserResponse[];
}

export class InvitationResponse {
  @ApiProperty({ description: 'UTC' })
  expiresAt!: Date;
}

export class ImportRowResponse {
  @ApiProperty({ description: 'Data row, from 1' })
  row!: number;

  @ApiProperty({ description: 'The line of the file the row starts on' })
  line!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ enum: ['created', 'updated', 'skipped'] })
  outcome!: 'created' | 'updated' | 'skipped';

  @ApiPropertyOptional()
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  userId?: string;
}

export class ImportReportResponse {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  skipped!: number;

  @ApiProperty({ type: [ImportRowResponse] })
  rows!: ImportRowResponse[];
}
