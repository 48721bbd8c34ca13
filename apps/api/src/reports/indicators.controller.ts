import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ActionPlanIndicatorsService,
  type CatalogueIndicator,
  type IndicatorView,
  type Principal,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CatalogueIndicatorResponse,
  CreateIndicatorDto,
  IndicatorListQuery,
  IndicatorResponse,
  L4SummaryResponse,
  ReportIndicatorValueDto,
  toL4SummaryResponse,
  UpdateIndicatorDto,
} from './dto/indicator.dto.js';

const toIndicator = (v: IndicatorView): IndicatorResponse => ({
  ...v,
  baseline: { ...v.baseline },
  target: { ...v.target },
  values: v.values.map((x) => ({ ...x })),
});
const toCatalogue = (c: CatalogueIndicator): CatalogueIndicatorResponse => ({ ...c });

/**
 * L4 results indicators of trainees' action plans, and the values reported at follow-up. A trainee writes
 * their own plan's indicators until it is accepted and reports values; the programme's staff read all and
 * write any time. To anyone else (and to another trainee) an indicator does not exist (404).
 */
@ApiTags('reports')
@Authenticated()
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: ActionPlanIndicatorsService) {}

  /** Common waste-management indicators with their units, to start a plan's indicators from. */
  @Get('indicator-catalogue')
  @ApiOkResponse({ type: [CatalogueIndicatorResponse] })
  catalogue() {
    return this.indicators.catalogue().map(toCatalogue);
  }

  @Post('report-stages/:id/indicators')
  @ApiCreatedResponse({ type: IndicatorResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The trainee’s action plan was accepted' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async create(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateIndicatorDto,
    @Meta() meta: RequestMeta,
  ) {
    return toIndicator(await this.indicators.create(caller, id, dto, meta));
  }

  /** A trainee: their own plan's indicators; staff: one trainee's (`userId`) or everyone's. */
  @Get('report-stages/:id/indicators')
  @ApiOkResponse({ type: [IndicatorResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Not an action-plan stage' })
  async list(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Query() q: IndicatorListQuery) {
    return (await this.indicators.list(caller, id, q.userId)).map(toIndicator);
  }

  @Get('indicators/:id')
  @ApiOkResponse({ type: IndicatorResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toIndicator(await this.indicators.get(caller, id));
  }

  @Patch('indicators/:id')
  @ApiOkResponse({ type: IndicatorResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The trainee’s action plan was accepted' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateIndicatorDto,
    @Meta() meta: RequestMeta,
  ) {
    return toIndicator(await this.indicators.update(caller, id, dto, meta));
  }

  /**
   * Deletes an indicator with its values (audited). Its trainee, as for a change (an active enrolment, the
   * plan not accepted) and only while it has no reported value (409); the programme's staff any time.
   */
  @Delete('indicators/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The plan was accepted, or values were reported' })
  async remove(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    await this.indicators.remove(caller, id, meta);
  }

  /** A value for a follow-up period; a second one for the same period replaces it (audited). */
  @Post('indicators/:id/values')
  @ApiCreatedResponse({ type: IndicatorResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async reportValue(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ReportIndicatorValueDto,
    @Meta() meta: RequestMeta,
  ) {
    return toIndicator(await this.indicators.reportValue(caller, id, dto, meta));
  }

  /** Staff: the programme's L4 results summary for its funder report. */
  @Get('programmes/:id/l4-summary')
  @ApiOkResponse({ type: L4SummaryResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async summary(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toL4SummaryResponse(await this.indicators.summaryFor(caller, id));
  }
}
