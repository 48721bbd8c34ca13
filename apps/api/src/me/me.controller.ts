import { Body, Controller, Get, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UsersService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { toUserResponse, UserResponse } from '../users/dto/user.response.js';
import { UpdateMeDto } from './dto/update-me.dto.js';

@ApiTags('me')
@Authenticated()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  /** The caller's own profile, as the guard loaded it (no second query). */
  @Get()
  @ApiOkResponse({ type: UserResponse })
  me(@Caller() caller: Principal): UserResponse {
    return toUserResponse(caller);
  }

  @Patch()
  @ApiOkResponse({ type: UserResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Wrong current password, weak new one' })
  async update(
    @Caller() caller: Principal,
    @Body() dto: UpdateMeDto,
    @Meta() meta: RequestMeta,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.updateMe(caller, dto, meta));
  }
}
