import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { OrganisationsService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { OrganisationResponse, toOrganisationResponse } from '../users/dto/user.response.js';
import {
  CreateOrganisationDto,
  OrganisationPage,
  OrganisationQuery,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';

@ApiTags('organisations')
@Authenticated()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: OrganisationPage })
  @ApiBadRequestResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Query() query: OrganisationQuery): Promise<OrganisationPage> {
    const page = await this.organisations.list(
      caller,
      { q: query.q, kind: query.kind, country: query.country },
      pageOf(query),
    );
    return { ...page, items: page.items.map(toOrganisationResponse) };
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  async create(
    @Caller() caller: Principal,
    @Body() dto: CreateOrganisationDto,
    @Meta() meta: RequestMeta,
  ): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.create(caller, dto, meta));
  }

  /** Staff read any organisation; a trainee only their own (others are 404 to them). */
  @Get(':id')
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.get(caller, id));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
    @Meta() meta: RequestMeta,
  ): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.update(caller, id, dto, meta));
  }
}
