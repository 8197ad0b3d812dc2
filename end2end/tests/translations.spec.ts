import { test, expect } from '@playwright/test';
import { TRANSLATOR } from '../playwright.config';
import { LANGS, expectNoAxeViolations, signIn } from './fixtures';

// A demo dialogue no other spec changes: its Finnish text is a machine draft.
const SLUG = 'kultur-i-hela-stadsdelen';
const TITLE = 'Kultur i hela stadsdelen';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a translator goes from the queue to a reviewed Finnish text, and the Finnish reader no longer sees the draft notice', async ({ page, browser }) => {
    const reader = await browser.newPage();
    await reader.goto(`/fi/dialogues/${SLUG}`);
    const notice = reader.getByRole('note').filter({ has: reader.locator(`a[href="/fi/accessibility#translations"]`) });
    await expect(notice).toBeVisible();
    // The link leads to how a bad translation is reported, in the statement's list of languages.
    await notice.getByRole('link').click();
    await expect(reader.locator('#translations')).toBeVisible();
    await expect(reader.getByRole('table')).toContainText('Suomi');

    await signIn(page, TRANSLATOR);
    await expect(page).toHaveURL(/\/sv\/staff\/translations$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översättningar');
    const item = page.getByRole('listitem').filter({ hasText: TITLE }).filter({ hasText: 'Suomi' });
    await expect(item).toContainText('Utkast, inte granskat');
    await item.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
    await expect(page.getByLabel('Rubrik', { exact: true })).not.toHaveValue('');
    await page.getByLabel('Texterna på det här språket är granskade av någon som har språket som modersmål').check();
    await page.getByRole('button', { name: 'Spara översättningen' }).click();
    await expect(page.getByRole('status')).toHaveText('Översättningen är sparad.');
    await expect(page.getByRole('listitem').filter({ hasText: TITLE }).filter({ hasText: 'Suomi' })).toHaveCount(0);

    await reader.goto(`/fi/dialogues/${SLUG}`);
    await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(reader.locator('a[href="/fi/accessibility#translations"]')).toHaveCount(0);
    // The other drafts still say so.
    await reader.goto('/fi/dialogues/ny-lekplats-i-grimstaskogen');
    await expect(reader.locator('a[href="/fi/accessibility#translations"]')).toBeVisible();
  });
});

for (const lang of LANGS) {
  test(`the translators' pages have no axe violations (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, TRANSLATOR, lang);
    await page.goto(`/${lang}/staff/translations`);
    await expectNoAxeViolations(page);
    await page.goto(`/${lang}/staff/translations/ny-lekplats-i-grimstaskogen/fi`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${lang}/accessibility`);
    await expectNoAxeViolations(page);
  });
}
