import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { create as contentDisposition } from 'content-disposition';
import {
  DashboardsService,
  ExportsService,
  type ExportFormat,
  type ExportKind,
  type Principal,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { FileResponses, rangeOf, sendFile } from '../common/files.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  DashboardResponse,
  ExportResponse,
  FunderReportResponse,
  toDashboardResponse,
  toExportResponse,
  toFunderReportResponse,
} from './dto/dashboard.response.js';
import { RequestExportDto } from './dto/export.dto.js';
import { ExportFilePipe } from './export-file.pipe.js';

@ApiTags('dashboards')
@Authenticated()
@Controller()
export class DashboardsController {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly exports: ExportsService,
  ) {}

  /**
   * The programme's figures for its staff: enrolment by status, attendance per session and per trainee,
   * completion, learning gain per trainee and for the cohort, report stages' progress; evaluation surveys:
   * L1 per session and programme-end (response rate, Likert means: hidden below the minimum group size of
   * an anonymous survey), L3 follow-ups' response rates.
   */
  @Get('programmes/:id/dashboard')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: DashboardResponse })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A trainee of the programme' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async dashboard(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<DashboardResponse> {
    return toDashboardResponse(await this.dashboards.dashboard(caller, id));
  }

  /**
   * The funder's report (the programme's coordinators and admins): participants by country, city,
   * organisation and gender; attendance per session kind; L1 (programme and per session kind), learning
   * gain (L2), L3 follow-ups, L4 indicators, the programme-end survey; action-plan status; completion and
   * certificates.
   */
  @Get('programmes/:id/funder-report')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: FunderReportResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async funderReport(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<FunderReportResponse> {
    return toFunderReportResponse(await this.dashboards.funderReport(caller, id));
  }

  /**
   * An export streamed now (coordinators and admins): `participants`, `attendance`, `completion` or
   * `evaluation` (one row per L1 survey, as the dashboard's `l1`), as `.csv` or `.xlsx`. Refused (422
   * EXPORT.TOO_LARGE) above EXPORT_SYNC_MAX_PARTICIPANTS: ask for a file.
   */
  @Get('programmes/:id/exports/:file')
  @Roles('admin', 'coordinator')
  @ApiParam({ name: 'file', example: 'completion.xlsx', description: '<kind>.<csv|xlsx>' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The export', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Too large to stream: ask for a file' })
  async stream(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('file', ExportFilePipe) file: { kind: ExportKind; format: ExportFormat },
    @Res() reply: FastifyReply,
  ) {
    const out = await this.exports.stream(caller, id, file.kind, file.format);
    return reply
      .status(200)
      .headers({
        'content-type': out.contentType,
        'content-disposition': contentDisposition(out.fileName),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(out.body);
  }

  /** Asks for an export as a file, built by the worker (coordinators and admins; audited). */
  @Post('programmes/:id/exports')
  @Roles('admin', 'coordinator')
  @ApiAcceptedResponse({ type: ExportResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async request(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: RequestExportDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExportResponse> {
    reply.status(202);
    return toExportResponse(await this.exports.request(caller, id, dto.kind, dto.format, meta));
  }

  /** An export's status and size: whoever asked for it and the programme's coordinators. */
  @Get('exports/:id')
  @ApiOkResponse({ type: ExportResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<ExportResponse> {
    return toExportResponse(await this.exports.get(caller, id));
  }

  /** The export's file once ready (409 before): whoever asked for it and the programme's coordinators. */
  @Get('exports/:id/file')
  @FileResponses()
  @ApiConflictResponse({ type: ProblemDto, description: 'Not ready yet' })
  async file(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendFile(reply, this.exports.openFile(caller, id, rangeOf(req), meta));
  }
}
