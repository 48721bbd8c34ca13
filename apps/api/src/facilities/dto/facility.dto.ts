import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { DateTime } from 'luxon';
import { FACILITY_KINDS, FACILITY_STATUSES, type FacilityKind, type FacilityStatus } from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { IsTimeZone, oneOf } from '../../common/validators.js';
import { FacilityResponse } from './facility.response.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 instant with its offset (`Z` or `+09:00`) that names a real moment (no 30 February). */
const IsInstant = (example: string) =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (v) =>
        typeof v === 'string' && INSTANT.test(v) && DateTime.fromISO(v, { setZone: true }).isValid,
      defaultMessage: () => `must be an ISO 8601 instant with its offset, such as ${example}`,
    },
  });
const nullable = ValidateIf((_, v) => v !== null);

export class CreateFacilityDto {
  @ApiProperty({ example: 'Shin-Koto Incineration Plant', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: FACILITY_KINDS })
  @IsIn(FACILITY_KINDS, oneOf(FACILITY_KINDS))
  kind!: FacilityKind;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The host organisation' })
  @IsOptional()
  @nullable
  @IsUUID('all', { message: 'must be a UUID' })
  hostOrganisationId?: string | null;

  @ApiProperty({ example: '14-1-2 Shiomi, Koto-ku, Tokyo 135-0052', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  address!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90, example: 35.657 })
  @IsOptional()
  @nullable
  @IsNumber({ maxDecimalPlaces: 6 }, { message: 'must be a number with at most 6 decimals' })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180, example: 139.816 })
  @IsOptional()
  @nullable
  @IsNumber({ maxDecimalPlaces: 6 }, { message: 'must be a number with at most 6 decimals' })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiProperty({ example: 'Asia/Tokyo', description: "The host's IANA zone: its rules are meant there" })
  @IsTimeZone()
  timeZone!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @nullable
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @IsOptional()
  @nullable
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+81 3-0000-0000', maxLength: 40 })
  @IsOptional()
  @nullable
  @IsString()
  @Matches(/^\+?[0-9 ()./-]{4,40}$/, { message: 'must be a phone number such as +81 3-0000-0000' })
  contactPhone?: string | null;

  @ApiProperty({ minimum: 1, maximum: 100000, example: 40, description: 'Visitors at once' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    example: 20,
    description: 'A lower cap for overseas groups, not above the capacity',
  })
  @IsOptional()
  @nullable
  @IsInt()
  @Min(1)
  @Max(100_000)
  overseasCapacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @nullable
  @IsString()
  @MaxLength(5000)
  safetyNotes?: string | null;

  @ApiPropertyOptional({
    type: [Number],
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays visits may take place on: 1 = Monday … 7 = Sunday; every day when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true, message: 'must hold ISO weekdays, 1 (Monday) to 7 (Sunday)' })
  @Min(1, { each: true, message: 'must hold ISO weekdays, 1 (Monday) to 7 (Sunday)' })
  @Max(7, { each: true, message: 'must hold ISO weekdays, 1 (Monday) to 7 (Sunday)' })
  allowedWeekdays?: number[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '09:30',
    description: 'Host time; no limit when null',
  })
  @IsOptional()
  @nullable
  @Matches(CLOCK, { message: 'must be a time of day such as 09:30' })
  earliestStart?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '15:00',
    description: 'Host time, inclusive; no limit when null',
  })
  @IsOptional()
  @nullable
  @Matches(CLOCK, { message: 'must be a time of day such as 15:00' })
  latestStart?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1440, example: 90 })
  @IsOptional()
  @nullable
  @IsInt()
  @Min(1)
  @Max(1440)
  typicalDurationMin?: number | null;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 365,
    example: 14,
    default: 0,
    description: 'The visitor roster is due this many days before the visit',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  rosterDueDays?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 1000,
    example: 15,
    description: 'One interpreter per this many visitors of an overseas group; no rule when null',
  })
  @IsOptional()
  @nullable
  @IsInt()
  @Min(1)
  @Max(1000)
  visitorsPerInterpreter?: number | null;
}

export class UpdateFacilityDto extends PartialType(CreateFacilityDto) {}

export class FacilityQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: FACILITY_KINDS })
  @IsOptional()
  @IsIn(FACILITY_KINDS, oneOf(FACILITY_KINDS))
  kind?: FacilityKind;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(FACILITY_STATUSES, oneOf(FACILITY_STATUSES))
  status?: FacilityStatus;
}

export class FacilityPage extends PageMeta {
  @ApiProperty({ type: [FacilityResponse] })
  items!: FacilityResponse[];
}

export class CheckVisitDto {
  @ApiProperty({ example: '2026-10-06T01:00:00Z', description: 'An ISO instant with its offset' })
  @IsInstant('2026-10-06T10:00:00+09:00')
  startsAt!: string;

  @ApiProperty({ example: '2026-10-06T02:30:00Z', description: 'An ISO instant with its offset' })
  @IsInstant('2026-10-06T11:30:00+09:00')
  endsAt!: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 18 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  visitors!: number;

  @ApiProperty({
    example: true,
    description: 'A group from abroad: the interpreter rule and the lower cap apply',
  })
  @IsBoolean()
  overseasGroup!: boolean;

  @ApiProperty({ minimum: 0, maximum: 1000, example: 2 })
  @IsInt()
  @Min(0)
  @Max(1000)
  interpreters!: number;
}
