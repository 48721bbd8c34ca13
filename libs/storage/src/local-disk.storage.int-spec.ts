import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from './local-disk.storage.js';
import { StorageKeyError, StorageLimitError } from './storage.js';

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kenshu-storage-'));
    storage = new LocalDiskStorage(dir);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A stream of `chunks` pieces of 64 KiB, produced lazily (never held whole). */
  const stream = (chunks: number) =>
    Readable.from(
      (function* () {
        for (let i = 0; i < chunks; i++) yield Buffer.alloc(64 * 1024, i % 256);
      })(),
    );

  it('streams a file in under a generated key, with its size and SHA-256', async () => {
    const stored = await storage.put(stream(16));
    expect(stored.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(16 * 64 * 1024);
    const expected = createHash('sha256');
    for (let i = 0; i < 16; i++) expected.update(Buffer.alloc(64 * 1024, i));
    expect(stored.sha256).toBe(expected.digest('hex'));
    expect(await storage.size(stored.key)).toBe(stored.size);
  });

  it('reads back a byte range, for resumed downloads', async () => {
    const { key } = await storage.put(Readable.from([Buffer.from('0123456789')]));
    expect(await text(await storage.get(key, { start: 3, end: 6 }))).toBe('3456');
    expect(await text(await storage.get(key))).toBe('0123456789');
  });

  it('refuses content over the limit and leaves nothing behind', async () => {
    await expect(storage.put(stream(4), { maxBytes: 100_000 })).rejects.toBeInstanceOf(StorageLimitError);
    const left = await readdir(dir, { recursive: true, withFileTypes: true });
    expect(left.filter((e) => e.isFile())).toEqual([]);
  });

  it('refuses keys it did not make (no path tricks)', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toBeInstanceOf(StorageKeyError);
    await expect(storage.size('ab/../../x')).rejects.toBeInstanceOf(StorageKeyError);
  });

  it('deletes, and reports a missing object as null', async () => {
    const { key } = await storage.put(Readable.from([Buffer.from('x')]));
    await storage.delete(key);
    expect(await storage.size(key)).toBeNull();
    await storage.delete(key); // twice is fine
  });
});
