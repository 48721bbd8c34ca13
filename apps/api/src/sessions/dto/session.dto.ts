import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SESSION_KINDS, SESSION_STATUSES, type SessionKind, type SessionStatus } from '@kenshu/domain';
import { IsTimeZone } from '../../common/validators.js';

const DATE = { strict: true, strictSeparator: true };
const nullable = () => ValidateIf((_: unknown, v: unknown) => v !== null && v !== undefined);

export class TransportLegDto {
  @ApiProperty({ example: 'chartered bus' }) @IsString() @MaxLength(60) mode!: string;
  @ApiProperty({ example: 'Hotel lobby, Shinjuku' }) @IsString() @MaxLength(200) from!: string;
  @ApiProperty({ example: 'Shin-Koto incineration plant' }) @IsString() @MaxLength(200) to!: string;
  @ApiPropertyOptional({ example: '08:45' }) @IsOptional() @IsString() @MaxLength(40) departsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) notes?: string;
}

export class SiteVisitDto {
  @ApiProperty({ example: 'Main gate, visitor centre' }) @IsString() @MaxLength(300) meetingPoint!: string;

  @ApiProperty({ type: [TransportLegDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TransportLegDto)
  transport!: TransportLegDto[];

  @ApiProperty({ example: ['helmet', 'safety shoes'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  ppe!: string[];

  @ApiProperty({ example: 'No photographs in the control room' })
  @IsString()
  @MaxLength(1000)
  photography!: string;

  @ApiProperty({ example: ['en', 'dv'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(35, { each: true })
  interpreterLanguages!: string[];

  @ApiProperty({ example: 2, minimum: 0 }) @IsInt() @Min(0) @Max(50) interpreters!: number;

  @ApiProperty({ description: 'Visitors from abroad (the host may lower the cap)' })
  @IsBoolean()
  overseasGroup!: boolean;
}

export class HostRuleOverrideDto {
  @ApiProperty({
    example: 'The host agreed by phone to an 08:30 start for this group (K. Tanaka, 2026-11-20)',
  })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason!: string;
}

export class CreateSessionDto {
  @ApiPropertyOptional({ enum: SESSION_KINDS, description: 'Needed unless menuItemId gives it' })
  @IsOptional()
  @IsIn(SESSION_KINDS, { message: `must be one of ${SESSION_KINDS.join(', ')}` })
  kind?: SessionKind;

  @ApiPropertyOptional({
    example: 'Separation at source: the 23 wards’ rules',
    maxLength: 200,
    description: 'Needed unless menuItemId gives it',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('all', { message: 'must be a UUID' })
  phaseId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('all', { message: 'must be a UUID' })
  menuItemId?: string | null;

  @ApiPropertyOptional({
    example: '2026-10-06T09:30',
    description: 'A wall-clock time meant in timeZone, or an ISO instant with its offset',
  })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(40)
  startsAt?: string | null;

  @ApiPropertyOptional({ example: '2026-10-06T11:00' })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(40)
  endsAt?: string | null;

  @ApiPropertyOptional({ example: 'Asia/Tokyo', description: 'Defaults to the programme’s host zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: '2026-10-10', description: 'An all-day item: a date, not a midnight' })
  @IsOptional()
  @nullable()
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-10' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-10' })
  allDayFrom?: string | null;

  @ApiPropertyOptional({ example: '2026-10-10', description: 'Inclusive; defaults to allDayFrom' })
  @IsOptional()
  @nullable()
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-10' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-10' })
  allDayTo?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must hold UUIDs' })
  instructorIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('all', { message: 'must be a UUID' })
  facilityId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(120)
  room?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @nullable()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Shown only to enrolled people and staff',
  })
  @IsOptional()
  @nullable()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' })
  @MaxLength(500)
  meetingUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(200)
  dialIn?: string | null;

  @ApiPropertyOptional({ type: SiteVisitDto, nullable: true })
  @IsOptional()
  @nullable()
  @ValidateNested()
  @Type(() => SiteVisitDto)
  siteVisit?: SiteVisitDto | null;

  @ApiPropertyOptional({
    type: HostRuleOverrideDto,
    description: 'Schedule a site visit that breaks a host rule anyway; the reason is kept with the rules',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HostRuleOverrideDto)
  override?: HostRuleOverrideDto;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

export class CancelSessionDto {
  @ApiProperty({ example: 'Typhoon warning: the plant is closed to visitors' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class ConflictResponse {
  @ApiProperty({ enum: ['instructor', 'trainee', 'facility'] }) kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty() programmeCode!: string;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phaseId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) menuItemId!: string | null;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'UTC' }) startsAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'UTC' }) endsAt!: Date | null;
  @ApiProperty({ description: 'The IANA zone it was planned in' }) timeZone!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) allDayFrom!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) allDayTo!: string | null;
  @ApiProperty({ type: [String] }) instructorIds!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) facilityId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) room!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) capacity!: number | null;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) meetingUrl!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dialIn!: string | null;
  @ApiPropertyOptional({ type: SiteVisitDto, nullable: true }) siteVisit!: SiteVisitDto | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) ruleOverride!: unknown;
  @ApiProperty({ type: [ConflictResponse], description: 'Double bookings let through (programme warns)' })
  warnings!: ConflictResponse[];
}

export class OutsideHoursResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ example: 'America/Los_Angeles' }) timeZone!: string;
  @ApiProperty({ example: '2026-10-09T00:00:00-07:00' }) localStart!: string;
  @ApiProperty({ example: '2026-10-09T01:30:00-07:00' }) localEnd!: string;
}

export class ReasonableHoursResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
  @ApiProperty({ description: 'UTC' }) endsAt!: Date;
  @ApiProperty({
    type: [OutsideHoursResponse],
    description: 'Trainees for whom it falls outside 07:00–22:00 locally',
  })
  outside!: OutsideHoursResponse[];
}
