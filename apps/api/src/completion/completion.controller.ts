import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CompletionService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CompletionRulesDto } from './dto/completion.dto.js';
import {
  CompletionRulesResponse,
  MyCompletionResponse,
  ProgrammeCompletionResponse,
  toCompletionResponse,
  toProgrammeCompletionResponse,
  toRulesResponse,
} from './dto/completion.response.js';

@ApiTags('completion')
@Authenticated()
@Controller('programmes/:id')
export class CompletionController {
  constructor(private readonly completion: CompletionService) {}

  /** The programme's completion rules, for anyone who takes part in it. */
  @Get('completion-rules')
  @ApiOkResponse({ type: CompletionRulesResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async rules(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<CompletionRulesResponse> {
    return toRulesResponse(await this.completion.rules(caller, id));
  }

  /**
   * Sets the completion rules (the programme's coordinators and admins; audited). Every active trainee is
   * re-evaluated at once: those who now meet the rules are completed and get their certificate.
   */
  @Put('completion-rules')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CompletionRulesResponse })
  @ApiBadRequestResponse({
    type: ProblemDto,
    description: 'A field is missing or of the wrong type or range',
  })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async setRules(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CompletionRulesDto,
    @Meta() meta: RequestMeta,
  ): Promise<CompletionRulesResponse> {
    return toRulesResponse(await this.completion.setRules(caller, id, dto, meta));
  }

  /** Every trainee’s completion and what each still lacks (the programme's staff). */
  @Get('completion')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: ProgrammeCompletionResponse })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async ofProgramme(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<ProgrammeCompletionResponse> {
    return toProgrammeCompletionResponse(await this.completion.ofProgramme(caller, id));
  }

  /** The caller's own completion: each rule, met or not, and why not. */
  @Get('completion/me')
  @ApiOkResponse({ type: MyCompletionResponse })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'The caller does not take part as a trainee' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async mine(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<MyCompletionResponse> {
    const view = await this.completion.mine(caller, id);
    return { ...toCompletionResponse(view), rules: toRulesResponse(view.rules) };
  }
}
