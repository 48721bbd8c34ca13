import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditService, type Principal } from '@kenshu/domain';
import { Authenticated, Caller, Roles } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { AuditEventPage, AuditQuery } from './dto/audit.dto.js';

@ApiTags('audit')
@Authenticated()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. Coordinators see their own actions and those on trainee and instructor accounts. */
  @Get()
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: AuditEventPage })
  @ApiBadRequestResponse({ type: ProblemDto })
  list(@Caller() caller: Principal, @Query() query: AuditQuery): Promise<AuditEventPage> {
    const { action, actorId, targetId, from, to } = query;
    return this.audit.list(caller, { action, actorId, targetId, from, to }, pageOf(query));
  }
}
