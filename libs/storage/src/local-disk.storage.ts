import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Storage, StorageKeyError, StorageLimitError, type ByteRange, type StoredObject } from './storage.js';

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files under one folder, two hex characters of fan-out, written to a temporary name then renamed. */
export class LocalDiskStorage extends Storage {
  private readonly root: string;

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new StorageKeyError(key);
    return join(this.root, key);
  }

  async put(body: Readable, options: { maxBytes?: number } = {}): Promise<StoredObject> {
    // The body may fail while the folders are made (a ZIP whose first entry cannot be read): held here
    // until the pipeline below takes the stream and rejects with it, instead of an unhandled 'error'.
    const early = () => undefined;
    body.on('error', early);
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const target = this.path(key);
    const temp = join(this.root, 'tmp', `${id}.part`);
    let file: WriteStream | undefined;
    try {
      await mkdir(dirname(target), { recursive: true });
      await mkdir(dirname(temp), { recursive: true });
    } finally {
      body.off('error', early);
    }

    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) {
          done(new StorageLimitError(options.maxBytes));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      file = createWriteStream(temp, { flags: 'wx' });
      await pipeline(body, meter, file);
      await rename(temp, target);
    } catch (error) {
      // A write stream destroyed before its file was open still opens (and so creates) it: wait for
      // it to close, then remove what it made.
      if (file && !file.closed) await new Promise<void>((resolve) => file!.once('close', () => resolve()));
      await rm(temp, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.path(key);
    await stat(path);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.path(key))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  describe(): string {
    return `local disk ${this.root}`;
  }
}
