import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EnrolmentsService, type Principal } from '@kenshu/domain';
import { Authenticated, Caller } from '../common/access.js';
import { PageQuery, pageOf } from '../common/page.dto.js';
import { MyEnrolmentPage, toMyEnrolmentResponse } from './dto/enrolment.response.js';

@ApiTags('enrolments')
@Authenticated()
@Controller('me/enrolments')
export class MyEnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  /** The caller's own enrolments in every status (waiting, with their place, and withdrawn too). */
  @Get()
  @ApiOkResponse({ type: MyEnrolmentPage })
  async mine(@Caller() caller: Principal, @Query() query: PageQuery): Promise<MyEnrolmentPage> {
    const page = await this.enrolments.mine(caller, pageOf(query));
    return { ...page, items: page.items.map(toMyEnrolmentResponse) };
  }
}
