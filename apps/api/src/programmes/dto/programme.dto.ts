import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CONFLICT_POLICIES,
  PHASE_KINDS,
  PROGRAMME_MODES,
  PROGRAMME_STATUSES,
  type ConflictPolicy,
  type PhaseKind,
  type ProgrammeMode,
  type ProgrammeStatus,
} from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { IsLocale, IsTimeZone, oneOf } from '../../common/validators.js';
import { OrganisationResponse } from '../../users/dto/user.response.js';

const DATE = { strict: true, strictSeparator: true };

export class PhaseDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing phase to keep (when replacing phases)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  id?: string;

  @ApiProperty({ example: 'In-country training in Tokyo', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: PHASE_KINDS })
  @IsIn(PHASE_KINDS, oneOf(PHASE_KINDS))
  kind!: PhaseKind;

  @ApiProperty({ example: '2026-10-05', description: 'A date in the host zone' })
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-05' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-05' })
  startsOn!: string;

  @ApiProperty({ example: '2026-10-16', description: 'Inclusive' })
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-16' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-16' })
  endsOn!: string;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'MOEJ-2026-WM', description: 'Letters, digits and dashes; stored upper-case' })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiProperty({
    example: 'Training for overseas officials: municipal solid waste management',
    maxLength: 200,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(5000)
  summary?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  funderOrganisationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  hostOrganisationId?: string | null;

  @ApiProperty({ enum: PROGRAMME_MODES })
  @IsIn(PROGRAMME_MODES, oneOf(PROGRAMME_MODES))
  mode!: ProgrammeMode;

  @ApiProperty({ example: 'Asia/Tokyo' })
  @IsTimeZone()
  hostTimeZone!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['en'],
    description: 'Languages trainees read materials in after their own, in order (BCP 47)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsLocale({ each: true })
  languageFallbacks?: string[];

  @ApiPropertyOptional({ enum: CONFLICT_POLICIES, default: 'refuse' })
  @IsOptional()
  @IsIn(CONFLICT_POLICIES, oneOf(CONFLICT_POLICIES))
  conflictPolicy?: ConflictPolicy;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 100000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @ApiPropertyOptional({ type: [PhaseDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PhaseDto)
  phases?: PhaseDto[];
}

export class UpdateProgrammeDto extends PartialType(
  PickType(CreateProgrammeDto, [
    'title',
    'summary',
    'funderOrganisationId',
    'hostOrganisationId',
    'mode',
    'hostTimeZone',
    'languageFallbacks',
    'conflictPolicy',
    'capacity',
  ] as const),
) {}

export class SetPhasesDto {
  @ApiProperty({ type: [PhaseDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PhaseDto)
  phases!: PhaseDto[];
}

export class SetStaffDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must hold UUIDs' })
  coordinators!: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must hold UUIDs' })
  instructors!: string[];
}

export class TransitionDto {
  @ApiProperty({ enum: PROGRAMME_STATUSES })
  @IsIn(PROGRAMME_STATUSES, oneOf(PROGRAMME_STATUSES))
  status!: ProgrammeStatus;
}

export class CloneProgrammeDto {
  @ApiProperty({ example: 'MOEJ-2027-WM' })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiProperty({ example: '2027-10-04', description: 'The new first day: every date shifts by as many days' })
  @IsISO8601(DATE, { message: 'must be a date such as 2027-10-04' })
  @MaxLength(10, { message: 'must be a date such as 2027-10-04' })
  startsOn!: string;
}

export class ProgrammeQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a code or title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES, oneOf(PROGRAMME_STATUSES))
  status?: ProgrammeStatus;
}

export class PhaseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PHASE_KINDS }) kind!: PhaseKind;
  @ApiProperty({ example: '2026-10-05' }) startsOn!: string;
  @ApiProperty({ example: '2026-10-16' }) endsOn!: string;
}

export class StaffResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
}

export class EnrolledCounts {
  @ApiProperty() holdingPlaces!: number;
  @ApiProperty() waitlisted!: number;
}

export class ProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ enum: PROGRAMME_MODES }) mode!: ProgrammeMode;
  @ApiProperty({ example: 'Asia/Tokyo' }) hostTimeZone!: string;
  @ApiProperty({ type: [String], example: ['en'] }) languageFallbacks!: string[];
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status!: ProgrammeStatus;
  @ApiProperty({ enum: CONFLICT_POLICIES }) conflictPolicy!: ConflictPolicy;
  @ApiPropertyOptional({ type: Number, nullable: true }) capacity!: number | null;
  @ApiPropertyOptional({ type: OrganisationResponse, nullable: true }) funder!: OrganisationResponse | null;
  @ApiPropertyOptional({ type: OrganisationResponse, nullable: true }) host!: OrganisationResponse | null;
  @ApiProperty({ type: [PhaseResponse] }) phases!: PhaseResponse[];
  @ApiProperty({ type: [StaffResponse] }) coordinators!: StaffResponse[];
  @ApiProperty({ type: [StaffResponse] }) instructors!: StaffResponse[];
  @ApiProperty({ type: EnrolledCounts }) enrolled!: EnrolledCounts;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) clonedFromId!: string | null;
  @ApiProperty({ enum: ['manage', 'teach', 'attend'], description: 'What the caller may do with it' })
  access!: 'manage' | 'teach' | 'attend';
  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
}

export class ProgrammePage extends PageMeta {
  @ApiProperty({ type: [ProgrammeResponse] })
  items!: ProgrammeResponse[];
}
