import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ReportsService,
  type Principal,
  type ReportHistoryView,
  type ReportProgressView,
  type ReportStageView,
  type ReportSubmissionView,
  type RequestMeta,
  type StageInput,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta } from '../common/access.js';
import { Uncompressed } from '../common/compression.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { receiveUpload, sendFile } from '../common/files.js';
import {
  CreateReportStageDto,
  FileUploadQuery,
  HistoryQuery,
  ReportFileResponse,
  ReportHistoryResponse,
  ReportProgressResponse,
  ReportStageResponse,
  ReportSubmissionResponse,
  ReviewReportDto,
  SetRubricDto,
  SubmitReportDto,
  UpdateReportStageDto,
} from './dto/report.dto.js';

const stageInput = <T extends Partial<CreateReportStageDto>>(dto: T) => ({
  ...dto,
  dueAt: dto.dueAt === undefined ? undefined : dto.dueAt === null ? null : new Date(dto.dueAt),
});

const toStage = (v: ReportStageView): ReportStageResponse => ({ ...v });
const toSubmission = (v: ReportSubmissionView): ReportSubmissionResponse => ({ ...v });
const toHistory = (v: ReportHistoryView): ReportHistoryResponse => ({
  ...v,
  submissions: v.submissions.map(toSubmission),
});
const toProgress = (v: ReportProgressView): ReportProgressResponse => ({ ...v, stage: toStage(v.stage) });

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);

/**
 * Reports of the action-plan lifecycle. Stages: the programme's coordinators (and admins) write them;
 * everyone with access to the programme reads them. Submissions: its trainees hand in their own; its
 * staff read them all and review them. To anyone else a stage or submission does not exist (404).
 */
@ApiTags('reports')
@Authenticated()
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('programmes/:id/report-stages')
  @ApiCreatedResponse({ type: ReportStageResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async createStage(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateReportStageDto,
    @Meta() meta: RequestMeta,
  ) {
    return toStage(await this.reports.createStage(caller, id, stageInput(dto) as StageInput, meta));
  }

  @Get('programmes/:id/report-stages')
  @ApiOkResponse({ type: [ReportStageResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  async listStages(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.reports.listStages(caller, id)).map(toStage);
  }

  @Get('report-stages/:id')
  @ApiOkResponse({ type: ReportStageResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async getStage(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toStage(await this.reports.getStage(caller, id));
  }

  @Patch('report-stages/:id')
  @ApiOkResponse({ type: ReportStageResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async updateStage(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateReportStageDto,
    @Meta() meta: RequestMeta,
  ) {
    return toStage(await this.reports.updateStage(caller, id, stageInput(dto), meta));
  }

  /** Only a stage nobody has handed anything in for: otherwise 409 (its history stays). */
  @Delete('report-stages/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The stage has submissions' })
  async deleteStage(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ) {
    await this.reports.deleteStage(caller, id, meta);
  }

  /** Replaces the rubric (criteria × levels, new ids); 409 once a review has used it. */
  @Put('report-stages/:id/rubric')
  @ApiOkResponse({ type: ReportStageResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'A review used the rubric' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async setRubric(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SetRubricDto,
    @Meta() meta: RequestMeta,
  ) {
    return toStage(await this.reports.setRubric(caller, id, dto, meta));
  }

  /**
   * A trainee's file for a later submission: the request body is the file itself (any Content-Type; the
   * type is read from the content: PDF, Word, Excel, PowerPoint, ODT, images), at most REPORT_MAX_MB.
   */
  @Post('report-stages/:id/files')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ReportFileResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The report was accepted' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Type refused, empty, unsafe name …' })
  async uploadFile(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: FileUploadQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return receiveUpload(req, reply, (body, length) =>
      this.reports.uploadFile(caller, id, q.fileName, body, length),
    );
  }

  /** A new version of the caller's report: text and/or an uploaded file, as the stage allows. */
  @Post('report-stages/:id/submissions')
  @ApiCreatedResponse({ type: ReportSubmissionResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The report was accepted' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async submit(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SubmitReportDto,
    @Meta() meta: RequestMeta,
  ) {
    return toSubmission(await this.reports.submit(caller, id, dto, meta));
  }

  /** One trainee's versions and reviews, newest first, times in the caller's zone and the host's. */
  @Get('report-stages/:id/submissions')
  @ApiOkResponse({ type: ReportHistoryResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async history(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Query() q: HistoryQuery) {
    return toHistory(await this.reports.history(caller, id, q.userId));
  }

  /** Staff: every trainee's latest state (not_submitted, submitted, returned, accepted, overdue). */
  @Get('report-stages/:id/progress')
  @ApiOkResponse({ type: ReportProgressResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async progress(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toProgress(await this.reports.progress(caller, id));
  }

  /** The one review of the latest submission: accepted or returned, one level per rubric criterion. */
  @Post('report-submissions/:id/review')
  @ApiCreatedResponse({ type: ReportSubmissionResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Superseded, or reviewed already' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async review(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ReviewReportDto,
    @Meta() meta: RequestMeta,
  ) {
    return toSubmission(await this.reports.review(caller, id, dto, meta));
  }

  /** The submission's file: its trainee and the programme's staff; with Range and ETag. */
  @Get('report-submissions/:id/file')
  @Uncompressed()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 206, description: 'The range asked for (Range: bytes=…)' })
  @ApiResponse({ status: 304, description: 'Unchanged (If-None-Match)' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async file(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendFile(
      reply,
      this.reports.openFile(caller, id, {
        range: header(req.headers.range),
        ifRange: header(req.headers['if-range']),
        ifNoneMatch: header(req.headers['if-none-match']),
      }),
    );
  }
}
