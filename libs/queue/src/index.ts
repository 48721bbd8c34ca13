export * from './job-handler.decorator.js';
export * from './job-options.js';
export * from './job-registry.js';
export * from './outbox.entity.js';
export * from './outbox.service.js';
export * from './queue.module.js';
export * from './queue.service.js';
export * from './redis.js';
