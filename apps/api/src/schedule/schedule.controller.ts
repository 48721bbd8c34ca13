import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@kenshu/config';
import { ScheduleService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Public } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CalendarFeedResponse,
  ProgrammeCalendarResponse,
  ScheduleQuery,
  ScheduleResponse,
  toCalendarFeedResponse,
  toProgrammeCalendarResponse,
  toScheduleResponse,
} from './dto/schedule.dto.js';

/**
 * Schedules: your own (trainees: the programmes where your enrolment holds a place; coordinators and
 * instructors: the programmes you are staff of), a programme's calendar for its staff, and your personal
 * iCalendar feed's secret URL.
 */
@ApiTags('schedule')
@Authenticated()
@Controller()
export class ScheduleController {
  constructor(
    private readonly schedule: ScheduleService,
    private readonly config: AppConfig,
  ) {}

  /** Every time in your zone and in the host's, both with offsets; all-day items as dates. */
  @Get('me/schedule')
  @ApiOkResponse({ type: ScheduleResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'to before from, or more than 366 days' })
  async mine(@Caller() caller: Principal, @Query() query: ScheduleQuery): Promise<ScheduleResponse> {
    return toScheduleResponse(await this.schedule.mine(caller, query));
  }

  /** Your feed's URL (made on first use). */
  @Get('me/calendar-feed')
  @ApiOkResponse({ type: CalendarFeedResponse })
  async feed(@Caller() caller: Principal): Promise<CalendarFeedResponse> {
    return toCalendarFeedResponse(await this.schedule.feedLink(caller), this.config.http.publicUrl);
  }

  /** A new URL for your feed; the old one stops working at once. */
  @Post('me/calendar-feed')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarFeedResponse })
  async rotate(@Caller() caller: Principal, @Meta() meta: RequestMeta): Promise<CalendarFeedResponse> {
    return toCalendarFeedResponse(await this.schedule.rotateFeed(caller, meta), this.config.http.publicUrl);
  }

  /** Every session of the programme in host time (and yours), for its coordinators and instructors. */
  @Get('programmes/:id/calendar')
  @ApiOkResponse({ type: ProgrammeCalendarResponse })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A trainee of the programme' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async programme(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
  ): Promise<ProgrammeCalendarResponse> {
    return toProgrammeCalendarResponse(await this.schedule.programmeCalendar(caller, id));
  }
}

/** The personal feed itself: no access token (calendar apps have none), the secret URL is the key. */
@ApiTags('schedule')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly schedule: ScheduleService) {}

  /**
   * Your schedule from a year ago on as iCalendar (RFC 5545), with a VTIMEZONE for every zone it uses. Revalidated on every read
   * (ETag), never stored by shared caches.
   */
  @Public()
  @Get(':token.ics')
  @ApiProduces('text/calendar')
  @ApiHeader({ name: 'if-none-match', required: false })
  @ApiOkResponse({
    description: 'text/calendar; charset=utf-8',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'Unknown or rotated' })
  async ics(
    @Param('token') token: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { ics, etag } = await this.schedule.feed(token);
    void reply.headers({
      'cache-control': 'private, no-cache',
      etag,
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    });
    if (ifNoneMatch === etag) {
      void reply.status(304);
      return '';
    }
    void reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="kenshu.ics"');
    return ics;
  }
}
