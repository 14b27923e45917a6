// One interface for where a media file's bytes live, whatever the deployment: files in the data
// directory when embedded, chunks in PostgreSQL with DATABASE_URL (docs/media.md says how an
// S3-compatible store would plug in). Blobs are content-addressed by their sha-256.
import type { Readable } from 'node:stream';

/** A byte range, both ends included, as HTTP ranges count them. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Bytes written aside: nothing reads them until `commit`, and `discard` leaves no trace. */
export interface StagedBlob {
  /** The sha-256 of the bytes, in hex. */
  key: string;
  size: number;
  /** Makes the blob readable under its key, atomically; a blob already there is kept. */
  commit(): Promise<void>;
  /** Removes what was written. */
  discard(): Promise<void>;
}

/** A committed blob, for the sweep. */
export interface StoredBlobInfo {
  key: string;
  /** When it was last committed; a blob committed again is young again. */
  touchedAt: Date;
}

/** Where media bytes live. Every method streams: no blob is ever held whole in memory. */
export interface MediaStore {
  readonly kind: 'files' | 'postgres';
  /** Writes a stream aside. If the source fails, whatever was written is removed and the error rethrown. */
  stage(source: AsyncIterable<Buffer>): Promise<StagedBlob>;
  /** The blob's bytes (or a range of them), or null when no such blob is committed. */
  open(key: string, range?: ByteRange): Promise<Readable | null>;
  /** A committed blob's size and when it was last committed, or null when there is none. */
  stat(key: string): Promise<{ size: number; touchedAt: Date } | null>;
  /** Removes a committed blob; removing a missing one does nothing. */
  remove(key: string): Promise<void>;
  /** Every committed blob. */
  list(): AsyncIterable<StoredBlobInfo>;
  /** Removes what uploads that never committed left behind before `before`; returns how many. */
  sweepStaged(before: Date): Promise<number>;
}

/** The content key of some bytes: lowercase hex sha-256. */
export const BLOB_KEY = /^[0-9a-f]{64}$/;
