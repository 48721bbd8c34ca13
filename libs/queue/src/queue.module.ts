import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';
import { QueueService } from './queue.service.js';

/** Writing jobs into the outbox: needs the database only, so the API keeps writing while Redis is away. */
@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}

/** Talking to BullMQ directly: the worker (relay, processors) and the few producers of timer jobs. */
@Global()
@Module({ providers: [QueueService], exports: [QueueService] })
export class QueueModule {}
