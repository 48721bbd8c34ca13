import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ProgrammeSessionsService } from './programme-sessions.service.js';

@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [ProgrammeSessionsService],
  exports: [ProgrammeSessionsService],
})
export class ProgrammeSessionsModule {}
