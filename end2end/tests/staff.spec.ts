import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ADMIN, MODERATOR, STAFF_PASSWORD } from '../playwright.config';

const DIALOGUE = '/sv/dialogues/ny-traffpunkt-for-aldre-i-racksta';

async function sendView(page: Page, text: string): Promise<string> {
  await page.goto(DIALOGUE);
  await page.locator('form.view-form textarea').first().fill(text);
  await page.getByLabel('Synpunkten får publiceras på den här sidan').check();
  await page.locator('form.view-form button[type=submit]').click();
  const reference = page.locator('#view-form-sent-reference, dd.reference');
  await expect(reference).toContainText(/HV-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  return ((await reference.textContent()) ?? '').match(/HV-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];
}

async function signIn(page: Page) {
  await page.goto('/sv/staff/login');
  await page.getByLabel('E-postadress').fill(MODERATOR);
  await page.getByLabel('Lösenord').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/sv\/staff\/moderation/);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a moderator approves one view and rejects another; only the approved is public', async ({ page }) => {
    const approved = await sendView(page, 'Ett café med tidningar och bra stolar, tack.');
    const rejected = await sendView(page, 'Ring mig på 070-123 45 67 så berättar jag mer.');

    await page.goto(DIALOGUE);
    await expect(page.getByText('Ett café med tidningar')).toHaveCount(0);

    await signIn(page);
    const approvedItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: approved }) });
    await approvedItem.getByRole('button', { name: 'Godkänn' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Synpunkten är godkänd' })).toBeVisible();

    const rejectedItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: rejected }) });
    await expect(rejectedItem.getByText('Kan innehålla personuppgifter')).toBeVisible();
    await rejectedItem.getByLabel('Skäl att avvisa').selectOption('personal-data');
    await rejectedItem.getByRole('button', { name: 'Avvisa' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Synpunkten är avvisad' })).toBeVisible();
    await expect(page.getByRole('heading', { name: rejected })).toHaveCount(0);

    await page.goto(DIALOGUE);
    await expect(page.getByText('Ett café med tidningar och bra stolar, tack.')).toBeVisible();
    await expect(page.getByText('070-123 45 67')).toHaveCount(0);
  });

  test('the moderation queue refuses a visitor who is not signed in', async ({ page }) => {
    const response = await page.goto('/sv/staff/moderation');
    expect(response?.status()).toBe(401);
    await expect(page.getByRole('alert')).toHaveText('Du behöver logga in för att se den här sidan.');
  });
});

for (const lang of ['sv', 'fi', 'fit', 'se', 'smj', 'sma', 'en']) {
  test(`staff pages have no axe violations (${lang})`, async ({ page }) => {
    await sendView(page, `Axe ${lang}`);
    await page.goto(`/${lang}/staff/login`);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.locator('#email').fill(MODERATOR);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form.login-form button').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/staff/moderation`));
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const lang of ['sv', 'se']) {
  test(`an administrator reads who did what in the audit log (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/staff/login`);
    await page.locator('#email').fill(ADMIN);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form.login-form button').click();
    await page.goto(`/${lang}/staff/audit?action=approve`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.audit-item').first()).toContainText(MODERATOR);
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
