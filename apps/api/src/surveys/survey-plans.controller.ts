import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { SurveyPlansService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  SurveyOccurrenceResponse,
  SurveyPlanDto,
  SurveyPlanResponse,
  toSurveyOccurrence,
  toSurveyPlan,
} from './dto/survey-plan.dto.js';

/**
 * A programme's evaluation plan (its coordinators and admins): the surveys the system makes by itself —
 * L1 after sessions, the programme-end survey, L3 follow-ups at +90 and +180 days — and the planned rows.
 */
@ApiTags('surveys')
@ApiForbiddenResponse({ type: ProblemDto })
@ApiNotFoundResponse({ type: ProblemDto })
@Controller('programmes/:id')
export class SurveyPlansController {
  constructor(private readonly plans: SurveyPlansService) {}

  @Get('survey-plan')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyPlanResponse })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toSurveyPlan(await this.plans.get(caller, id));
  }

  /** Replaces the plan (audited) and re-plans its surveys at once. */
  @Put('survey-plan')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SurveyPlanResponse })
  @ApiBadRequestResponse({
    type: ProblemDto,
    description: 'A field is missing or of the wrong type or range',
  })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'SURVEY.INVALID: unknown template, a level twice, sessionKinds on a level other than L1…',
  })
  async save(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SurveyPlanDto,
    @Meta() meta: RequestMeta,
  ) {
    return toSurveyPlan(await this.plans.save(caller, id, dto, meta));
  }

  @Get('survey-occurrences')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({
    type: [SurveyOccurrenceResponse],
    description: 'The surveys the plan makes, by due time: planned, created, cancelled or failed',
  })
  async occurrences(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.plans.occurrences(caller, id)).map(toSurveyOccurrence);
  }
}
