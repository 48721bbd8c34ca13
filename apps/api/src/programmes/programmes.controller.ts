import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProgrammesService, type Principal, type ProgrammeView, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CloneProgrammeDto,
  CreateProgrammeDto,
  ProgrammePage,
  ProgrammeQuery,
  ProgrammeResponse,
  SetPhasesDto,
  SetStaffDto,
  TransitionDto,
  UpdateProgrammeDto,
} from './dto/programme.dto.js';

/** The view is already the response's shape; this names the fields that leave, and nothing else. */
const toResponse = (p: ProgrammeView): ProgrammeResponse => ({ ...p });

/**
 * Programmes reach their coordinators (manage), instructors (read) and enrolled trainees (read); to anyone
 * else a programme is 404. Admins reach all of them.
 */
@ApiTags('programmes')
@Authenticated()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOkResponse({ type: ProgrammePage })
  async list(@Caller() caller: Principal, @Query() query: ProgrammeQuery): Promise<ProgrammePage> {
    const page = await this.programmes.list(caller, { q: query.q, status: query.status }, pageOf(query));
    return { ...page, items: page.items.map(toResponse) };
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: ProgrammeResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The code is taken' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async create(@Caller() caller: Principal, @Body() dto: CreateProgrammeDto, @Meta() meta: RequestMeta) {
    return toResponse(await this.programmes.create(caller, dto, meta));
  }

  @Get(':id')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.get(caller, id));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'E.g. capacity below the enrolled count' })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateProgrammeDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.update(caller, id, dto, meta));
  }

  /** Replaces the phases (send `id` to keep one); a phase with sessions cannot be dropped. */
  @Put(':id/phases')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async setPhases(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SetPhasesDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.setPhases(caller, id, dto.phases, meta));
  }

  @Put(':id/staff')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Not a coordinator/instructor account' })
  async setStaff(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SetStaffDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.setStaff(caller, id, dto, meta));
  }

  /** draft → published → running → closed → archived (and published → draft). */
  @Post(':id/status')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not an allowed transition' })
  async transition(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: TransitionDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.transition(caller, id, dto.status, meta));
  }

  /** A new draft from this one, every date shifted to start on `startsOn`; staff and sessions copied. */
  @Post(':id/clone')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: ProgrammeResponse })
  @ApiConflictResponse({ type: ProblemDto })
  async clone(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CloneProgrammeDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProgrammeResponse> {
    return toResponse(await this.programmes.clone(caller, id, dto, meta));
  }
}
