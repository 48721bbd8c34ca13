import { Module } from '@nestjs/common';
import { AttemptThrottleService } from './attempt-throttle.service.js';
import { SessionsService } from './sessions.service.js';

/** Sessions and the attempt throttle, apart from AuthModule so the users feature can use them without a cycle. */
@Module({
  providers: [SessionsService, AttemptThrottleService],
  exports: [SessionsService, AttemptThrottleService],
})
export class SessionsModule {}
