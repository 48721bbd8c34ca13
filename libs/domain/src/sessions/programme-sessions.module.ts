import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ProgrammeSessionsService } from './programme-sessions.service.js';
import { SessionRemindersService } from './session-reminders.service.js';

@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [ProgrammeSessionsService, SessionRemindersService],
  exports: [ProgrammeSessionsService, SessionRemindersService],
})
export class ProgrammeSessionsModule {}
