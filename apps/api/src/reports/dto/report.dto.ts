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
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  REPORT_DUE_MODES,
  REPORT_FORMS,
  REPORT_STAGE_KINDS,
  REPORT_STATES,
  REPORT_TEXT_MAX_CHARS,
  REVIEW_DECISIONS,
  type ReportDueMode,
  type ReportForm,
  type ReportStageKind,
  type ReportState,
  type ReviewDecision,
} from '@kenshu/domain';
import { TimePointResponse } from '../../schedule/dto/schedule.dto.js';
import { oneOf } from '../../common/validators.js';

const UUID = { message: 'must be a UUID' };

export class CreateReportStageDto {
  @ApiProperty({ enum: REPORT_STAGE_KINDS })
  @IsIn(REPORT_STAGE_KINDS, oneOf(REPORT_STAGE_KINDS))
  kind!: ReportStageKind;

  @ApiProperty({ example: 'Action plan', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(10000)
  instructions?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Due instant (UTC or with an offset). Give this or dueMonthsAfterEnd.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant such as 2027-03-05T09:00:00Z' })
  dueAt?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 36,
    description:
      'Due N months after the programme’s last day, at the end of that day in the host zone. Give this or dueAt.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(36)
  dueMonthsAfterEnd?: number | null;

  @ApiPropertyOptional({ enum: REPORT_FORMS, default: 'both', description: 'text, one file, or either/both' })
  @IsOptional()
  @IsIn(REPORT_FORMS, oneOf(REPORT_FORMS))
  forms?: ReportForm;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  requiredForCompletion?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, description: 'Default: after the last stage' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}

export class UpdateReportStageDto extends PartialType(CreateReportStageDto) {}

export class RubricLevelDto {
  @ApiProperty({ example: 'Meets expectations', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @ApiProperty({ minimum: 0, maximum: 1000, example: 2 })
  @IsInt()
  @Min(0)
  @Max(1000)
  points!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class RubricCriterionDto {
  @ApiProperty({ example: 'Feasibility', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ minimum: 1, maximum: 100, example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @ApiProperty({ type: [RubricLevelDto], description: 'In order, lowest first (1–10)' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelDto)
  levels!: RubricLevelDto[];
}

export class SetRubricDto {
  @ApiProperty({ type: [RubricCriterionDto], description: 'In order (0–20); replaces the rubric' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  criteria!: RubricCriterionDto[];
}

export class FileUploadQuery {
  @ApiProperty({ example: 'action-plan.pdf', description: 'Shown to readers; no path separators' })
  @IsString()
  @MaxLength(400)
  fileName!: string;
}

export class SubmitReportDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: REPORT_TEXT_MAX_CHARS,
    description: 'Plain text; line breaks kept',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(REPORT_TEXT_MAX_CHARS * 2)
  text?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A file uploaded to …/files for this stage, not yet in a submission',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', UUID)
  fileId?: string | null;
}

export class ReviewScoreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  criterionId!: string;

  @ApiProperty({ format: 'uuid', description: 'A level of that criterion' })
  @IsUUID('all', UUID)
  levelId!: string;
}

export class ReviewReportDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS, oneOf(REVIEW_DECISIONS))
  decision!: ReviewDecision;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000, description: 'Required to return' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(10000)
  comment?: string | null;

  @ApiProperty({ type: [ReviewScoreDto], description: 'One level for every criterion of the rubric' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReviewScoreDto)
  scores!: ReviewScoreDto[];
}

export class HistoryQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: whose history (default: the caller’s own)' })
  @IsOptional()
  @IsUUID('all', UUID)
  userId?: string;
}

// ---- responses ----------------------------------------------------------------------------------

export class RubricLevelResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() points!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
}

export class RubricCriterionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() weight!: number;
  @ApiProperty({ type: [RubricLevelResponse] }) levels!: RubricLevelResponse[];
}

export class ReportDueResponse {
  @ApiProperty({ enum: REPORT_DUE_MODES }) mode!: ReportDueMode;
  @ApiPropertyOptional({ type: Number, nullable: true }) monthsAfterEnd!: number | null;
  @ApiProperty({ type: TimePointResponse }) at!: TimePointResponse;
}

export class ReportStageResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ enum: REPORT_STAGE_KINDS }) kind!: ReportStageKind;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) instructions!: string | null;
  @ApiProperty({ type: ReportDueResponse }) due!: ReportDueResponse;
  @ApiProperty({ enum: REPORT_FORMS }) forms!: ReportForm;
  @ApiProperty() requiredForCompletion!: boolean;
  @ApiProperty() position!: number;
  @ApiProperty({ type: [RubricCriterionResponse] }) rubric!: RubricCriterionResponse[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Highest total a review can give' })
  maxTotal!: number | null;
}

export class ReportFileResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ description: 'Sniffed from the content' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
}

class ReviewerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class ReviewScoreResponse {
  @ApiProperty({ format: 'uuid' }) criterionId!: string;
  @ApiProperty() criterion!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ format: 'uuid' }) levelId!: string;
  @ApiProperty() level!: string;
  @ApiProperty() points!: number;
}

export class ReportReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REVIEW_DECISIONS }) decision!: ReviewDecision;
  @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Σ weight × points' })
  total!: number | null;
  @ApiPropertyOptional({ type: ReviewerResponse, nullable: true }) reviewer!: ReviewerResponse | null;
  @ApiProperty({ type: TimePointResponse }) reviewedAt!: TimePointResponse;
  @ApiProperty({ type: [ReviewScoreResponse] }) scores!: ReviewScoreResponse[];
}

export class ReportSubmissionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 1 }) number!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) text!: string | null;
  @ApiPropertyOptional({ type: ReportFileResponse, nullable: true }) file!: ReportFileResponse | null;
  @ApiProperty({ description: 'Handed in after the due instant' }) late!: boolean;
  @ApiProperty({ description: 'A later version exists' }) superseded!: boolean;
  @ApiProperty({ type: TimePointResponse }) submittedAt!: TimePointResponse;
  @ApiPropertyOptional({ type: ReportReviewResponse, nullable: true }) review!: ReportReviewResponse | null;
}

export class ReportHistoryResponse {
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ enum: REPORT_STATES }) state!: ReportState;
  @ApiProperty({ type: [ReportSubmissionResponse], description: 'Newest first' })
  submissions!: ReportSubmissionResponse[];
}

class TraineeProgressResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: REPORT_STATES }) state!: ReportState;
  @ApiPropertyOptional({ type: Number, nullable: true }) latestNumber!: number | null;
  @ApiPropertyOptional({ type: TimePointResponse, nullable: true }) submittedAt!: TimePointResponse | null;
  @ApiProperty() late!: boolean;
}

export class ReportProgressResponse {
  @ApiProperty({ type: ReportStageResponse }) stage!: ReportStageResponse;
  @ApiProperty({ type: [TraineeProgressResponse] }) trainees!: TraineeProgressResponse[];
}
