import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MenuRepository } from './menu.repository.js';
import { MenuService } from './menu.service.js';

@Module({ imports: [AuditModule], providers: [MenuRepository, MenuService], exports: [MenuService] })
export class MenuModule {}
