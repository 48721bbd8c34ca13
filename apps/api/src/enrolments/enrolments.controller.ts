import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  EnrolmentImportService,
  EnrolmentsService,
  type EnrolmentImportReport,
  type Principal,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CsvBody } from '../users/csv-body.js';
import { ImportQuery } from '../users/dto/user.dto.js';
import { ChangeEnrolmentStatusDto, EnrolDto, EnrolmentQuery } from './dto/enrolment.dto.js';
import {
  EnrolmentImportReportResponse,
  EnrolmentPage,
  EnrolmentResponse,
  toEnrolmentResponse,
} from './dto/enrolment.response.js';

/**
 * Trainees in a programme. Its coordinators and admins enrol and change statuses; its instructors read
 * the roster; a trainee accepts their own invitation and may withdraw. A programme the caller does not
 * reach is 404, as elsewhere.
 */
@ApiTags('enrolments')
@Authenticated()
@Controller('programmes/:id/enrolments')
export class EnrolmentsController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly imports: EnrolmentImportService,
  ) {}

  /** `invited` while a place is free, else `waitlisted` at the end of the waiting list. */
  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: EnrolmentResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already enrolled' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'Not a trainee account; a closed programme',
  })
  async enrol(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: EnrolDto,
    @Meta() meta: RequestMeta,
  ): Promise<EnrolmentResponse> {
    return toEnrolmentResponse(await this.enrolments.enrol(caller, id, dto.userId, meta));
  }

  /** The roster: taking part first, then the waiting list in order, then those who left. */
  @Get()
  @ApiOkResponse({ type: EnrolmentPage })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A trainee of the programme' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async roster(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: EnrolmentQuery,
  ): Promise<EnrolmentPage> {
    const page = await this.enrolments.roster(caller, id, { status: query.status }, pageOf(query));
    return { ...page, items: page.items.map(toEnrolmentResponse) };
  }

  /**
   * Trainees from a CSV file (`text/csv`, UTF-8, up to 10,000 rows): column email, and optionally
   * display_name, locale, time_zone, organisation (its exact name), position, used only to make an
   * invited trainee account for an email that has none. Places in file order, then the waiting list.
   * A per-row report; nothing written for a bad file.
   */
  @Post('import')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example:
        'email,display_name,locale,time_zone\naminath@environment.gov.mv,Aminath Shifaza,dv,Indian/Maldives\n',
    },
  })
  @ApiOkResponse({ type: EnrolmentImportReportResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiPayloadTooLargeResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Not CSV, wrong header, too many rows' })
  importTrainees(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @CsvBody() file: Buffer,
    @Query() query: ImportQuery,
    @Meta() meta: RequestMeta,
  ): Promise<EnrolmentImportReport> {
    return this.imports.import(caller, id, file, { dryRun: query.dryRun ?? false }, meta);
  }

  /**
   * waitlisted → withdrawn; invited → active | withdrawn; active → completed | withdrawn | not_completed.
   * A trainee may withdraw themself. A freed place goes to the oldest on the waiting list.
   */
  @Post(':enrolmentId/status')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not an allowed transition' })
  async changeStatus(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('enrolmentId', UuidPipe) enrolmentId: string,
    @Body() dto: ChangeEnrolmentStatusDto,
    @Meta() meta: RequestMeta,
  ): Promise<EnrolmentResponse> {
    return toEnrolmentResponse(await this.enrolments.changeStatus(caller, id, enrolmentId, dto, meta));
  }

  /** The trainee accepts their invitation: invited → active. */
  @Post(':enrolmentId/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentResponse })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'Not one’s own enrolment' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not invited' })
  async accept(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('enrolmentId', UuidPipe) enrolmentId: string,
    @Meta() meta: RequestMeta,
  ): Promise<EnrolmentResponse> {
    return toEnrolmentResponse(await this.enrolments.accept(caller, id, enrolmentId, meta));
  }
}
