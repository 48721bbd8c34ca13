import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SessionsModule } from '../auth/sessions.module.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { TraineeImportService } from './trainee-import.service.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuditModule, SessionsModule],
  providers: [UsersRepository, UsersService, InvitationsService, TraineeImportService, PasswordHasher],
  exports: [UsersService, InvitationsService, TraineeImportService],
})
export class UsersModule {}
