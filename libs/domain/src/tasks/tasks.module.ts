import { Module } from '@nestjs/common';
import { TasksService } from './tasks.service.js';

/** The task list; features add to it by registering a TaskSource with TasksService. */
@Module({ providers: [TasksService], exports: [TasksService] })
export class TasksModule {}
