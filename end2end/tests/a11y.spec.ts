import { test, expect } from '@playwright/test';
import { LANGS, axeViolations as violations } from './fixtures';

// Every kind of page, in Swedish and English, at a phone viewport (playwright.config.ts).
const PAGES = [
  '/{lang}',
  '/{lang}?group=children&status=open',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen/lattlast',
  '/{lang}/dialogues/sakrare-att-cykla-och-ga-i-hasselby-strand',
  '/{lang}/dialogues/vi-rustar-upp-strandparken-i-hasselby-villastad',
  '/{lang}/accessibility',
  '/{lang}/open-data',
  '/{lang}/budgets',
  '/{lang}/budgets/medborgarbudget-2027',
  '/{lang}/budgets/medborgarbudget-2027/children',
  '/{lang}/budgets/medborgarbudget-2026',
  '/{lang}/no-such-page',
  '/{lang}/outcome/unsubscribe/no-such-link',
];

for (const lang of LANGS) {
  for (const template of PAGES) {
    const path = template.replace('{lang}', lang);
    test.describe(path, () => {
      test('has no axe violations before hydration', async ({ page }) => {
        // axe needs scripts to run, so instead of turning JavaScript off, the portal's own
        // script and WASM are kept from loading: the page stays as the server rendered it.
        await page.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
        await page.goto(path);
        expect(await page.locator('form.view-form[data-live]').count()).toBe(0);
        expect(await violations(page)).toEqual([]);
      });
      test('has no axe violations after hydration', async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

for (const lang of LANGS) {
  test(`the receipt page and the form errors have no axe violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/dialogues/ny-lekplats-i-grimstaskogen`);
    await expect(page.locator('form.view-form[data-live]')).toBeAttached();
    await page.locator('form.view-form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.locator('form.view-form textarea').first().fill('Bra!');
    await page.locator('form.view-form button[type=submit]').click();
    await page.locator('.sent a').click();
    await expect(page).toHaveURL(/receipt/);
    expect(await violations(page)).toEqual([]);
  });
}

// WCAG 1.4.10 reflow: at 320 CSS pixels (a 1280 px screen at 400 % zoom, or a small phone)
// nothing scrolls sideways.
test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const template of PAGES) {
    const path = template.replace('{lang}', 'smj');
    test(`${path} does not scroll horizontally`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});

test('buttons and form fields are at least 44 px tall', async ({ page }) => {
  await page.goto('/sv/dialogues/ny-lekplats-i-grimstaskogen');
  const controls = page.locator('main button, main select, main input[type=text], main textarea');
  const count = await controls.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const box = await controls.nth(i).boundingBox();
    if (box) expect(box.height, await controls.nth(i).evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
});
