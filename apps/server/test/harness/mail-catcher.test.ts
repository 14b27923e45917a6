import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';

const SENDER = 'Charter <no-reply@charter.test>';
// Longer than a quoted-printable line, so the encoded html has soft line breaks to undo.
const LONG_LINK = `https://charter.test/accounts/verify-email?token=${'a1b2c3d4'.repeat(12)}&redirect=%2Fapps%2F42`;

let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(() => catcher.close());
beforeEach(() => catcher.clear());

function send(message: SendMailOptions, auth?: { user: string; pass: string }) {
  const transport = nodemailer.createTransport({ url: catcher.url, ...(auth ? { auth } : {}) });
  return transport.sendMail({ from: SENDER, ...message });
}

describe('the mail catcher', () => {
  it('listens on 127.0.0.1 with a smtp:// URL', () => {
    expect(catcher.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  });

  it('catches a plain text mail and finds its links without sentence punctuation', async () => {
    await send({
      to: 'alice@acme.test',
      subject: 'Plain',
      text: 'Hello Alice,\nopen https://charter.test/a?b=1.\n',
    });
    expect(catcher.messages).toHaveLength(1);
    expect(catcher.messages[0]).toMatchObject({
      from: 'no-reply@charter.test',
      to: ['alice@acme.test'],
      subject: 'Plain',
      html: null,
      links: ['https://charter.test/a?b=1'],
    });
    expect(catcher.messages[0]?.text).toContain('Hello Alice,');
  });

  it('decodes quoted-printable html and HTML entities in links', async () => {
    await send({
      to: 'alice@acme.test',
      subject: 'Verify',
      textEncoding: 'quoted-printable',
      text: `Verify at ${LONG_LINK}`,
      html: `<p>Please <a href="${LONG_LINK.replace('&', '&amp;')}">verify</a> or visit <a href='https://charter.test/help?a=1&#38;b=2'>help</a>.</p>`,
    });
    const mail = await catcher.waitFor((m) => m.subject === 'Verify');
    expect(mail.raw).toContain('=3D');
    expect(mail.raw).toMatch(/=\r\n/);
    expect(mail.html).toContain('<a href=');
    expect(mail.links).toEqual([LONG_LINK, 'https://charter.test/help?a=1&b=2']);
  });

  it('lists every envelope recipient, Bcc included', async () => {
    await send({
      to: ['alice@acme.test', 'bob@acme.test'],
      bcc: 'audit@acme.test',
      subject: 'Team',
      text: 'Hi',
    });
    expect(catcher.messages[0]?.to).toEqual(['alice@acme.test', 'bob@acme.test', 'audit@acme.test']);
  });

  it('decodes a UTF-8 subject', async () => {
    const subject = 'Bienvenue chez Chärter — 欢迎 🎉';
    await send({ to: 'alice@acme.test', subject, text: 'Hi' });
    expect(catcher.messages[0]?.subject).toBe(subject);
    expect(catcher.messages[0]?.raw).not.toContain(subject);
  });

  it('accepts whatever credentials a client offers', async () => {
    await send(
      { to: 'alice@acme.test', subject: 'Authenticated', text: 'Hi' },
      { user: 'any', pass: 'thing' },
    );
    expect(catcher.messages.map((mail) => mail.subject)).toEqual(['Authenticated']);
  });

  it('clear forgets what arrived', async () => {
    await send({ to: 'alice@acme.test', subject: 'Old', text: 'Hi' });
    catcher.clear();
    expect(catcher.messages).toEqual([]);
  });
});

describe('waitFor', () => {
  it('resolves with a mail that already arrived', async () => {
    await send({ to: 'alice@acme.test', subject: 'Early', text: 'Hi' });
    await expect(catcher.waitFor((mail) => mail.subject === 'Early', 50)).resolves.toMatchObject({
      subject: 'Early',
    });
  });

  it('resolves with the first matching mail that arrives later', async () => {
    const waiting = catcher.waitFor((mail) => mail.to.includes('bob@acme.test'));
    await send({ to: 'alice@acme.test', subject: 'For Alice', text: 'Hi' });
    await send({ to: 'bob@acme.test', subject: 'For Bob', text: 'Hi' });
    await expect(waiting).resolves.toMatchObject({ subject: 'For Bob' });
  });

  it('times out with a message listing what did arrive', async () => {
    await send({ to: ['alice@acme.test', 'bob@acme.test'], subject: 'Wrong one', text: 'Hi' });
    await expect(catcher.waitFor((mail) => mail.subject === 'Right one', 100)).rejects.toThrow(
      'No mail matched within 100 ms; 1 arrived: "Wrong one" from no-reply@charter.test to alice@acme.test, bob@acme.test',
    );
  });

  it('times out saying when nothing arrived', async () => {
    await expect(catcher.waitFor(() => true, 50)).rejects.toThrow(
      'No mail matched within 50 ms; none arrived',
    );
  });
});
