import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import {
  expectAccessible,
  journey,
  lastMailTo,
  linkIn,
  newPage,
  screenshot,
  strongPassword,
} from './harness.js';

const j = journey();

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

describe('a company and its members', () => {
  let owner: { context: BrowserContext; page: Page };

  it('an owner invites an Editor, who accepts from the mail and sees only what an Editor may', async () => {
    let colleague: typeof owner;
    [owner, colleague] = await Promise.all([newPage(j.browser, j.charter), newPage(j.browser, j.charter)]);
    const ownerApi = Api.of(j.charter, owner.context);
    await ownerApi.signUp('olivia@example.com', 'Olivia Owner');
    const company = await ownerApi.createCompany('Harbor Studio');
    const page = owner.page;

    // The owner sees every Company entry, and invites through the Members screen.
    await page.goto(`/companies/${company.id}/members`);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    for (const entry of ['Applications', 'Members', 'Company settings', 'Billing', 'Security', 'Audit log']) {
      await nav(page).getByRole('link', { name: entry }).waitFor();
    }
    await page
      .getByRole('row', { name: /Olivia Owner/ })
      .getByText('Owner', { exact: true })
      .waitFor();
    await page.getByText('No invitation is waiting for an answer.', { exact: false }).waitFor();
    // The summary counts the whole company (the API's totals), not just the rows of the page shown.
    await page.getByText('1 member, 1 owner.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'company-members');

    await page.getByRole('button', { name: 'Invite people' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite people' });
    await invite.getByLabel('Email addresses').fill('sam@example.com, not-an-address');
    await invite.getByRole('radio', { name: 'Editor' }).check();
    await invite.getByRole('button', { name: 'Send invitations' }).click();
    // Each address gets its own answer: the good one is invited, the other stays with its reason.
    const notInvited = invite.getByRole('alert').filter({ hasText: 'Not invited' });
    await notInvited.getByText('not-an-address').waitFor();
    await notInvited.getByText('Invited: sam@example.com.').waitFor();
    expect(await invite.getByLabel('Email addresses').inputValue()).toBe('not-an-address');
    await expectAccessible(page);
    await screenshot(page, 'company-invite-errors');
    await invite.getByRole('button', { name: 'Cancel' }).click();
    const row = page.getByRole('row', { name: /sam@example\.com/ });
    await row.getByText('Waiting').waitFor();
    await row.getByText('Editor', { exact: true }).waitFor();

    // The colleague opens the mailed link, signed out.
    const invitationLink = linkIn(
      (await lastMailTo(j.charter, 'sam@example.com', 'company-invitation')).text,
    );
    expect(invitationLink).toContain('/invitations/accept?token=');
    const sam = colleague.page;
    await sam.goto(invitationLink);
    await sam.getByRole('heading', { name: 'Join Harbor Studio' }).waitFor();
    await sam.getByText('Olivia Owner invited', { exact: false }).waitFor();
    await sam.getByText('You join as an', { exact: false }).waitFor();
    await expectAccessible(sam);
    await screenshot(sam, 'invitation-signed-out');

    // Sam has no account yet: he creates one from the invitation, confirms it from the mail, and
    // signing in brings him back to the invitation.
    await sam.getByRole('link', { name: 'Create an account' }).click();
    expect(await sam.getByLabel('Email').inputValue()).toBe('sam@example.com');
    await sam.getByLabel('Name').fill('Sam Editor');
    await sam.getByLabel(/^Password/).fill(strongPassword('sam'));
    await sam.getByRole('button', { name: 'Create account' }).click();
    await sam.getByText('After signing in you come back to where you were going.').waitFor();
    await sam.goto(linkIn((await lastMailTo(j.charter, 'sam@example.com', 'verify-email')).text));
    await sam.getByRole('heading', { name: 'Email confirmed' }).waitFor();
    await sam.getByRole('link', { name: 'Sign in' }).click();
    await sam.getByLabel('Email').fill('sam@example.com');
    await sam.getByLabel(/^Password/).fill(strongPassword('sam'));
    await sam.getByRole('button', { name: 'Sign in' }).click();
    // Back on the invitation, signed in.
    await sam.getByRole('button', { name: 'Accept and join Harbor Studio' }).click();
    await sam.getByRole('heading', { name: 'Harbor Studio' }).waitFor();
    expect(sam.url()).toContain(`/companies/${company.id}`);

    // An Editor sees Applications and Settings, nothing that needs a right they lack.
    await nav(sam).getByRole('link', { name: 'Company settings' }).waitFor();
    for (const absent of ['Members', 'Billing', 'Security', 'Audit log']) {
      expect(await nav(sam).getByRole('link', { name: absent }).count()).toBe(0);
    }
    await expectAccessible(sam);
    await screenshot(sam, 'company-editor-landing');

    // Reaching Billing by its address explains what is missing, without a crash.
    await sam.goto(`/companies/${company.id}/billing`);
    await sam.getByText('You do not have access to this').waitFor();
    await sam.getByText('company.billing.manage', { exact: true }).waitFor();
    await expectAccessible(sam);
    await screenshot(sam, 'company-billing-forbidden');

    // The link works once: opened again, it says so and what to do.
    await sam.goto(invitationLink);
    await sam.getByRole('heading', { name: 'This invitation can no longer be used' }).waitFor();
    await sam
      .getByText('Ask the person who invited you to send the invitation again', { exact: false })
      .waitFor();
    await expectAccessible(sam);
    await screenshot(sam, 'invitation-used');

    await colleague.context.close();

    // The owner sees the audit log with the invitation in it.
    await nav(page).getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Audit log entries' });
    await log.getByText('invited sam@example.com').waitFor();
    await log.getByText('accepted an invitation and joined').waitFor();
    await log.getByText('created the company').waitFor();
    await page.getByRole('combobox', { name: 'What' }).click();
    await page.getByRole('option', { name: 'Invitations' }).click();
    await expect.poll(() => page.url()).toContain('action=company.invitation.');
    await expect.poll(() => log.getByText('created the company').count()).toBe(0);
    await log.getByText('accepted an invitation and joined').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-audit-filtered');

    // The owner sees the new member, and opens the rights dialog.
    await nav(page).getByRole('link', { name: 'Members' }).click();
    const samRow = page.getByRole('row', { name: /Sam Editor/ });
    await samRow.getByText('Editor', { exact: true }).waitFor();
    await page.getByText('2 members, 1 owner.', { exact: false }).waitFor();
    // Changing rights: presets and each right with its description.
    await samRow.getByRole('button', { name: 'Actions for Sam Editor' }).click();
    await page.getByRole('menuitem', { name: 'Change rights' }).click();
    const rights = page.getByRole('dialog', { name: 'Rights of Sam Editor' });
    expect(await rights.getByRole('radio', { name: 'Editor' }).isChecked()).toBe(true);
    await rights.getByText("Manage the company's payment details.").waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-member-rights');
    await rights.getByRole('button', { name: 'Cancel' }).click();
    // On a phone, the members table scrolls inside its frame.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'company-members-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('the owner edits the company information and billing, and sees the security checks', async () => {
    const { page } = owner;
    await nav(page).getByRole('link', { name: 'Company settings' }).click();
    await page.getByLabel('Company name').fill('Harbor Studio BV');
    await page.getByRole('button', { name: 'Add a property' }).click();
    await page.getByLabel('Name of property 1').fill('region');
    await page.getByLabel('Value of region').fill('North');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Harbor Studio BV is saved.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-settings');

    await nav(page).getByRole('link', { name: 'Billing' }).click();
    await page.getByLabel('VAT id').fill('not a vat id');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Expected a VAT id such as NL123456789B01').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-billing');

    await nav(page).getByRole('link', { name: 'Security' }).click();
    await page.getByText('No identity provider yet', { exact: false }).waitFor();
    await page.getByRole('switch', { name: /Require two-factor authentication/ }).click({ force: true });
    await page.getByText('Turn on two-factor authentication for yourself first.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-security');

    // Adding an identity provider checks its discovery document; the check's answer sits by the issuer.
    await page.getByRole('button', { name: 'Add a provider' }).click();
    const provider = page.getByRole('dialog', { name: 'Add an identity provider' });
    await provider.getByLabel(/^Name/).fill('Harbor staff');
    await provider.getByLabel(/^Issuer/).fill(`${j.charter.url}/no-such-issuer`);
    await provider.getByLabel(/^Client id/).fill('charter');
    await provider.getByLabel(/^Client secret/).fill('s3cret');
    await provider.getByRole('button', { name: 'Check and add' }).click();
    await provider.getByText('Discovery check failed', { exact: false }).waitFor();
    expect(await provider.getByLabel(/^Issuer/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'company-identity-provider-check');
    await provider.getByRole('button', { name: 'Cancel' }).click();

    await owner.context.close();
  });
});
