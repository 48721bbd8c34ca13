import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SessionsModule } from '../auth/sessions.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { AttendanceService } from './attendance.service.js';

/** Attendance at sessions: rosters, self check-in, offline batches, webinar imports, the absent sweep. */
@Module({
  imports: [AuditModule, ProgrammesModule, SessionsModule],
  providers: [AttendanceService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
