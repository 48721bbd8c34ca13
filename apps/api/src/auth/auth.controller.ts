import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  AuthService,
  DomainError,
  InvitationsService,
  PasswordResetService,
  type Principal,
  type RequestMeta,
  type SignedIn,
  UsersService,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Public } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { toUserResponse } from '../users/dto/user.response.js';
import { AccessTokens } from './access-tokens.js';
import { LocalAuthGuard } from './auth.guards.js';
import { LoginDto, RefreshDto, TokensResponse } from './dto/login.dto.js';
import { PasswordResetRequestDto, TokenAndPasswordDto } from './dto/password-reset.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly resets: PasswordResetService,
    private readonly invitations: InvitationsService,
    private readonly tokens: AccessTokens,
  ) {}

  private async tokensFor(signedIn: SignedIn): Promise<TokensResponse> {
    const user = await this.users.principal(signedIn.sessionId, signedIn.userId);
    // Ended in the meantime: a concurrent reuse of the same refresh token revoked the whole family.
    if (!user) throw new DomainError('AUTH.UNAUTHENTICATED', 'The session has ended; sign in again');
    return {
      accessToken: await this.tokens.sign(signedIn.userId, signedIn.sessionId),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshToken: signedIn.refreshToken,
      refreshExpiresAt: signedIn.refreshExpiresAt,
      user: toUserResponse(user),
    };
  }

  /** Email and password in; an access token and a one-use refresh token out. */
  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokensResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Wrong email or password (one answer for both)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many attempts; see Retry-After' })
  login(@Req() request: FastifyRequest & { user: SignedIn }): Promise<TokensResponse> {
    return this.tokensFor(request.user);
  }

  /** Spends a refresh token for a new pair. A spent token presented again ends its whole session. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokensResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  async refresh(@Body() dto: RefreshDto, @Meta() meta: RequestMeta): Promise<TokensResponse> {
    return this.tokensFor(await this.auth.refresh(dto.refreshToken, meta));
  }

  /** Ends the caller's session: its refresh token and every access token naming it stop working. */
  @Authenticated()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Caller() caller: Principal, @Meta() meta: RequestMeta): Promise<void> {
    await this.auth.logout(caller, meta);
  }

  /** Always 202, whether or not the email has an account: nobody learns who is registered. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'If the email belongs to an active account, a reset link is on its way',
  })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async requestReset(@Body() dto: PasswordResetRequestDto, @Meta() meta: RequestMeta): Promise<void> {
    await this.resets.request(dto.email, meta);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed, the link spent, every session ended' })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async confirmReset(@Body() dto: TokenAndPasswordDto, @Meta() meta: RequestMeta): Promise<void> {
    await this.resets.confirm(dto.token, dto.password, meta);
  }

  /** Opens an invited account: the emailed token and a first password. Then sign in as usual. */
  @Public()
  @Post('invitation/accept')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is active' })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async acceptInvitation(@Body() dto: TokenAndPasswordDto, @Meta() meta: RequestMeta): Promise<void> {
    await this.invitations.accept(dto.token, dto.password, meta);
  }
}
