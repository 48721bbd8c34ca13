import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProgrammeSessionsService, type Principal, type RequestMeta, type SessionView } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CancelSessionDto,
  CreateSessionDto,
  ReasonableHoursResponse,
  SessionResponse,
  UpdateSessionDto,
} from './dto/session.dto.js';

const toResponse = (s: SessionView): SessionResponse => ({ ...s });

/** A programme's timetable: its staff and enrolled trainees read it; its coordinators change it. */
@ApiTags('sessions')
@Authenticated()
@Controller()
export class ProgrammeSessionsController {
  constructor(private readonly sessions: ProgrammeSessionsService) {}

  @Get('programmes/:id/sessions')
  @ApiOkResponse({ type: [SessionResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<SessionResponse[]> {
    return (await this.sessions.list(caller, id)).map(toResponse);
  }

  @Post('programmes/:id/sessions')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiConflictResponse({ type: ProblemDto, description: 'Someone or something booked twice' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Times, phase, instructors, host rules' })
  async create(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateSessionDto,
    @Meta() meta: RequestMeta,
  ): Promise<SessionResponse> {
    return toResponse(await this.sessions.create(caller, id, dto, meta));
  }

  /** Which enrolled trainees would have each webinar outside 07:00–22:00 in their own zone. */
  @Get('programmes/:id/reasonable-hours')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: [ReasonableHoursResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  reasonableHours(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<ReasonableHoursResponse[]> {
    return this.sessions.reasonableHours(caller, id);
  }

  @Get('sessions/:id')
  @ApiOkResponse({ type: SessionResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<SessionResponse> {
    return toResponse(await this.sessions.get(caller, id));
  }

  /** A new time makes the session `moved`. */
  @Patch('sessions/:id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: SessionResponse })
  @ApiConflictResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSessionDto,
    @Meta() meta: RequestMeta,
  ): Promise<SessionResponse> {
    return toResponse(await this.sessions.update(caller, id, dto, meta));
  }

  @Post('sessions/:id/cancel')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  async cancel(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CancelSessionDto,
    @Meta() meta: RequestMeta,
  ): Promise<SessionResponse> {
    return toResponse(await this.sessions.cancel(caller, id, dto.reason, meta));
  }
}
