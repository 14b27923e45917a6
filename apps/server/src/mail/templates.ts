import type { OutgoingMail } from './mailer.js';

// The messages Charter sends. Plain words, one action each, and the link also in plain text so
// that it survives clients that strip HTML.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function compose(
  kind: string,
  to: string,
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): OutgoingMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '— Charter'].join(
    '\n\n',
  );
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(action ? [`<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`] : []),
    '<p>— Charter</p>',
  ].join('\n');
  return { kind, to, subject, text, html };
}

/** Confirms the address at registration. */
export function verifyEmailMail(to: string, name: string, url: string): OutgoingMail {
  return compose(
    'verify-email',
    to,
    'Confirm your email address',
    [
      `Hello ${name},`,
      'Confirm your email address to finish creating your Charter account. The link works for 24 hours.',
    ],
    { label: 'Confirm my email address', url },
  );
}

/** Confirms the new address of an email change the current address approved. */
export function confirmNewEmailMail(to: string, name: string, url: string): OutgoingMail {
  return compose(
    'verify-email',
    to,
    'Confirm your new email address',
    [
      `Hello ${name},`,
      'You asked to sign in to Charter with this address from now on, and approved it from your current one. Confirm it to finish the change; until then nothing changes. The link works for 24 hours.',
      'If you did not ask for this, ignore this message.',
    ],
    { label: 'Confirm my new address', url },
  );
}

/** Sent instead of a second account when someone registers with an address that has one. */
export function registrationAttemptMail(to: string): OutgoingMail {
  return compose('registration-attempt', to, 'Someone tried to register with your email address', [
    'Someone tried to create a Charter account with this email address, which already has one.',
    'If it was you, sign in instead, or reset your password if you have forgotten it. If it was not you, you can ignore this message: nothing has changed.',
  ]);
}

/** A password reset link. */
export function resetPasswordMail(to: string, url: string): OutgoingMail {
  return compose(
    'reset-password',
    to,
    'Reset your password',
    [
      'We received a request to reset the password of your Charter account. The link works for one hour and only once.',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ],
    { label: 'Choose a new password', url },
  );
}

/** Tells the owner that sign-in is paused after repeated failures. */
export function accountLockedMail(to: string, minutes: number): OutgoingMail {
  return compose('account-locked', to, 'Sign-in to your account is paused', [
    `There were too many failed sign-in attempts on your Charter account, so sign-in is paused for ${minutes} minutes.`,
    'If these attempts were not yours, someone may be guessing your password: once the pause ends, choose a stronger one and turn on two-factor authentication.',
  ]);
}

/** Asks the current address to approve moving the account to a new one. */
export function changeEmailMail(to: string, newEmail: string, url: string): OutgoingMail {
  return compose(
    'change-email',
    to,
    'Approve the change of your email address',
    [
      `A request was made to change the email address of your Charter account from ${to} to ${newEmail}.`,
      'If it was you, approve it below; the new address will then be asked to confirm. If it was not you, do not approve it: reset your password and tell your administrator.',
    ],
    { label: 'Approve the change', url },
  );
}

/** Tells the owner their password changed. */
export function passwordChangedMail(to: string): OutgoingMail {
  return compose('password-changed', to, 'Your password was changed', [
    'The password of your Charter account was just changed.',
    'If this was not you, reset your password now and contact your administrator.',
  ]);
}

/** Invites an address to join a company. */
export function invitationMail(
  to: string,
  companyName: string,
  inviterName: string,
  url: string,
): OutgoingMail {
  return compose(
    'company-invitation',
    to,
    `${inviterName} invited you to ${companyName} on Charter`,
    [
      `${inviterName} invited you to join ${companyName} on Charter. The invitation works for 7 days.`,
      `Sign in (or create an account) with ${to} to accept it.`,
    ],
    { label: 'Accept the invitation', url },
  );
}
