export * from './local-disk.storage.js';
export * from './storage.js';
export * from './storage.module.js';
