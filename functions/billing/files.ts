/**
 * Where billing documents go: rendered invoices (a directory locally, S3 when deployed) and sent mail (a local outbox
 * of .eml files, SES when deployed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface DocumentStore {
  /** Stores `bytes` under `key`; returns the document's URL. */
  put(key: string, bytes: Buffer, contentType: string): Promise<string>;
}

export interface Mailer {
  /** Sends a complete RFC 5322 message; returns its Message-ID. */
  send(raw: string, messageId: string): Promise<string>;
}

export function directoryStore(dir: string): DocumentStore {
  return {
    async put(key, bytes) {
      const file = join(dir, key);
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, bytes);
      return pathToFileURL(file).href;
    },
  };
}

/** Writes each message to `<dir>/<message id>.eml`, where any mail client opens it. */
export function outboxMailer(dir: string): Mailer {
  return {
    async send(raw, messageId) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${messageId.replace(/[<>@]/g, '_')}.eml`), raw);
      return messageId;
    },
  };
}
