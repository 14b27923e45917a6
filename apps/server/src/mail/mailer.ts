import type { Transporter } from 'nodemailer';
import type { Database } from '../db/database.js';
import type { Logger } from '../lib/logger.js';

/** A message Charter sends. `kind` names the template, for the outbox and the logs. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
}

/** Sends mail through the outbox: every message is stored first, then delivered in the background. */
export interface Mailer {
  /** Stores the message and starts delivering it; resolves once it is stored, not when it is sent. */
  send(mail: OutgoingMail): Promise<string>;
  /** Waits for every delivery under way (used at shutdown and by tests). */
  flush(): Promise<void>;
  /** Stops the retry sweep and waits for deliveries under way. */
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 5;
const SWEEP_INTERVAL_MS = 30_000;

/**
 * With an SMTP URL, messages go out through nodemailer; without one they are only kept in the
 * outbox, where platform admins can read them, and a line (never the body) is logged.
 * Queuing before delivery keeps request latency independent of the mail server, which also
 * keeps "this email exists" from showing in response times.
 */
export function createMailer(options: {
  database: Database;
  logger: Logger;
  smtpUrl: string | undefined;
  from: string;
}): Mailer {
  const { database, logger, from, smtpUrl } = options;
  // nodemailer is loaded with the first message, not at start: most requests never send mail, and
  // its code would otherwise sit in every server's heap.
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) =>
    (transport ??= import('nodemailer').then((module) => module.default.createTransport(url)));
  const inFlight = new Set<Promise<void>>();

  const deliver = async (id: string): Promise<void> => {
    const mail = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (!mail) return;
    if (smtpUrl === undefined) {
      await database.db.updateTable('mail_outbox').set({ status: 'logged' }).where('id', '=', id).execute();
      logger.info(
        { mailId: id, kind: mail.kind, to: mail.to_address },
        `mail kept in the outbox: ${mail.subject}`,
      );
      return;
    }
    try {
      const html = mail.html_body ?? undefined;
      await (await smtp(smtpUrl)).sendMail({
        from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        html,
      });
      await database.db
        .updateTable('mail_outbox')
        .set({ status: 'sent', sent_at: new Date(), attempts: mail.attempts + 1 })
        .where('id', '=', id)
        .execute();
      logger.info({ mailId: id, kind: mail.kind }, 'mail sent');
    } catch (error) {
      const attempts = mail.attempts + 1;
      await database.db
        .updateTable('mail_outbox')
        .set({
          attempts,
          last_error: String((error as Error).message),
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        })
        .where('id', '=', id)
        .execute();
      logger.warn({ mailId: id, kind: mail.kind, attempts, err: error }, 'mail delivery failed');
    }
  };

  const track = (work: Promise<void>) => {
    const tracked = work.catch((error: unknown) => logger.error({ err: error }, 'mail delivery crashed'));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  };

  const sweep = setInterval(() => {
    track(
      (async () => {
        const pending = await database.db
          .selectFrom('mail_outbox')
          .select('id')
          .where('status', '=', 'pending')
          .orderBy('created_at')
          .limit(20)
          .execute();
        for (const { id } of pending) await deliver(id);
      })(),
    );
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  const flush = async () => {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  };

  return {
    async send(mail) {
      const row = await database.db
        .insertInto('mail_outbox')
        .values({
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html ?? null,
          kind: mail.kind,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      track(deliver(row.id));
      return row.id;
    },
    flush,
    async close() {
      clearInterval(sweep);
      await flush();
      (await transport?.catch(() => undefined))?.close(); // a transport that never started has nothing to close
    },
  };
}
