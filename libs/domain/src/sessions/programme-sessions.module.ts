import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FacilitiesModule } from '../facilities/facilities.module.js';
import { MenuModule } from '../menu/menu.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ProgrammeSessionsService } from './programme-sessions.service.js';
import { SessionRemindersService } from './session-reminders.service.js';

@Module({
  imports: [AuditModule, ProgrammesModule, FacilitiesModule, MenuModule],
  providers: [ProgrammeSessionsService, SessionRemindersService],
  exports: [ProgrammeSessionsService, SessionRemindersService],
})
export class ProgrammeSessionsModule {}
