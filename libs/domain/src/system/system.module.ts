import { Module } from '@nestjs/common';
import { ProbesService } from './probes.service.js';

@Module({ providers: [ProbesService], exports: [ProbesService] })
export class SystemModule {}
