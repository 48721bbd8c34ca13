import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
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
  ANSWER_VISIBILITIES,
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  ATTEMPT_STATUSES,
  QUESTION_KINDS,
  type AnswerVisibility,
  type AssessmentKind,
  type AssessmentStatus,
  type AttemptStatus,
  type QuestionKind,
} from '@kenshu/domain';
import { TimePointResponse } from '../../schedule/dto/schedule.dto.js';
import { oneOf } from '../../common/validators.js';

const TEXTS = {
  type: 'object',
  additionalProperties: { type: 'string' },
  example: { en: 'Which fraction is collected as combustible waste in Tokyo?', ja: '東京で可燃ごみとして…' },
  description: 'Language (BCP 47) → text; at least one',
} as const;

export class OptionDto {
  @ApiProperty({ example: 'a', description: '1 to 20 letters, digits, - or _' })
  @IsString()
  @MaxLength(20)
  id!: string;

  @ApiProperty(TEXTS)
  @IsObject()
  texts!: Record<string, string>;
}

export class KeyDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Choice kinds: the correct option ids (true/false: true or false)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  optionIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Short answer: accepted answers (compared NFKC, trimmed, spaces collapsed, any case)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  accepted?: string[];

  @ApiPropertyOptional({ description: 'Numeric: the value' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number;

  @ApiPropertyOptional({ description: 'Numeric: absolute tolerance, inclusive (default 0)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  tolerance?: number;
}

export class CreateQuestionDto {
  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS, oneOf(QUESTION_KINDS))
  kind!: QuestionKind;

  @ApiProperty(TEXTS)
  @IsObject()
  texts!: Record<string, string>;

  @ApiPropertyOptional({ type: [OptionDto], description: 'Single and multiple choice (true/false: fixed)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OptionDto)
  options?: OptionDto[];

  @ApiProperty({ type: KeyDto })
  @ValidateNested()
  @Type(() => KeyDto)
  key!: KeyDto;

  @ApiPropertyOptional({ default: 1, minimum: 0.01, maximum: 1000 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  points?: number;
}

export class UpdateQuestionDto extends PartialType(
  PickType(CreateQuestionDto, ['texts', 'options', 'key', 'points'] as const),
) {
  @ApiPropertyOptional({ description: 'Retire (no longer offered for new assessments) or restore' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}

export class KeyCorrectionDto extends PickType(CreateQuestionDto, ['key', 'points'] as const) {}

export class QuestionListQuery {
  @ApiPropertyOptional({ description: 'Include retired questions' })
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  retired?: boolean;
}

const instant = { message: 'must be an ISO 8601 instant such as 2026-12-01T09:00:00Z' };

export class CreateAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_KINDS, description: 'One pre_test and one post_test per programme' })
  @IsIn(ASSESSMENT_KINDS, oneOf(ASSESSMENT_KINDS))
  kind!: AssessmentKind;

  @ApiProperty({ maxLength: 200, example: 'Post-test: municipal solid waste management' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId?: string | null;

  @ApiProperty({ type: [String], description: 'Questions of the programme’s pool, in order' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  questionIds!: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1440 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(1440)
  timeLimitMinutes?: number | null;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsAllowed?: number;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'UTC' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, instant)
  opensAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'UTC' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, instant)
  closesAt?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Informational (completion holds the pass mark)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100)
  passPercent?: number | null;

  @ApiPropertyOptional({ enum: ANSWER_VISIBILITIES, default: 'after_submit' })
  @IsOptional()
  @IsIn(ANSWER_VISIBILITIES, oneOf(ANSWER_VISIBILITIES))
  answerVisibility?: AnswerVisibility;
}

export class UpdateAssessmentDto extends PartialType(
  PickType(CreateAssessmentDto, [
    'title',
    'sessionId',
    'questionIds',
    'timeLimitMinutes',
    'attemptsAllowed',
    'opensAt',
    'closesAt',
    'passPercent',
    'answerVisibility',
  ] as const),
) {}

export class AnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  questionId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Choice kinds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  optionIds?: string[];

  @ApiPropertyOptional({ description: 'Short answer', maxLength: 500 })
  @IsOptional()
  @IsString()
  text?: string;

  @ApiPropertyOptional({ description: 'Numeric' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number;
}

export class SaveAnswersDto {
  @ApiProperty({ type: [AnswerDto], description: 'Each replaces that question’s previous answer' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
}

export class OverrideDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  questionId!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Points awarded (null: back to the key’s)' })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  points!: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

// ---- responses ---------------------------------------------------------------------------------------

export class OptionResponse {
  @ApiProperty() id!: string;
  @ApiProperty(TEXTS) texts!: Record<string, string>;
}

export class KeyResponse {
  @ApiPropertyOptional({ type: [String] }) optionIds?: string[];
  @ApiPropertyOptional({ type: [String] }) accepted?: string[];
  @ApiPropertyOptional() value?: number;
  @ApiPropertyOptional() tolerance?: number;
}

export class QuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind!: QuestionKind;
  @ApiProperty(TEXTS) texts!: Record<string, string>;
  @ApiProperty({ type: [OptionResponse] }) options!: OptionResponse[];
  @ApiProperty({ type: KeyResponse }) key!: KeyResponse;
  @ApiProperty() points!: number;
  @ApiProperty() retired!: boolean;
  @ApiProperty({ description: 'Answered in a submitted attempt: grading changes need a key correction' })
  inUse!: boolean;
  @ApiProperty() createdAt!: string;
}

export class KeyCorrectionResponse {
  @ApiProperty({ type: QuestionResponse }) question!: QuestionResponse;
  @ApiProperty({ description: 'Submitted attempts regraded' }) regraded!: number;
}

export class AssessmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) sessionId!: string | null;
  @ApiProperty({ enum: ASSESSMENT_KINDS }) kind!: AssessmentKind;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) timeLimitMinutes!: number | null;
  @ApiProperty() attemptsAllowed!: number;
  @ApiPropertyOptional({
    type: TimePointResponse,
    nullable: true,
    description: 'In UTC, your zone, the host’s',
  })
  opens!: TimePointResponse | null;
  @ApiPropertyOptional({ type: TimePointResponse, nullable: true }) closes!: TimePointResponse | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) passPercent!: number | null;
  @ApiProperty({ enum: ANSWER_VISIBILITIES }) answerVisibility!: AnswerVisibility;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty() questionCount!: number;
  @ApiProperty() maxScore!: number;
  @ApiPropertyOptional({ type: [String], description: 'Staff: the questions in order' })
  questionIds?: string[];
  @ApiPropertyOptional({ description: 'Trainees: attempts used' }) attemptsUsed?: number;
  @ApiPropertyOptional({ description: 'Trainees: attempts left' }) attemptsLeft?: number;
  @ApiProperty() createdAt!: string;
}

export class ResponseValue {
  @ApiPropertyOptional({ type: [String] }) optionIds?: string[];
  @ApiPropertyOptional() text?: string;
  @ApiPropertyOptional() value?: number;
}

class AttemptOption {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'In your language (by your fallback chain)' }) text!: string;
}

export class AttemptQuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: QUESTION_KINDS }) kind!: QuestionKind;
  @ApiProperty({ description: 'In your language (by your fallback chain)' }) text!: string;
  @ApiProperty({ type: [AttemptOption] }) options!: AttemptOption[];
  @ApiProperty() points!: number;
  @ApiPropertyOptional({ type: ResponseValue, nullable: true }) answer!: ResponseValue | null;
  @ApiPropertyOptional({ description: 'Only once the settings reveal answers' }) correct?: boolean;
  @ApiPropertyOptional({ description: 'Only once the settings reveal answers' }) awardedPoints?: number;
  @ApiPropertyOptional({ type: KeyResponse, description: 'Only once the settings reveal answers' })
  key?: KeyResponse;
  @ApiPropertyOptional({ type: String, nullable: true }) overrideComment?: string | null;
}

export class AttemptResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ type: TimePointResponse, nullable: true, description: 'min(close, start + limit)' })
  deadline!: TimePointResponse | null;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ description: 'Graded as it stood at its deadline' }) autoSubmitted!: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) score!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) maxScore!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) percent!: number | null;
  @ApiProperty() answersRevealed!: boolean;
  @ApiPropertyOptional({ type: [AttemptQuestionResponse] }) questions?: AttemptQuestionResponse[];
}

export class AttemptSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty() autoSubmitted!: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) score!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) maxScore!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) percent!: number | null;
}

export class RegradeResponse {
  @ApiProperty({ description: 'Submitted attempts regraded' }) regraded!: number;
}

class LearningGainRowResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'First submitted pre-test attempt' })
  prePercent!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Best submitted post-test attempt' })
  postPercent!: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: '(post − pre) / (100 − pre); null when pre is 100 or a test is missing',
  })
  gain!: number | null;
}

class CohortGainResponse {
  @ApiProperty({ description: 'Trainees with both tests' }) trainees!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) meanIndividualGain!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) meanPre!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) meanPost!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'From the mean pre and mean post' })
  classAverageGain!: number | null;
}

export class LearningGainResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) preTestId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) postTestId!: string | null;
  @ApiProperty({ type: [LearningGainRowResponse], description: 'A trainee sees only their own row' })
  trainees!: LearningGainRowResponse[];
  @ApiPropertyOptional({ type: CohortGainResponse, description: 'Staff only' }) cohort?: CohortGainResponse;
}
