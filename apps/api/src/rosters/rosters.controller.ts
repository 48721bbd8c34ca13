import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RostersService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { RosterQuery } from './dto/roster.dto.js';

@ApiTags('rosters')
@Authenticated()
@Controller()
export class RostersController {
  constructor(private readonly rosters: RostersService) {}

  /**
   * The visitor roster of a site visit for its host: the trainees who will visit (name in its own script,
   * organisation, country, position), the accompanying coordinators and instructors, and the visit's
   * facility, date and time in the host's zone, meeting point, interpreters and protective equipment.
   * CSV (UTF-8 with BOM, CRLF) or PDF, in Japanese or English. For the programme's coordinators and
   * admins, from the roster's due date on (the facility's notice before the visit; 14 days without one).
   * Each download is recorded: it marks the coordinator's task done.
   */
  @Get('sessions/:id/roster')
  @Roles('admin', 'coordinator')
  @ApiProduces('text/csv', 'application/pdf')
  @ApiOkResponse({ description: 'The roster file', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'Not due yet (says from when), or the visit is cancelled',
  })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'Not a site visit, or too few interpreters for the host’s rule',
  })
  async roster(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: RosterQuery,
    @Meta() meta: RequestMeta,
  ): Promise<StreamableFile> {
    const file = await this.rosters.download(caller, id, query.format ?? 'csv', query.lang ?? 'ja', meta);
    return new StreamableFile(file.body, {
      type: file.contentType,
      length: file.body.length,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
