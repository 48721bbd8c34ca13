// The baseline of the sign-in benchmark: argon2.verify of the demo account's own hash (so the same
// parameters as the API's, ARGON2_OPTIONS) in a loop, `concurrency` verifications in flight, as many as
// the HTTP load keeps in flight against the API. Started under the same `taskset` as the API, so libuv's
// threadpool gets the same cores. One trial per line on stdin (its seconds); answers with the
// verifications a second that finished within them, once those still in flight have drained.
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';

const [hash, password, concurrency] = process.argv.slice(2);

async function trial(seconds: number): Promise<number> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let done = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      if (!(await argon2.verify(hash, password))) throw new Error('the password does not match the hash');
      if (performance.now() <= deadline) done++;
    }
  };
  await Promise.all(Array.from({ length: Number(concurrency) }, loop));
  return done / seconds;
}

if (!(await argon2.verify(hash, password))) throw new Error('the password does not match the hash');
createInterface({ input: process.stdin }).on('line', (line) => {
  trial(Number(line)).then(
    (rate) => console.log(`rate ${rate}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
console.log('bare argon2 ready');
process.on('SIGTERM', () => process.exit(0));
