import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { PasswordResetService } from '@kenshu/domain';
import { ProblemDto } from '../common/problem.js';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/password-reset.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly resets: PasswordResetService) {}

  /** Always 202, whether or not the email has an account: nobody learns who is registered. */
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'If the email belongs to an active account, a reset link is on its way',
  })
  @ApiBadRequestResponse({ type: ProblemDto })
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    await this.resets.request(dto.email);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed; the link is spent' })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async confirmReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(dto.token, dto.password);
  }
}
