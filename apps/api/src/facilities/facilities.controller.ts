import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FacilitiesService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CheckVisitDto,
  CreateFacilityDto,
  FacilityPage,
  FacilityQuery,
  UpdateFacilityDto,
} from './dto/facility.dto.js';
import {
  FacilityResponse,
  toFacilityResponse,
  toVisitCheckResponse,
  VisitCheckResponse,
} from './dto/facility.response.js';

/** Facilities that receive site visits, with their hosts' rules. Staff read them; coordinators edit. */
@ApiTags('facilities')
@Authenticated()
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  /** Active facilities unless `status=archived`. */
  @Get()
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: FacilityPage })
  @ApiBadRequestResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Query() query: FacilityQuery): Promise<FacilityPage> {
    const page = await this.facilities.list(
      caller,
      { q: query.q, kind: query.kind, status: query.status },
      pageOf(query),
    );
    return { ...page, items: page.items.map(toFacilityResponse) };
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: FacilityResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'E.g. an overseas cap above the capacity',
  })
  async create(
    @Caller() caller: Principal,
    @Body() dto: CreateFacilityDto,
    @Meta() meta: RequestMeta,
  ): Promise<FacilityResponse> {
    return toFacilityResponse(await this.facilities.create(caller, dto, meta));
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: FacilityResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<FacilityResponse> {
    return toFacilityResponse(await this.facilities.get(caller, id));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: FacilityResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The facility is archived' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'E.g. an earliest start after the latest',
  })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateFacilityDto,
    @Meta() meta: RequestMeta,
  ): Promise<FacilityResponse> {
    return toFacilityResponse(await this.facilities.update(caller, id, dto, meta));
  }

  /** Out of the list and out of planning; archiving an archived facility changes nothing. */
  @Post(':id/archive')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: FacilityResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async archive(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<FacilityResponse> {
    return toFacilityResponse(await this.facilities.archive(caller, id, meta));
  }

  /**
   * Tries a slot before scheduling it: every host rule the visit would break, named in the host's terms,
   * and the date the host wants the visitor roster by. Changes nothing.
   */
  @Post(':id/check-visit')
  @Roles('admin', 'coordinator', 'instructor')
  @HttpCode(200)
  @ApiOkResponse({ type: VisitCheckResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The facility is archived' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'E.g. an end before the start' })
  async checkVisit(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CheckVisitDto,
  ): Promise<VisitCheckResponse> {
    return toVisitCheckResponse(
      await this.facilities.tryVisit(caller, id, {
        startsAt: new Date(dto.startsAt),
        endsAt: new Date(dto.endsAt),
        visitors: dto.visitors,
        overseasGroup: dto.overseasGroup,
        interpreters: dto.interpreters,
      }),
    );
  }
}
