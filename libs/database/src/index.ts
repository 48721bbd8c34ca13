export * from './data-source-options.js';
export * from './database.module.js';
export * from './snake-naming.strategy.js';
export * from './transaction.service.js';
export * from './mysql-errors.js';
export * from './migrations/index.js';
export * from './bulk-insert.js';
