import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { UsersModule } from '../users/users.module.js';
import { MaterialBundlesService } from './material-bundles.service.js';
import { MaterialDeliveriesService } from './material-deliveries.service.js';
import { MaterialFilesService } from './material-files.service.js';
import { MaterialsService } from './materials.service.js';

/** Course content: materials, their versions and files, delivery emails and low-bandwidth bundles. */
@Module({
  imports: [AuditModule, ProgrammesModule, UsersModule],
  providers: [MaterialsService, MaterialFilesService, MaterialDeliveriesService, MaterialBundlesService],
  exports: [MaterialsService, MaterialFilesService, MaterialDeliveriesService, MaterialBundlesService],
})
export class MaterialsModule {}
