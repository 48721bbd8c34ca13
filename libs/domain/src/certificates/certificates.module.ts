import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SessionsModule } from '../auth/sessions.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { CertificatesService } from './certificates.service.js';

/** Certificates of completed enrolments: issue (job), PDF, email, public verification, revocation. */
@Module({
  imports: [AuditModule, ProgrammesModule, SessionsModule],
  providers: [CertificatesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
