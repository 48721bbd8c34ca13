import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationsService } from './organisations.service.js';

@Module({ imports: [AuditModule], providers: [OrganisationsService], exports: [OrganisationsService] })
export class OrganisationsModule {}
