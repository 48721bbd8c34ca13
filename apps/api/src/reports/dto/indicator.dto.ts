import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  CATALOGUE_CODES,
  FOLLOW_UPS,
  INDICATOR_UNITS,
  type FollowUp,
  type IndicatorUnit,
  type L4Summary,
} from '@kenshu/domain';
import { TimePointResponse } from '../../schedule/dto/schedule.dto.js';
import { oneOf } from '../../common/validators.js';

const UUID = { message: 'must be a UUID' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: 'must be a date such as 2027-03-05' };
const FINITE = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 };
const finite = { message: 'must be a finite number with at most 4 decimals' };

export class CreateIndicatorDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Staff: the trainee whose action plan it is (required). Trainees leave it out.',
  })
  @IsOptional()
  @IsUUID('all', UUID)
  userId?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: CATALOGUE_CODES,
    description: 'A catalogue suggestion (GET /indicator-catalogue): its name and unit are the defaults',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(CATALOGUE_CODES, oneOf(CATALOGUE_CODES))
  catalogueCode?: string | null;

  @ApiPropertyOptional({ example: 'Household waste collection coverage', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: INDICATOR_UNITS, description: 'Required without a catalogue code' })
  @IsOptional()
  @IsIn(INDICATOR_UNITS, oneOf(INDICATOR_UNITS))
  unit?: IndicatorUnit;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 40,
    example: 'households',
    description: 'The unit’s name: required with unit other, refused with the others',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(40)
  unitLabel?: string | null;

  @ApiProperty({ example: 40, description: 'Finite; percent 0–100; tonnes_per_day ≥ 0; count whole ≥ 0' })
  @IsNumber(FINITE, finite)
  baselineValue!: number;

  @ApiProperty({ example: '2027-01-31', format: 'date' })
  @IsString()
  @Matches(DATE, dateMessage)
  baselineOn!: string;

  @ApiProperty({ example: 80 })
  @IsNumber(FINITE, finite)
  targetValue!: number;

  @ApiProperty({ example: '2028-12-31', format: 'date', description: 'After baselineOn' })
  @IsString()
  @Matches(DATE, dateMessage)
  targetOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateIndicatorDto extends PartialType(OmitType(CreateIndicatorDto, ['userId'] as const)) {}

export class ReportIndicatorValueDto {
  @ApiProperty({
    enum: FOLLOW_UPS,
    description: '+90 or +180 days after the programme ends, or another time',
  })
  @IsIn(FOLLOW_UPS, oneOf(FOLLOW_UPS))
  followUp!: FollowUp;

  @ApiProperty({ example: '2028-01-15', format: 'date', description: 'The date the value describes' })
  @IsString()
  @Matches(DATE, dateMessage)
  asOf!: string;

  @ApiProperty({ example: 55 })
  @IsNumber(FINITE, finite)
  value!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    example: 'https://example.org/report',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) address' })
  @MaxLength(2000)
  evidenceUrl?: string | null;
}

export class IndicatorListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: one trainee’s (default: everyone’s)' })
  @IsOptional()
  @IsUUID('all', UUID)
  userId?: string;
}

// ---- responses ----------------------------------------------------------------------------------

export class CatalogueIndicatorResponse {
  @ApiProperty({ example: 'collection_coverage' }) code!: string;
  @ApiProperty({ example: 'Household waste collection coverage' }) name!: string;
  @ApiProperty({ enum: INDICATOR_UNITS }) unit!: IndicatorUnit;
}

class ReporterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class IndicatorValueResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FOLLOW_UPS }) followUp!: FollowUp;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() value!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) evidenceUrl!: string | null;
  @ApiPropertyOptional({ type: ReporterResponse, nullable: true }) reportedBy!: ReporterResponse | null;
  @ApiProperty({ type: TimePointResponse }) reportedAt!: TimePointResponse;
}

class ValueOnResponse {
  @ApiProperty() value!: number;
  @ApiProperty({ format: 'date' }) on!: string;
}

export class IndicatorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty({ format: 'uuid', description: 'The trainee whose plan it is' }) userId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) catalogueCode!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: INDICATOR_UNITS }) unit!: IndicatorUnit;
  @ApiPropertyOptional({ type: String, nullable: true }) unitLabel!: string | null;
  @ApiProperty({ type: ValueOnResponse }) baseline!: ValueOnResponse;
  @ApiProperty({ type: ValueOnResponse }) target!: ValueOnResponse;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Latest value (greatest as-of date)' })
  latest!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'latest − baseline' })
  change!: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: '(latest − baseline) / (target − baseline); null with no value or target = baseline',
  })
  progress!: number | null;
  @ApiProperty({ type: [IndicatorValueResponse], description: 'Oldest as-of date first' })
  values!: IndicatorValueResponse[];
}

class L4FollowUpResponse {
  @ApiProperty({ enum: ['90', '180'] }) followUp!: '90' | '180';
  @ApiProperty() indicatorsReported!: number;
  @ApiProperty({ description: 'Among trainees with an accepted action plan' }) traineesReported!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '0–1; null with no accepted plan' })
  responseRate!: number | null;
}

class L4CatalogueResponse {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: INDICATOR_UNITS }) unit!: IndicatorUnit;
  @ApiProperty() indicators!: number;
  @ApiProperty() withProgress!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) medianProgress!: number | null;
}

export class L4SummaryResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() traineesWithAcceptedPlan!: number;
  @ApiProperty() traineesWithIndicators!: number;
  @ApiProperty() indicators!: number;
  @ApiProperty() freeIndicators!: number;
  @ApiProperty({ type: [L4FollowUpResponse] }) followUps!: L4FollowUpResponse[];
  @ApiProperty({ type: [L4CatalogueResponse] }) catalogue!: L4CatalogueResponse[];
}

export const toL4SummaryResponse = (s: L4Summary): L4SummaryResponse => ({
  ...s,
  followUps: s.followUps.map((f) => ({ ...f })),
  catalogue: s.catalogue.map((c) => ({ ...c })),
});
