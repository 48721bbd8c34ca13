import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TasksService, type Principal } from '@kenshu/domain';
import { Authenticated, Caller, Roles } from '../common/access.js';
import { TaskQuery, TaskResponse, toTaskResponse } from './dto/task.response.js';

@ApiTags('tasks')
@Authenticated()
@Controller('me/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /**
   * The caller's upcoming tasks, open overdue ones first, then by due date: for now the site-visit
   * rosters coming due in the programmes they coordinate (all programmes for an admin).
   */
  @Get()
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: [TaskResponse] })
  async mine(@Caller() caller: Principal, @Query() query: TaskQuery): Promise<TaskResponse[]> {
    return (await this.tasks.mine(caller, { days: query.days })).map(toTaskResponse);
  }
}
