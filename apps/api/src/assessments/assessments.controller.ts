import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  AssessmentsService,
  type AssessmentView,
  type AttemptSummaryView,
  type AttemptView,
  type LearningGainView,
  type Principal,
  type QuestionView,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  AssessmentResponse,
  AttemptResponse,
  AttemptSummaryResponse,
  CreateAssessmentDto,
  CreateQuestionDto,
  KeyCorrectionDto,
  KeyCorrectionResponse,
  LearningGainResponse,
  OverrideDto,
  QuestionListQuery,
  QuestionResponse,
  RegradeResponse,
  SaveAnswersDto,
  UpdateAssessmentDto,
  UpdateQuestionDto,
} from './dto/assessment.dto.js';

const toQuestion = (q: QuestionView): QuestionResponse => ({ ...q });
const toAssessment = (a: AssessmentView): AssessmentResponse => ({ ...a });
const toAttempt = (t: AttemptView): AttemptResponse => ({ ...t });
const toSummary = (t: AttemptSummaryView): AttemptSummaryResponse => ({ ...t });
const toGain = (g: LearningGainView): LearningGainResponse => ({ ...g });
const date = (s: string | null | undefined) =>
  s === undefined ? undefined : s === null ? null : new Date(s);

/**
 * Pre-tests, post-tests and quizzes from a programme's question pool. Staff write and mark; enrolled
 * trainees take published ones (no correctness data before the settings allow); to anyone else, 404.
 */
@ApiTags('assessments')
@Authenticated()
@ApiNotFoundResponse({ type: ProblemDto })
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post('programmes/:id/assessment-questions')
  @ApiCreatedResponse({ type: QuestionResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async createQuestion(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateQuestionDto,
    @Meta() meta: RequestMeta,
  ) {
    return toQuestion(await this.assessments.createQuestion(caller, id, dto, meta));
  }

  @Get('programmes/:id/assessment-questions')
  @ApiOkResponse({ type: [QuestionResponse] })
  @ApiForbiddenResponse({ type: ProblemDto })
  async listQuestions(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: QuestionListQuery,
  ) {
    return (await this.assessments.listQuestions(caller, id, q.retired)).map(toQuestion);
  }

  @Patch('assessment-questions/:id')
  @ApiOkResponse({ type: QuestionResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'ASSESSMENT.QUESTION_IN_USE' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async updateQuestion(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateQuestionDto,
    @Meta() meta: RequestMeta,
  ) {
    return toQuestion(await this.assessments.updateQuestion(caller, id, dto, meta));
  }

  @Post('assessment-questions/:id/key-correction')
  @HttpCode(200)
  @ApiOkResponse({
    type: KeyCorrectionResponse,
    description: 'The key changed; every submitted attempt regraded',
  })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async correctKey(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: KeyCorrectionDto,
    @Meta() meta: RequestMeta,
  ): Promise<KeyCorrectionResponse> {
    const { question, regraded } = await this.assessments.correctKey(caller, id, dto, meta);
    return { question: toQuestion(question), regraded };
  }

  @Post('programmes/:id/assessments')
  @ApiCreatedResponse({ type: AssessmentResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'ASSESSMENT.KIND_TAKEN' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async create(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateAssessmentDto,
    @Meta() meta: RequestMeta,
  ) {
    const input = { ...dto, opensAt: date(dto.opensAt), closesAt: date(dto.closesAt) };
    return toAssessment(await this.assessments.create(caller, id, input, meta));
  }

  @Get('programmes/:id/assessments')
  @ApiOkResponse({ type: [AssessmentResponse], description: 'Trainees: published ones only' })
  async list(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.assessments.list(caller, id)).map(toAssessment);
  }

  @Get('programmes/:id/learning-gain')
  @ApiOkResponse({
    type: LearningGainResponse,
    description: 'Staff: every trainee and the cohort; a trainee: their own',
  })
  async learningGain(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toGain(await this.assessments.learningGain(caller, id));
  }

  @Get('assessments/:id')
  @ApiOkResponse({ type: AssessmentResponse })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toAssessment(await this.assessments.get(caller, id));
  }

  @Patch('assessments/:id')
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'ASSESSMENT.HAS_ATTEMPTS' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateAssessmentDto,
    @Meta() meta: RequestMeta,
  ) {
    const patch = { ...dto, opensAt: date(dto.opensAt), closesAt: date(dto.closesAt) };
    for (const k of ['opensAt', 'closesAt'] as const) if (patch[k] === undefined) delete patch[k];
    return toAssessment(await this.assessments.update(caller, id, patch, meta));
  }

  @Post('assessments/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  async publish(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    return toAssessment(await this.assessments.publish(caller, id, meta));
  }

  @Post('assessments/:id/regrade')
  @HttpCode(200)
  @ApiOkResponse({ type: RegradeResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  async regrade(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    return this.assessments.regrade(caller, id, meta);
  }

  @Post('assessments/:id/attempts')
  @ApiCreatedResponse({ type: AttemptResponse, description: 'A new attempt, or the unfinished one' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'Staff, or a trainee without an active enrolment' })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'ASSESSMENT.NOT_OPEN, ASSESSMENT.CLOSED, ASSESSMENT.NO_ATTEMPTS_LEFT',
  })
  async start(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toAttempt(await this.assessments.start(caller, id));
  }

  @Get('assessments/:id/attempts')
  @ApiOkResponse({
    type: [AttemptSummaryResponse],
    description: 'Staff: every attempt; a trainee: their own',
  })
  async attempts(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.assessments.listAttempts(caller, id)).map(toSummary);
  }

  @Get('assessment-attempts/:id')
  @ApiOkResponse({ type: AttemptResponse })
  async attempt(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toAttempt(await this.assessments.getAttempt(caller, id));
  }

  @Put('assessment-attempts/:id/answers')
  @ApiOkResponse({ type: AttemptResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'ASSESSMENT.DEADLINE_PASSED, ASSESSMENT.ATTEMPT_SUBMITTED',
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'e.g. answers[3].optionIds[0]' })
  async saveAnswers(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SaveAnswersDto,
  ) {
    return toAttempt(await this.assessments.saveAnswers(caller, id, dto.answers));
  }

  @Post('assessment-attempts/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResponse, description: 'Graded' })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'ASSESSMENT.ATTEMPT_SUBMITTED' })
  async submit(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toAttempt(await this.assessments.submit(caller, id));
  }

  @Post('assessment-attempts/:id/overrides')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResponse, description: 'Rescored' })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async override(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: OverrideDto,
    @Meta() meta: RequestMeta,
  ) {
    return toAttempt(await this.assessments.overridePoints(caller, id, dto, meta));
  }
}
