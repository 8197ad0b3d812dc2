import { test, expect, Page } from '@playwright/test';
import { ADMIN, MODERATOR, STAFF_PASSWORD } from '../playwright.config';
import { LANGS, axeViolations, expectNoAxeViolations, sendView as send, signIn as signInAs } from './fixtures';

const DIALOGUE = '/sv/dialogues/ny-traffpunkt-for-aldre-i-racksta';

const sendView = (page: Page, text: string) => send(page, DIALOGUE, text);

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
    // The queue narrowed to the dialogue, as a moderator would: other specs' views fill its
    // first pages (25 a page, oldest first).
    await page.goto('/sv/staff/moderation?dialogue=ny-traffpunkt-for-aldre-i-racksta');
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

for (const lang of LANGS) {
  test(`staff pages have no axe violations (${lang})`, async ({ page }) => {
    await sendView(page, `Axe ${lang}`);
    await page.goto(`/${lang}/staff/login`);
    expect(await axeViolations(page)).toEqual([]);
    await signInAs(page, MODERATOR, lang);
    await expect(page).toHaveURL(new RegExp(`/${lang}/staff/moderation`));
    await expectNoAxeViolations(page);
  });
}

for (const lang of ['sv', 'se']) {
  test(`an administrator reads who did what in the audit log (${lang})`, async ({ page }) => {
    // Something to read, made here so this test stands on its own: a moderator approves a view.
    const reference = await sendView(page, `Loggad ${lang}`);
    await signInAs(page, MODERATOR, lang);
    await page.goto(`/${lang}/staff/moderation?dialogue=ny-traffpunkt-for-aldre-i-racksta`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: reference }) });
    await item.locator('form:has(input[name=decision][value=approve]) button').click();
    await signInAs(page, ADMIN, lang);
    await page.goto(`/${lang}/staff/audit?action=approve`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.audit-item').first()).toContainText(MODERATOR);
    await expectNoAxeViolations(page);
  });
}
