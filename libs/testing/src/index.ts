export * from './processes.js';
export * from './queues.js';
export * from './smtp-sink.js';
export * from './test-env.js';
export * from './wait.js';
export * from './http.js';
