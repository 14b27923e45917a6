import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** One delivered message, decoded the way a reader would see it. */
export interface CaughtMail {
  /** The address in the From header (the envelope sender when the header has none). */
  from: string;
  /** Every envelope recipient, so Bcc recipients appear too. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Every http(s) URL in the text and html parts, decoded, in order of appearance, without duplicates. */
  links: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1, so mail is tested through Charter's real SMTP client. */
export interface MailCatcher {
  /** smtp://127.0.0.1:<port> — what Charter's SMTP_URL would be set to */
  url: string;
  messages: CaughtMail[];
  /** Resolves with the first message (already received or arriving later) matching the predicate; rejects after timeoutMs with a message listing what did arrive. */
  waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  clear(): void;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 5_000;
// A transport left open by a test must not hold teardown for smtp-server's default 30 s.
const CLOSE_TIMEOUT_MS = 1_000;

interface Waiter {
  predicate: (mail: CaughtMail) => boolean;
  resolve: (mail: CaughtMail) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Starts the catcher: no TLS, any or no authentication, every message kept in memory. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<Waiter>();
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    closeTimeout: CLOSE_TIMEOUT_MS,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    onData: (stream, session, callback) => {
      catchMail(stream, session).then((mail) => {
        messages.push(mail);
        notifyWaiters(waiters, mail);
        callback();
      }, callback);
    },
  });
  const port = await listenOnRandomPort(server);
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: (predicate, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      waitForMail(messages, waiters, predicate, timeoutMs),
    clear() {
      // Emptied in place: callers may hold on to `messages`.
      messages.length = 0;
    },
    close() {
      for (const waiter of waiters)
        settle(waiters, waiter, () => waiter.reject(new Error('mail catcher closed')));
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function catchMail(stream: Readable, session: SMTPServerSession): Promise<CaughtMail> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const parsed = await simpleParser(raw);
  const text = parsed.text ?? '';
  const html = typeof parsed.html === 'string' ? parsed.html : null;
  const envelope = session.envelope;
  return {
    from: parsed.from?.value[0]?.address ?? (envelope.mailFrom ? envelope.mailFrom.address : ''),
    to: envelope.rcptTo.map((recipient) => recipient.address),
    subject: parsed.subject ?? '',
    text,
    html,
    links: findLinks(text, html),
    raw: raw.toString('utf8'),
  };
}

function waitForMail(
  messages: CaughtMail[],
  waiters: Set<Waiter>,
  predicate: (mail: CaughtMail) => boolean,
  timeoutMs: number,
): Promise<CaughtMail> {
  const already = messages.find(predicate);
  if (already) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const waiter: Waiter = {
      predicate,
      resolve,
      reject,
      timer: setTimeout(() => {
        settle(waiters, waiter, () => reject(new Error(describeTimeout(messages, timeoutMs))));
      }, timeoutMs),
    };
    waiters.add(waiter);
  });
}

function notifyWaiters(waiters: Set<Waiter>, mail: CaughtMail): void {
  for (const waiter of waiters) {
    try {
      if (waiter.predicate(mail)) settle(waiters, waiter, () => waiter.resolve(mail));
    } catch (error) {
      settle(waiters, waiter, () => waiter.reject(error as Error));
    }
  }
}

function settle(waiters: Set<Waiter>, waiter: Waiter, outcome: () => void): void {
  clearTimeout(waiter.timer);
  waiters.delete(waiter);
  outcome();
}

// The failure message is the whole debugging aid, so it says what did arrive.
function describeTimeout(messages: CaughtMail[], timeoutMs: number): string {
  const arrived = messages.length
    ? `${messages.length} arrived: ${messages.map((mail) => `"${mail.subject}" from ${mail.from} to ${mail.to.join(', ')}`).join('; ')}`
    : 'none arrived';
  return `No mail matched within ${timeoutMs} ms; ${arrived}`;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;

function findLinks(text: string, html: string | null): string[] {
  const sources = [text, html === null ? '' : decodeHtmlEntities(html)];
  const links = sources.flatMap((source) => (source.match(URL_PATTERN) ?? []).map(trimTrailingPunctuation));
  return [...new Set(links)];
}

// Sentence punctuation after a URL is not part of it; a closing bracket is only when it has an opener.
function trimTrailingPunctuation(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1) ?? '';
    const unbalanced = last === ')' && count(trimmed, ')') > count(trimmed, '(');
    if (!'.,;:!?]}'.includes(last) && !unbalanced) return trimmed;
    trimmed = trimmed.slice(0, -1);
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

// mailparser decodes the transfer encoding but leaves HTML as HTML, so href="…&amp;…" needs this.
function decodeHtmlEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    const codePoint =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

function listenOnRandomPort(server: SMTPServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    const listener = server.listen(0, '127.0.0.1', () => resolve((listener.address() as AddressInfo).port));
  });
}
