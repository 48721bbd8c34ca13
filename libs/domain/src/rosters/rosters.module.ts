import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { FacilitiesModule } from '../facilities/facilities.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ProgrammeSessionsModule } from '../sessions/programme-sessions.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { UsersModule } from '../users/users.module.js';
import { RostersRepository } from './rosters.repository.js';
import { RostersService } from './rosters.service.js';

/** Site-visit rosters for hosts, and the coordinators' tasks of sending them. */
@Module({
  imports: [
    AuditModule,
    EnrolmentsModule,
    FacilitiesModule,
    ProgrammesModule,
    ProgrammeSessionsModule,
    TasksModule,
    UsersModule,
  ],
  providers: [RostersService, RostersRepository],
  exports: [RostersService],
})
export class RostersModule {}
