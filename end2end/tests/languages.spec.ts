import { test, expect } from '@playwright/test';
import { LANGS, NAMES } from './fixtures';
// Complete in all seven languages in the demo (app/src/db/demo/translations/).
const PLAYGROUND = 'ny-lekplats-i-grimstaskogen';
// Only in Swedish, English and Finnish: the fallback shows elsewhere.
const SAFETY = 'tryggare-kvallar-runt-vallingby-centrum';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`the list and a dialogue page are in ${NAMES[lang]}`, async ({ page }) => {
      await page.goto(`/${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const swedishTitle = 'Dialoger i Hässelby-Vällingby';
      if (lang !== 'sv') await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(swedishTitle);
      // Absolute, from the portal's public address (PORTAL_PUBLIC_URL is this server's here),
      // as search engines need them; Swedish is the default.
      await expect(page.locator(`link[rel=alternate][hreflang=fit]`)).toHaveAttribute('href', new URL('/fit', page.url()).href);
      await expect(page.locator(`link[rel=alternate][hreflang=x-default]`)).toHaveAttribute('href', new URL('/sv', page.url()).href);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new URL(`/${lang}`, page.url()).href);

      await page.goto(`/${lang}/dialogues/${PLAYGROUND}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The dialogue exists in every language: no Swedish fallback block, no fallback notice.
      await expect(page.locator('article > div[lang="sv"]')).toHaveCount(0);
      const draftLink = page.locator(`a[href="/${lang}/accessibility#translations"]`);
      await expect(page.locator('.notice[role=note]').filter({ hasNot: draftLink })).toHaveCount(0);
      // The demo's translations are machine drafts: the reader is told so; Swedish, the source, is not.
      await expect(page.getByRole('note').filter({ has: draftLink })).toHaveCount(lang === 'sv' ? 0 : 1);
    });
  }

  test('a resident switches language and stays on the page', async ({ page }) => {
    await page.goto(`/sv/dialogues/${PLAYGROUND}?page=1`);
    await page.getByRole('link', { name: 'Davvisámegiella' }).click();
    await expect(page).toHaveURL(`/se/dialogues/${PLAYGROUND}?page=1`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'se');
    await page.getByRole('link', { name: 'Suomi' }).click();
    await expect(page).toHaveURL(`/fi/dialogues/${PLAYGROUND}?page=1`);
  });

  test('an untranslated dialogue says so in the reader\'s language and is marked as Swedish', async ({ page }) => {
    await page.goto(`/se/dialogues/${SAFETY}`);
    await expect(page.getByRole('note').filter({ hasText: 'Dát dialoga ii leat vel du gillii.' })).toBeVisible();
    await expect(page.locator('article > div[lang="sv"] h1')).toBeVisible();
    await page.goto(`/sma/dialogues/${SAFETY}`);
    await expect(page.getByRole('note').filter({ hasText: 'Daate govlesadteme ij annje dov gïelesne gååvnesh.' })).toBeVisible();
  });

  test('a view sent from the North Sami page is recorded as North Sami', async ({ page }) => {
    await page.goto(`/se/dialogues/${PLAYGROUND}`);
    await page.locator('form.view-form textarea').first().fill('Buorre leaikkašaljut mánáide.');
    await page.locator('form.view-form button[type=submit]').click();
    await expect(page).toHaveURL(/\/se\/receipt\/HV-/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'se');
    // The language is named in North Sami running text, not by its own name in a list.
    await expect(page.getByText(/Čállojuvvon \u2068?davvisámegillii/)).toBeVisible();
  });
});
