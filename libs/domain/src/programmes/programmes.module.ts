import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesService } from './programmes.service.js';

@Module({ imports: [AuditModule], providers: [ProgrammesService], exports: [ProgrammesService] })
export class ProgrammesModule {}
