import type { Page } from 'playwright-core';
import { request as playwrightRequest } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totp } from '../../server/test/harness/accounts.js';
import { Api } from './fixtures.js';
import { journey, lastMailTo, linkIn, look, newPage, strongPassword } from './harness.js';

const j = journey();

const TESS = 'tess@example.com';
const NEW_TESS = 'tess.tech@example.com';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByText('You are signed out').waitFor();
}

async function typeCode(page: Page, label: string, code: string): Promise<void> {
  await page.getByLabel(label).first().click();
  await page.keyboard.type(code);
}

describe('sign-in and account', () => {
  it('a temporary password is replaced, a forgotten one reset, two-factor enrolled and required, an API key shown once and revoked', async () => {
    // The owner sets up through the API: a company, an app, and a user with a temporary password.
    const owner = await j.browser.newContext({ baseURL: j.charter.url, reducedMotion: 'reduce' });
    const ownerApi = Api.of(j.charter, owner);
    await ownerApi.signUp('olga@example.com', 'Olga Owner');
    const company = await ownerApi.createCompany('Olga Field Co');
    const { app } = await ownerApi.createApp(company.id, 'Field Service');
    const created = await ownerApi.call<{ temporaryPassword: string }>(
      'POST',
      `/api/apps/${app.id}/users/create`,
      {
        email: TESS,
        name: 'Tess Tech',
        roles: ['user'],
      },
    );
    expect(created.temporaryPassword).toBeTruthy();
    await owner.request.get(linkIn((await lastMailTo(j.charter, TESS, 'verify-email')).text), {
      maxRedirects: 0,
    });

    const { page, context } = await newPage(j.browser, j.charter);
    page.setDefaultTimeout(10_000);

    // (a) Signing in with the temporary password leads to choosing one's own, then home.
    await page.goto('/');
    await signIn(page, TESS, created.temporaryPassword);
    await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await page.getByLabel('Temporary password').fill(created.temporaryPassword);
    await page.getByRole('textbox', { name: 'New password' }).fill('password1234');
    await page.getByText('To make it stronger:').waitFor();
    await page.getByRole('textbox', { name: 'New password' }).fill(strongPassword('tess'));
    await page.getByText('Strong enough.').waitFor();
    await look(page, 'account-change-password');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Welcome, Tess Tech' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // (c) A forgotten password: from the sign-in page, through the mailed link, to a new one.
    await signOut(page, 'Tess Tech');
    await page.getByLabel('Email').fill(TESS);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(TESS);
    await look(page, 'account-forgot-password');
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await look(page, 'account-forgot-password-sent');
    const resetLink = linkIn((await lastMailTo(j.charter, TESS, 'reset-password')).text);
    await page.goto(resetLink);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByRole('textbox', { name: 'New password' }).fill(strongPassword('reset'));
    await page.getByText('Strong enough.').waitFor();
    await look(page, 'account-reset-password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { name: 'Password changed — sign in' }).waitFor();
    await look(page, 'account-reset-password-done');
    // The link works once; used again it says so and offers a new one.
    await page.goto(resetLink);
    await page.getByRole('heading', { name: 'This reset link no longer works' }).waitFor();
    await page.getByRole('link', { name: 'Send me a new link' }).waitFor();
    await look(page, 'account-reset-password-used');
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await signIn(page, TESS, strongPassword('reset'));
    await page.getByRole('heading', { name: 'Welcome, Tess Tech' }).waitFor();

    // Forced enrolment: the app's role requires two-factor authentication.
    await ownerApi.call('PATCH', `/api/apps/${app.id}/roles/user`, { forceMfa: true });
    await page.goto(`/apps/${app.id}`);
    await page.getByRole('heading', { name: 'Turn on two-factor authentication' }).waitFor();
    await page.getByText('Required before you continue').waitFor();
    await look(page, 'account-forced-mfa');
    await page.getByLabel('Your password').fill(strongPassword('reset'));
    await page.getByRole('button', { name: 'Set up the authenticator app' }).click();
    const forcedSecret = await page.getByLabel('Cannot scan? Type this key').inputValue();
    await typeCode(page, 'Code from the authenticator app', totp(forcedSecret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByRole('list', { name: 'Backup codes' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Field Service' }).waitFor();

    // (b) In the account: turn it off, then enrol again from the account screen.
    await page.getByRole('button', { name: 'Account menu for Tess Tech' }).click();
    await page.getByRole('menuitem', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByRole('heading', { name: 'Change your email address' }).waitFor();
    await look(page, 'account-profile');
    await page.getByRole('tab', { name: 'Two-factor' }).click();
    await page.getByText('Two-factor authentication is on').first().waitFor();
    await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
    const off = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' });
    await off.getByLabel('Your password').fill(strongPassword('reset'));
    await off.getByRole('button', { name: 'Turn it off' }).click();
    await page.getByRole('button', { name: 'Set up the authenticator app' }).waitFor();
    await page.getByLabel('Your password').fill(strongPassword('reset'));
    await page.getByRole('button', { name: 'Set up the authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = await page.getByLabel('Cannot scan? Type this key').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    await look(page, 'account-mfa-enrol');
    await typeCode(page, 'Code from the authenticator app', totp(secret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByRole('button', { name: 'Download as a file' }).waitFor();
    const codes = await page
      .getByRole('list', { name: 'Backup codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes.length).toBeGreaterThan(3);
    await look(page, 'account-mfa-backup-codes');
    await page.getByRole('button', { name: 'I saved my backup codes' }).click();
    await page.getByRole('heading', { name: 'Backup codes' }).waitFor();
    expect(await page.getByRole('list', { name: 'Backup codes' }).count()).toBe(0);
    await look(page, 'account-mfa-on');

    // Signing in again asks for the code; a backup code works too.
    await signOut(page, 'Tess Tech');
    await signIn(page, TESS, strongPassword('reset'));
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    await look(page, 'account-sign-in-mfa');
    await typeCode(page, 'Authentication code', totp(secret, Date.now(), 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Welcome, Tess Tech' }).waitFor();
    await signOut(page, 'Tess Tech');
    await signIn(page, TESS, strongPassword('reset'));
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await page.getByLabel('Backup code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Welcome, Tess Tech' }).waitFor();

    // Sessions: this one is marked; another one is signed out from here.
    const elsewhere = await playwrightRequest.newContext({ baseURL: j.charter.url });
    const elsewhereApi = new Api(j.charter, elsewhere);
    await elsewhereApi.call('POST', '/api/auth/login', { email: TESS, password: strongPassword('reset') });
    await elsewhereApi.call('POST', '/api/auth/mfa/verify', { backupCode: codes[1] });
    await page.goto('/account?tab=sessions');
    await page.getByText('This session').waitFor();
    await look(page, 'account-sessions');
    await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    await page
      .getByRole('dialog', { name: 'Sign out all other sessions?' })
      .getByRole('button', { name: 'Sign out the others' })
      .click();
    await page.getByText('You are signed in here only.').waitFor();
    expect(await page.getByRole('button', { name: /^End the session of/ }).count()).toBe(0);
    await elsewhere.dispose();

    // (d) An API key with a scope, shown once, then revoked.
    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.getByText('You have no API keys.').waitFor();
    await page.getByRole('button', { name: 'Create an API key' }).click();
    const create = page.getByRole('dialog', { name: 'Create an API key' });
    await create.getByLabel('Name').fill('Invoice sync');
    await create.getByLabel('Scopes').click();
    // Scopes Tess holds nowhere are offered greyed out, never offered and then refused.
    await page.getByRole('option', { name: /^platform:admin .*\(you do not hold it\)$/ }).waitFor();
    await page.getByRole('option', { name: /^company\.billing\.manage .*\(you do not hold it\)$/ }).waitFor();
    expect(await page.getByRole('option', { name: /^account:read .*you do not hold it/ }).count()).toBe(0);
    await page.getByRole('option', { name: /^account:read/ }).click();
    await create.getByLabel('Name').click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await look(page, 'account-api-key-create');
    await create.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Your key Invoice sync' });
    const token = await shown.getByLabel('Your new API key').inputValue();
    await page.waitForTimeout(300);
    expect(token.length).toBeGreaterThan(20);
    await look(page, 'account-api-key-shown');
    const keyWorks = async () =>
      (
        await owner.request.get(`${j.charter.url}/api/auth/me`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status();
    expect(await keyWorks()).toBe(200);
    await shown.getByRole('button', { name: 'I copied it' }).click();
    await shown.waitFor({ state: 'detached' });
    await page.getByText('Invoice sync', { exact: true }).waitFor();
    expect(await page.getByLabel('Your new API key').count()).toBe(0);
    expect(await page.getByText(token).count()).toBe(0);
    await look(page, 'account-api-keys');
    await page.getByRole('button', { name: 'Revoke the key Invoice sync' }).click();
    const revoke = page.getByRole('dialog', { name: 'Revoke the key Invoice sync?' });
    await revoke.getByRole('button', { name: 'Revoke key' }).waitFor();
    await page.waitForTimeout(300); // the dialog fades in; judge its colours once it has
    await look(page, 'account-api-key-revoke');
    await revoke.getByRole('button', { name: 'Revoke key' }).click();
    await revoke.waitFor({ state: 'detached' });
    await page.getByText('Revoked', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Revoke the key Invoice sync' }).count()).toBe(0);
    expect(await keyWorks()).toBe(401);

    // Changing the email address: the old address approves, the new one confirms; each link says so.
    await page.getByRole('tab', { name: 'Profile and password' }).click();
    const emailChange = page.getByRole('region', { name: 'Change your email address' });
    await emailChange.getByLabel('New email address').fill(NEW_TESS);
    await emailChange.getByLabel('Your password').fill(strongPassword('reset'));
    await emailChange.getByRole('button', { name: 'Send the approval link' }).click();
    await page.getByText('Two mails to go').waitFor();
    await look(page, 'account-email-change-requested');
    const approve = linkIn((await lastMailTo(j.charter, TESS, 'change-email')).text);
    await page.goto(approve);
    await page.getByRole('heading', { name: 'Change approved — one step left' }).waitFor();
    await look(page, 'account-email-change-approved');
    await page.goto(linkIn((await lastMailTo(j.charter, NEW_TESS, 'verify-email')).text));
    await page.getByRole('heading', { name: 'Email address changed' }).waitFor();
    await look(page, 'account-email-changed');
    await page.goto(approve);
    await page.getByRole('heading', { name: 'Your email address was not confirmed' }).waitFor();
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.getByRole('cell', { name: NEW_TESS }).waitFor();
    expect(await page.getByText(TESS, { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Change name' }).click();
    await page.getByLabel('Your name').fill('Tess Technician');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Account menu for Tess Technician' }).waitFor();
    await page.getByRole('cell', { name: 'Tess Technician Change name' }).waitFor();

    // On a phone the account screen keeps every tab and section in reach.
    const phone = await j.browser.newContext({
      baseURL: j.charter.url,
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
      storageState: await context.storageState(),
    });
    const phonePage = await phone.newPage();
    await phonePage.goto('/account?tab=api-keys');
    await phonePage.getByText('Invoice sync', { exact: true }).waitFor();
    expect(await phonePage.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await look(phonePage, 'account-api-keys-phone');
    await phone.close();
    await owner.close();
  }, 90_000);
});
