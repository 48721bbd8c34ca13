#!/usr/bin/env node
// Stops the MariaDB and Redis servers that `npm start`/`npm test` started, by the PIDs they recorded.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './prepare.mjs';

for (const file of readdirSync(DATA).filter((f) => /^(mariadb|redis)-\d+\.pid$/.test(f))) {
  const pid = Number(readFileSync(join(DATA, file), 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`stopped ${file.replace('.pid', '')} (pid ${pid})`);
  } catch {
    console.log(`${file.replace('.pid', '')} (pid ${pid}) was not running`);
  }
  rmSync(join(DATA, file));
}
