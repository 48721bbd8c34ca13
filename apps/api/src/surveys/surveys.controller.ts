import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  SurveysService,
  type IssuedInvitation,
  type MySurveyView,
  type Principal,
  type RequestMeta,
  type SurveyFormView,
  type SurveyInvitationView,
  type SurveyResults,
  type SurveyTemplateView,
  type SurveyView,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Public, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CreateSurveyDto,
  CreateSurveyTemplateDto,
  InviteDto,
  IssuedInvitationResponse,
  MySurveyResponse,
  SurveyFormResponse,
  SurveyInvitationResponse,
  SurveyResponse,
  SurveyResponseDto,
  SurveyResultsResponse,
  SurveyTemplateResponse,
  UpdateSurveyDto,
  UpdateSurveyTemplateDto,
} from './dto/survey.dto.js';

const toTemplate = (t: SurveyTemplateView): SurveyTemplateResponse => ({ ...t });
const toSurvey = (s: SurveyView): SurveyResponse => ({ ...s });
const toInvitation = (i: IssuedInvitation): IssuedInvitationResponse => ({ ...i });
const toInvitee = (i: SurveyInvitationView): SurveyInvitationResponse => ({ ...i });
const toForm = (f: SurveyFormView): SurveyFormResponse => ({ ...f });
const toMine = (m: MySurveyView): MySurveyResponse => ({ ...m });
const toResults = (r: SurveyResults): SurveyResultsResponse => ({ ...r });
const date = <T extends string | undefined>(s: T) => (s === undefined ? undefined : new Date(s));

/**
 * Evaluation surveys. Coordinators and admins write templates and run a programme's surveys; invitees
 * answer with their personal token (no sign-in) or signed in under /me/surveys; to anyone else, 404.
 */
@ApiTags('surveys')
@ApiNotFoundResponse({ type: ProblemDto })
@Controller()
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post('survey-templates')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: SurveyTemplateResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async createTemplate(
    @Caller() caller: Principal,
    @Body() dto: CreateSurveyTemplateDto,
    @Meta() meta: RequestMeta,
  ) {
    return toTemplate(await this.surveys.createTemplate(caller, dto, meta));
  }

  @Get('survey-templates')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [SurveyTemplateResponse] })
  async listTemplates(@Caller() caller: Principal) {
    return (await this.surveys.listTemplates(caller)).map(toTemplate);
  }

  @Get('survey-templates/:id')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyTemplateResponse })
  async getTemplate(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toTemplate(await this.surveys.getTemplate(caller, id));
  }

  @Patch('survey-templates/:id')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({
    type: SurveyTemplateResponse,
    description: 'Surveys made from it earlier keep their questions',
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async updateTemplate(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSurveyTemplateDto,
    @Meta() meta: RequestMeta,
  ) {
    return toTemplate(await this.surveys.updateTemplate(caller, id, dto, meta));
  }

  @Post('programmes/:id/surveys')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: SurveyResponse, description: 'A draft, with the template’s questions copied' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async create(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateSurveyDto,
    @Meta() meta: RequestMeta,
  ) {
    return toSurvey(
      await this.surveys.create(
        caller,
        id,
        { ...dto, opensAt: new Date(dto.opensAt), closesAt: new Date(dto.closesAt) },
        meta,
      ),
    );
  }

  @Get('programmes/:id/surveys')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [SurveyResponse] })
  async list(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.surveys.list(caller, id)).map(toSurvey);
  }

  @Get('surveys/:id')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyResponse })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toSurvey(await this.surveys.get(caller, id));
  }

  @Patch('surveys/:id')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyResponse })
  @ApiConflictResponse({ type: ProblemDto, description: 'Closed; or anonymity and group size once open' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSurveyDto,
    @Meta() meta: RequestMeta,
  ) {
    return toSurvey(
      await this.surveys.update(
        caller,
        id,
        { ...dto, opensAt: date(dto.opensAt), closesAt: date(dto.closesAt) },
        meta,
      ),
    );
  }

  @Post('surveys/:id/open')
  @HttpCode(200)
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyResponse })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not a draft' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'SURVEY.NO_QUESTIONS' })
  async open(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    return toSurvey(await this.surveys.open(caller, id, meta));
  }

  @Post('surveys/:id/close')
  @HttpCode(200)
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyResponse, description: 'Closed now: results aggregated and frozen' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not open' })
  async close(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    return toSurvey(await this.surveys.close(caller, id, meta));
  }

  @Post('surveys/:id/invitations')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({
    type: [IssuedInvitationResponse],
    description:
      'The new invitations (trainees invited before are skipped); each invitee gets their personal link by email',
  })
  @ApiConflictResponse({ type: ProblemDto, description: 'Closed' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async invite(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: InviteDto,
    @Meta() meta: RequestMeta,
  ) {
    return (await this.surveys.invite(caller, id, dto.userIds, meta)).map(toInvitation);
  }

  @Get('surveys/:id/invitations')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({
    type: [SurveyInvitationResponse],
    description: 'Each invitee, whether they answered (never what), and their emails per round',
  })
  async invitations(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.surveys.invitations(caller, id)).map(toInvitee);
  }

  @Get('surveys/:id/results')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({
    type: SurveyResultsResponse,
    description: 'Frozen once closed; a live preview while open',
  })
  async results(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toResults(await this.surveys.results(caller, id));
  }

  /** Public: the survey of a personal invitation, in the invitee's language. Throttled per client IP. */
  @Public()
  @Get('survey-invitations/:token')
  @ApiOkResponse({ type: SurveyFormResponse })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async form(@Param('token') token: string, @Req() req: FastifyRequest) {
    return toForm(await this.surveys.formByToken(token, req.ip ?? null));
  }

  /** Public: answers once with a personal invitation. Throttled per client IP. */
  @Public()
  @Post('survey-invitations/:token/responses')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Answered' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Answered already, not open yet, or closed' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async answerByToken(
    @Param('token') token: string,
    @Body() dto: SurveyResponseDto,
    @Req() req: FastifyRequest,
  ) {
    await this.surveys.answerByToken(token, dto.answers, req.ip ?? null);
  }

  @Get('me/surveys')
  @Authenticated()
  @ApiOkResponse({ type: [MySurveyResponse] })
  async mine(@Caller() caller: Principal) {
    return (await this.surveys.mine(caller)).map(toMine);
  }

  @Get('me/surveys/:id')
  @Authenticated()
  @ApiOkResponse({ type: SurveyFormResponse })
  async myForm(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toForm(await this.surveys.myForm(caller, id));
  }

  @Post('me/surveys/:id/responses')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Answered' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Answered already, not open yet, or closed' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async answerAsMe(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SurveyResponseDto,
  ) {
    await this.surveys.answerAsMe(caller, id, dto.answers);
  }
}
