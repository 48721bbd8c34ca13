import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
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
  SURVEY_EMAIL_STATUSES,
  SURVEY_LEVELS,
  SURVEY_QUESTION_KINDS,
  SURVEY_STATUSES,
  type SurveyEmailStatus,
  type SurveyLevel,
  type SurveyQuestionKind,
  type SurveyStatus,
} from '@kenshu/domain';
import { TimePointResponse } from '../../schedule/dto/schedule.dto.js';
import { oneOf } from '../../common/validators.js';

const instant = { message: 'must be an ISO 8601 instant such as 2026-12-01T09:00:00Z' };
const TEXTS = {
  type: 'object',
  additionalProperties: { type: 'string' },
  example: {
    en: 'How useful was the site visit to the incineration plant?',
    ja: '清掃工場の見学はどの程度役に立ちましたか。',
  },
  description:
    'Language (BCP 47) → text; at least one. Readers get their language chain, then English, then the first.',
} as const;

export class SurveyChoiceDto {
  @ApiProperty({ example: 'a', description: '1 to 20 letters, digits, - or _' })
  @IsString()
  @MaxLength(20)
  id!: string;

  @ApiProperty(TEXTS)
  @IsObject()
  texts!: Record<string, string>;
}

export class SurveyQuestionDto {
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS })
  @IsIn(SURVEY_QUESTION_KINDS, oneOf(SURVEY_QUESTION_KINDS))
  kind!: SurveyQuestionKind;

  @ApiProperty(TEXTS)
  @IsObject()
  texts!: Record<string, string>;

  @ApiPropertyOptional({ type: [SurveyChoiceDto], description: 'single_choice, multiple_choice: 2 to 20' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyChoiceDto)
  options?: SurveyChoiceDto[];

  @ApiPropertyOptional({ type: [SurveyChoiceDto], description: 'matrix: 1 to 20 rows, each rated 1–5' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyChoiceDto)
  rows?: SurveyChoiceDto[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object', additionalProperties: { type: 'string' } },
    description: 'likert, matrix: five language maps, the labels of points 1 to 5',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsObject({ each: true })
  scaleLabels?: Record<string, string>[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

export class CreateSurveyTemplateDto {
  @ApiProperty({ maxLength: 200, example: 'Session reaction (L1)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ type: [SurveyQuestionDto], description: 'In order; may be empty while drafting' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];
}

export class UpdateSurveyTemplateDto extends PartialType(CreateSurveyTemplateDto) {}

export class CreateSurveyDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Its questions are copied: later template edits do not change the survey',
  })
  @IsUUID('all', { message: 'must be a UUID' })
  templateId!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Default: the template’s title' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The session it is about (L1)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId?: string | null;

  @ApiProperty({ enum: SURVEY_LEVELS })
  @IsIn(SURVEY_LEVELS, oneOf(SURVEY_LEVELS))
  level!: SurveyLevel;

  @ApiPropertyOptional({ default: true, description: 'Anonymous: nothing links an answer to a person' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiProperty({ type: String, format: 'date-time', description: 'UTC' })
  @IsISO8601({ strict: true }, instant)
  opensAt!: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'UTC; results are frozen then' })
  @IsISO8601({ strict: true }, instant)
  closesAt!: string;

  @ApiPropertyOptional({
    type: [Number],
    example: [3, 7],
    description: 'Days after the survey opens (on the host’s calendar) to remind non-respondents',
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
}

export class UpdateSurveyDto extends PartialType(
  PickType(CreateSurveyDto, [
    'title',
    'sessionId',
    'level',
    'anonymous',
    'opensAt',
    'closesAt',
    'reminderDays',
    'minGroupSize',
  ] as const),
) {}

export class InviteDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'These trainees only; default: every active or completed one',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  userIds?: string[];
}

export class SurveyAnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  questionId!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'likert 1–5, nps 0–10' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  value?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'single_choice: one; multiple_choice: one or more' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  optionIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  text?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    description: 'matrix: row id → 1–5',
  })
  @IsOptional()
  @IsObject()
  rows?: Record<string, number>;
}

export class SurveyResponseDto {
  @ApiProperty({ type: [SurveyAnswerDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerDto)
  answers!: SurveyAnswerDto[];
}

// ---- responses ----------------------------------------------------------------------------------

export class SurveyQuestionResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null in a template' })
  id!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty(TEXTS) texts!: Record<string, string>;
  @ApiProperty({ type: [SurveyChoiceDto], nullable: true }) options!: SurveyChoiceDto[] | null;
  @ApiProperty({ type: [SurveyChoiceDto], nullable: true }) rows!: SurveyChoiceDto[] | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: { type: 'string' } },
    nullable: true,
  })
  scaleLabels!: Record<string, string>[] | null;
  @ApiProperty() required!: boolean;
}

export class SurveyTemplateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [SurveyQuestionResponse] }) questions!: SurveyQuestionResponse[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class SurveyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) templateId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SURVEY_LEVELS }) level!: SurveyLevel;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ type: TimePointResponse }) opensAt!: TimePointResponse;
  @ApiProperty({ type: TimePointResponse }) closesAt!: TimePointResponse;
  @ApiProperty({ type: [Number] }) reminderDays!: number[];
  @ApiProperty() minGroupSize!: number;
  @ApiProperty({ enum: SURVEY_STATUSES }) status!: SurveyStatus;
  @ApiProperty({ type: TimePointResponse, nullable: true }) closedAt!: TimePointResponse | null;
  @ApiProperty() invited!: number;
  @ApiProperty() responses!: number;
  @ApiProperty({ type: [SurveyQuestionResponse] }) questions!: SurveyQuestionResponse[];
}

export class IssuedInvitationResponse {
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({
    enum: ['queued', 'on_open'],
    description:
      'queued: the invitation email (with the personal link) is on its way; on_open: sent when the draft opens',
  })
  email!: 'queued' | 'on_open';
}

export class SurveyEmailResponse {
  @ApiProperty({ description: '0: the invitation; n: the n-th reminder' }) round!: number;
  @ApiProperty({ enum: SURVEY_EMAIL_STATUSES }) status!: SurveyEmailStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was skipped, or the last failure' })
  error!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: TimePointResponse }) queuedAt!: TimePointResponse;
  @ApiProperty({ type: TimePointResponse, nullable: true }) sentAt!: TimePointResponse | null;
}

export class InviteeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
}

export class SurveyInvitationResponse {
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ type: InviteeResponse }) user!: InviteeResponse;
  @ApiProperty({ type: TimePointResponse }) invitedAt!: TimePointResponse;
  @ApiProperty({ description: 'Whether they answered (never what, and for an anonymous survey not when)' })
  answered!: boolean;
  @ApiProperty({ type: [SurveyEmailResponse] }) emails!: SurveyEmailResponse[];
}

export class FormChoiceResponse {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
}

export class SurveyFormQuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [FormChoiceResponse], nullable: true }) options!: FormChoiceResponse[] | null;
  @ApiProperty({ type: [FormChoiceResponse], nullable: true }) rows!: FormChoiceResponse[] | null;
  @ApiProperty({ type: [String], nullable: true }) scaleLabels!: string[] | null;
  @ApiProperty() required!: boolean;
}

export class SurveyFormResponse {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() programmeTitle!: string;
  @ApiProperty({ description: 'The first language of the invitee’s chain' }) language!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ enum: SURVEY_STATUSES }) status!: SurveyStatus;
  @ApiProperty({ type: TimePointResponse }) opensAt!: TimePointResponse;
  @ApiProperty({ type: TimePointResponse }) closesAt!: TimePointResponse;
  @ApiProperty() answered!: boolean;
  @ApiProperty({ type: [SurveyFormQuestionResponse] }) questions!: SurveyFormQuestionResponse[];
}

export class MySurveyResponse {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SURVEY_LEVELS }) level!: SurveyLevel;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ enum: SURVEY_STATUSES }) status!: SurveyStatus;
  @ApiProperty({ type: TimePointResponse }) opensAt!: TimePointResponse;
  @ApiProperty({ type: TimePointResponse }) closesAt!: TimePointResponse;
  @ApiProperty() answered!: boolean;
}

export class CountResponse {
  @ApiProperty({ description: 'An option id, or a value' }) key!: string;
  @ApiProperty() count!: number;
}

export class NpsResponse {
  @ApiProperty() promoters!: number;
  @ApiProperty() passives!: number;
  @ApiProperty() detractors!: number;
  @ApiProperty({ type: Number, nullable: true, description: '% promoters − % detractors' }) score!:
    number | null;
}

export class MatrixRowResultResponse {
  @ApiProperty() rowId!: string;
  @ApiProperty() respondents!: number;
  @ApiProperty({ type: [CountResponse] }) distribution!: CountResponse[];
  @ApiProperty({ type: Number, nullable: true }) mean!: number | null;
  @ApiProperty({ type: Number, nullable: true }) median!: number | null;
}

export class QuestionResultResponse {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty() respondents!: number;
  @ApiProperty({ type: [CountResponse] }) distribution!: CountResponse[];
  @ApiProperty({ type: Number, nullable: true }) mean!: number | null;
  @ApiProperty({ type: Number, nullable: true }) median!: number | null;
  @ApiProperty({ type: NpsResponse, nullable: true }) nps!: NpsResponse | null;
  @ApiProperty({ type: [MatrixRowResultResponse], nullable: true }) rows!: MatrixRowResultResponse[] | null;
  @ApiProperty({ type: [String], nullable: true, description: 'Free texts, alphabetical, without names' })
  answers!: string[] | null;
}

export class GroupMeanResponse {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ type: String, nullable: true }) rowId!: string | null;
  @ApiProperty() mean!: number;
  @ApiProperty() count!: number;
}

export class BreakdownGroupResponse {
  @ApiProperty({ type: String, nullable: true }) group!: string | null;
  @ApiProperty({ description: '0 when hidden' }) responses!: number;
  @ApiProperty() hidden!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'below minimum group size' }) reason!: string | null;
  @ApiProperty({ type: [GroupMeanResponse] }) means!: GroupMeanResponse[];
}

export class BreakdownsResponse {
  @ApiProperty({ type: [BreakdownGroupResponse] }) country!: BreakdownGroupResponse[];
  @ApiProperty({ type: [BreakdownGroupResponse] }) organisation!: BreakdownGroupResponse[];
  @ApiProperty({ type: [BreakdownGroupResponse], description: 'By the session the survey is about' })
  session!: BreakdownGroupResponse[];
}

export class SurveyResultsResponse {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ description: 'True once closed: the snapshot taken at close' }) frozen!: boolean;
  @ApiProperty() computedAt!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() minGroupSize!: number;
  @ApiProperty() invited!: number;
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'Anonymous with fewer responses than the minimum: nothing shown' })
  hidden!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [QuestionResultResponse] }) questions!: QuestionResultResponse[];
  @ApiProperty({ type: BreakdownsResponse }) breakdowns!: BreakdownsResponse;
}
