import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive. */
  end: number;
}

/**
 * Where files live. Keys are generated here, never taken from user file names. Shaped after object
 * storage (put a stream, get a stream or a range, delete), so an S3-compatible implementation can follow.
 */
export abstract class Storage {
  /** Streams `body` in; the object exists only once the whole stream was written. */
  abstract put(body: Readable, options?: { maxBytes?: number }): Promise<StoredObject>;
  abstract get(key: string, range?: ByteRange): Promise<Readable>;
  abstract size(key: string): Promise<number | null>;
  abstract delete(key: string): Promise<void>;
  abstract describe(): string;
}

export class StorageLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the content is larger than ${maxBytes} bytes`);
    this.name = 'StorageLimitError';
  }
}

export class StorageKeyError extends Error {
  constructor(key: string) {
    super(`not a storage key: ${JSON.stringify(key)}`);
    this.name = 'StorageKeyError';
  }
}
