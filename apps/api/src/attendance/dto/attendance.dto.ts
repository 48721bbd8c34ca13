import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { ATTENDANCE_STATUSES, SYNC_MAX_RECORDS, type AttendanceStatus } from '@kenshu/domain';
import { oneOf } from '../../common/validators.js';

export class AttendanceRecordDto {
  @ApiProperty({ format: 'uuid', description: 'The trainee' })
  @IsUUID('all', { message: 'must be a UUID' })
  userId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES, oneOf(ATTENDANCE_STATUSES))
  status!: AttendanceStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Excused: flight delayed' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class SaveRosterDto {
  @ApiProperty({ type: [AttendanceRecordDto], description: 'The whole roster or part of it; all or nothing' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SYNC_MAX_RECORDS)
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordDto)
  records!: AttendanceRecordDto[];
}

export class OfflineRecordDto extends AttendanceRecordDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'When the device recorded it (with offset)',
  })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant such as 2026-12-10T07:05:00Z' })
  recordedAt!: string;
}

export class SyncDto {
  @ApiProperty({
    example: 'tablet-room-3',
    maxLength: 100,
    description: 'Names the device, for the audit log',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  deviceId!: string;

  @ApiProperty({ type: [OfflineRecordDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SYNC_MAX_RECORDS)
  @ValidateNested({ each: true })
  @Type(() => OfflineRecordDto)
  records!: OfflineRecordDto[];
}

export class CheckInDto {
  @ApiProperty({ example: 'K7Q3XP', description: 'The code shown in the session (case and dashes ignored)' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  code!: string;
}

export class AttendanceImportQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Share of the session that makes present' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(100)
  thresholdPercent?: number;

  @ApiPropertyOptional({ description: 'Report what would happen, write nothing', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
