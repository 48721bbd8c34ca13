import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  TraineeImportService,
  UsersService,
  type ImportReport,
  type Principal,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CsvBody } from './csv-body.js';
import {
  CreateUserDto,
  ImportQuery,
  ImportReportResponse,
  InvitationResponse,
  SetRolesDto,
  UpdateUserDto,
  UserPage,
  UserQuery,
} from './dto/user.dto.js';
import { toUserResponse, UserResponse } from './dto/user.response.js';

@ApiTags('users')
@Authenticated()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly imports: TraineeImportService,
  ) {}

  @Get()
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: UserPage })
  @ApiBadRequestResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Query() query: UserQuery): Promise<UserPage> {
    const { q, role, status, organisationId } = query;
    const page = await this.users.list(caller, { q, role, status, organisationId }, pageOf(query));
    return { ...page, items: page.items.map(toUserResponse) };
  }

  /** Invites a person: an invited account now, an email with a one-time link through the outbox. */
  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The email belongs to another account' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async create(
    @Caller() caller: Principal,
    @Body() dto: CreateUserDto,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.invite(caller, dto, meta));
  }

  /**
   * Trainees from a CSV file (`text/csv`, UTF-8): columns email, display_name and optionally locale,
   * time_zone, organisation (its exact name), position. A per-row report; nothing written for a bad file.
   */
  @Post('import')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example:
        'email,display_name,locale,time_zone\nminh@hanoi.example,Nguyễn Thị Minh,vi,Asia/Ho_Chi_Minh\n',
    },
  })
  @ApiOkResponse({ type: ImportReportResponse })
  @ApiPayloadTooLargeResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Not CSV, wrong header, too many rows' })
  importTrainees(
    @Caller() caller: Principal,
    @CsvBody() file: Buffer,
    @Query() query: ImportQuery,
    @Meta() meta: RequestMeta,
  ): Promise<ImportReport> {
    return this.imports.import(caller, file, { dryRun: query.dryRun ?? false }, meta);
  }

  /** Trainees and instructors see only themselves here; anyone else is 404 to them. */
  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<UserResponse> {
    return toUserResponse(await this.users.get(caller, id));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateUserDto,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.update(caller, id, dto, meta));
  }

  @Put(':id/roles')
  @Roles('admin')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Your own roles' })
  async setRoles(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SetRolesDto,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.setRoles(caller, id, dto.roles, meta));
  }

  /** Ends every session and pending invitation of the account at once. */
  @Post(':id/disable')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async disable(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.setEnabled(caller, id, false, meta));
  }

  @Post(':id/enable')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async enable(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.setEnabled(caller, id, true, meta));
  }

  /** A fresh invitation link (the earlier one stops working), for an account not yet opened. */
  @Post(':id/invitation')
  @Roles('admin', 'coordinator')
  @HttpCode(202)
  @ApiOkResponse({ type: InvitationResponse })
  @ApiConflictResponse({ type: ProblemDto, description: 'The account is already open or disabled' })
  resendInvitation(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<InvitationResponse> {
    return this.users.resendInvitation(caller, id, meta);
  }
}
