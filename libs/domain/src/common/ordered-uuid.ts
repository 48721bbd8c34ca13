import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Random bytes drawn 8 KiB at a time (one call to the CSPRNG per thousand ids, as randomUUID does). */
const pool = new Uint8Array(8192);
let poolAt = pool.length;
let lastMs = 0;
let counter = 0;

function random(n: number): number {
  if (poolAt + n > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const at = poolAt;
  poolAt += n;
  return at;
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter (method 1 of §6.2, so
 * ids made in one millisecond by this process still sort in the order they were made), then 62 random
 * bits. For rows written thousands at a time: InnoDB keeps a table in primary-key order, and ids that grow
 * are appended to the end of its indexes instead of being scattered over every page of them (a bulk
 * enrolment writes several times faster). It tells the creation time to the millisecond, which an
 * enrolment or an invitation shows anyway.
 */
export function orderedUuid(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    counter = pool[random(1)]! & 0x07; // start low, leaving room to count up within the millisecond
  } else {
    ms = lastMs;
    if (++counter > 0xfff) {
      ms = ++lastMs; // borrow the next millisecond rather than go backwards
      counter = 0;
    }
  }
  const r = random(8);
  const time = ms.toString(16).padStart(12, '0');
  return (
    `${time.slice(0, 8)}-${time.slice(8)}-${(0x7000 | counter).toString(16)}-` +
    `${HEX[(pool[r]! & 0x3f) | 0x80]}${HEX[pool[r + 1]!]}-` +
    `${HEX[pool[r + 2]!]}${HEX[pool[r + 3]!]}${HEX[pool[r + 4]!]}${HEX[pool[r + 5]!]}${HEX[pool[r + 6]!]}${HEX[pool[r + 7]!]}`
  );
}
