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

describe('a new person', () => {
  const email = 'nora@example.com';

  it('registers, confirms from the mailed link, signs in, and creates a company and an app', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    await page.goto('/');
    // Signed out: the app sends them to sign in, which offers to create an account.
    await expect.poll(() => page.url()).toContain('/sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();

    await page.getByLabel('Name').fill('Nora Quist');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill('password1234');
    // The policy's advice shows while typing, before anything is sent.
    await page.getByText('To make it stronger:').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Add more words that are less common.' }).waitFor();
    await screenshot(page, 'register-live-advice');
    await page.getByRole('button', { name: 'Create account' }).click();
    // Saving anyway: the refusal sits under the password field.
    await page.getByText('This password is easy to guess.', { exact: false }).first().waitFor();
    expect(await page.getByLabel(/^Password/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'register-weak-password');

    await page.getByLabel(/^Password/).fill(strongPassword('nora'));
    await page.getByText('Strong enough.').waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await screenshot(page, 'register-check-email');

    // Before confirming, signing in is refused with the way forward.
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(strongPassword('nora'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your email address is not confirmed yet').waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Send the confirmation link again' }).isVisible())
      .toBe(true);
    await screenshot(page, 'sign-in-unconfirmed');

    const mail = await lastMailTo(j.charter, email);
    await page.goto(linkIn(mail.text));
    await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'email-confirmed');

    // The same link a second time says it was used, and offers the way forward.
    await page.goto(linkIn(mail.text));
    await page.getByRole('heading', { name: 'Your email address was not confirmed' }).waitFor();
    await page.getByText('It has expired or was already used').waitFor();
    await page.getByRole('link', { name: 'Go to sign in' }).click();

    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(strongPassword('nora'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nora Quist' }).waitFor();
    await expect.poll(() => page.getByText('You do not belong to a company yet.').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'home-first-time');

    await page.getByLabel('New company name').fill('Acme Recruiting');
    await page.getByRole('button', { name: 'Create company' }).click();
    await page.getByRole('heading', { name: 'Acme Recruiting' }).waitFor();
    await page.getByText('No applications yet.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-empty');

    await page.getByRole('button', { name: 'Create application' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an application' });
    await dialog.getByLabel('Name').fill('Hiring');
    await dialog.getByLabel('Description').fill('Positions, candidates and interviews');
    await expectAccessible(page);
    await screenshot(page, 'create-app');
    await dialog.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('heading', { name: 'Hiring' }).waitFor();
    await expect.poll(() => page.getByText('Company owner').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'app-overview');

    // The company's page now lists it, and the switchers name both.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
    await page.getByRole('link', { name: 'Hiring' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('Acme Recruiting');
    await context.close();
  });

  it('works on a phone: the navigation opens from the menu button', async () => {
    const { page, context } = await newPage(j.browser, j.charter, 390);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(strongPassword('nora'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nora Quist' }).waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'home-phone');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('combobox', { name: 'Company' }).waitFor({ state: 'visible' });
    await page.waitForTimeout(300); // the drawer slides in; capture it at rest
    await screenshot(page, 'navigation-phone');
    await context.close();
  });

  it('an unknown address inside the app explains itself', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(strongPassword('nora'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nora Quist' }).waitFor();
    await page.goto('/companies/00000000-0000-4000-8000-000000000000');
    await page.getByRole('alert').getByText('Not found', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-not-found');
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});

describe('set-up through the API', () => {
  it('signs a person in for the j.browser that shares its cookies', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, context);
    await api.signUp('omar@example.com', 'Omar Reyes');
    const company = await api.createCompany('Reyes Logistics');
    await page.goto(`/companies/${company.id}`);
    await page.getByRole('heading', { name: 'Reyes Logistics' }).waitFor();
    await context.close();
  });
});
