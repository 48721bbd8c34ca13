import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  OCCURRENCE_STATUSES,
  PLAN_LEVELS,
  SESSION_KINDS,
  type OccurrenceStatus,
  type PlanLevel,
  type SessionKind,
  type SurveyOccurrenceView,
  type SurveyPlanView,
} from '@kenshu/domain';
import { TimePointResponse } from '../../schedule/dto/schedule.dto.js';
import { oneOf } from '../../common/validators.js';

export class SurveyPlanLevelDto {
  @ApiProperty({ enum: PLAN_LEVELS })
  @IsIn(PLAN_LEVELS, oneOf(PLAN_LEVELS))
  level!: PlanLevel;

  @ApiProperty({ format: 'uuid', description: 'The template its surveys copy (it must have questions)' })
  @IsUUID('all', { message: 'must be a UUID' })
  templateId!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    description: 'Days each survey stays open; default 7 for L1 and programme_end, 30 for L3',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  openDays?: number;

  @ApiPropertyOptional({
    type: [Number],
    example: [3],
    description:
      'Days after the survey opens (on the host’s calendar) to remind non-respondents, before it closes',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(365, { each: true })
  reminderDays?: number[];

  @ApiPropertyOptional({
    default: 5,
    minimum: 1,
    maximum: 1000,
    description: 'Anonymous results below it are hidden',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minGroupSize?: number;

  @ApiPropertyOptional({
    type: [String],
    enum: SESSION_KINDS,
    nullable: true,
    example: ['lecture', 'site_visit'],
    description: 'L1 only: the session kinds that get a survey; absent or null for every kind',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsArray()
  @ArrayMaxSize(SESSION_KINDS.length)
  @IsIn(SESSION_KINDS, { each: true, ...oneOf(SESSION_KINDS) })
  sessionKinds?: SessionKind[] | null;
}

export class SurveyPlanDto {
  @ApiProperty({
    type: [SurveyPlanLevelDto],
    description: 'The whole plan: a level left out is dropped and its planned surveys cancelled',
  })
  @IsArray()
  @ArrayMaxSize(PLAN_LEVELS.length)
  @ValidateNested({ each: true })
  @Type(() => SurveyPlanLevelDto)
  levels!: SurveyPlanLevelDto[];
}

export class SurveyPlanLevelResponse {
  @ApiProperty({ enum: PLAN_LEVELS }) level!: PlanLevel;
  @ApiProperty({ format: 'uuid' }) templateId!: string;
  @ApiProperty() templateTitle!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() openDays!: number;
  @ApiProperty({ type: [Number] }) reminderDays!: number[];
  @ApiProperty() minGroupSize!: number;
  @ApiProperty({ type: [String], enum: SESSION_KINDS, nullable: true, description: 'Null: every kind' })
  sessionKinds!: SessionKind[] | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class SurveyPlanResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: [SurveyPlanLevelResponse] }) levels!: SurveyPlanLevelResponse[];
}

export class SurveyOccurrenceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PLAN_LEVELS }) level!: PlanLevel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'L1: the session' })
  sessionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) sessionTitle!: string | null;
  @ApiProperty({ type: TimePointResponse, description: 'When the survey is made, opened and sent' })
  dueAt!: TimePointResponse;
  @ApiProperty({ enum: OCCURRENCE_STATUSES }) status!: OccurrenceStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Once created' })
  surveyId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why making it failed (retried when the plan is saved)',
  })
  error!: string | null;
}

export const toSurveyPlan = (p: SurveyPlanView): SurveyPlanResponse => ({
  programmeId: p.programmeId,
  levels: p.levels.map((l) => ({ ...l, updatedAt: l.updatedAt.toISOString() })),
});

export const toSurveyOccurrence = (o: SurveyOccurrenceView): SurveyOccurrenceResponse => ({ ...o });
