import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '@kenshu/testing';

/** The benchmarks are not run in `npm test` (they take minutes), but this keeps them from rotting. */
describe('bench', () => {
  it('runs every scenario once with --quick and prints the table', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/bench/run.js'), '--quick'], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(output).toContain('| scenario | baseline (median) | Kenshu (median) | ratio | goal |');
    for (const scenario of [
      'GET /health/live',
      'GET /api/v1/no-such-route',
      'POST /api/v1/auth/login',
      'GET /api/v1/me',
      'no-op jobs',
      'one database write',
      'new trainees from CSV',
      'GET /api/v1/me/schedule',
      'material emails',
      'POST /api/v1/materials/{id}/uploads',
      'GET /api/v1/materials/{id}/content with Range',
    ])
      expect(output).toContain(scenario);
  });
});
