#!/usr/bin/env node
// `npm run bench [-- --quick]`: the same preparation as `npm start` (services, build), then bench/run.ts.
// The benchmarks use a database and queue prefix of their own (<database>_bench, kenshu-bench-<pid>).
import { ROOT, node, prepare } from './prepare.mjs';

await prepare();
process.chdir(ROOT);
node('dist/bench/run.js', process.argv.slice(2));
