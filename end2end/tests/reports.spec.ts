// The district's numbers: the participation reports in every language (axe at a phone viewport,
// before and after hydration, and as printed), the exports without JavaScript, and the summary
// of who took part on a closed dialogue's page.
import * as fs from 'fs';
import { test, expect } from '@playwright/test';
import { ADMIN } from '../playwright.config';
import { LANGS, axeViolations, signIn } from './fixtures';

const CLOSED = 'sakrare-att-cykla-och-ga-i-hasselby-strand';

for (const lang of LANGS) {
  test(`the reports have no axe violations, on screen or printed (${lang})`, async ({ page }) => {
    await signIn(page, ADMIN, lang);
    for (const path of [`/${lang}/staff/reports`, `/${lang}/staff/reports/${CLOSED}`]) {
      await page.goto(path);
      await expect(page.locator('svg.chart').first()).toBeVisible();
      await expect(page.locator('table.figures').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), `${path} on screen`).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await axeViolations(page), `${path} printed`).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an administrator reads the report and downloads both exports; the full one is logged', async ({ page }) => {
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Rapporter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deltagande' })).toBeVisible();
    // A wrong period is explained, and the report still shows.
    await page.getByLabel('Från och med').fill('2026-12-31');
    await page.getByLabel('Till och med').fill('2026-01-01');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page.getByRole('alert')).toContainText('ÅÅÅÅ-MM-DD');
    await expect(page.getByRole('table', { name: 'Språk' })).toBeVisible();

    await page.goto(`/sv/staff/reports/${CLOSED}`);
    await expect(page.getByRole('img', { name: /Språk/ })).toBeVisible();
    const [publicExport] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner den öppna exporten' }).click(),
    ]);
    expect(publicExport.suggestedFilename()).toBe(`${CLOSED}-views-public.csv`);
    const csv = fs.readFileSync((await publicExport.path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain('id;date;language;name;q1: ');

    // The full export needs a reason; then it downloads and the log says who and why.
    const full = page.getByRole('button', { name: 'Ladda ner den fullständiga exporten' });
    await full.click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Varför exporterar du?').fill('Begäran om allmän handling, dnr 2026/77');
    await page.getByLabel('JSON').last().check();
    const [fullExport] = await Promise.all([page.waitForEvent('download'), full.click()]);
    expect(fullExport.suggestedFilename()).toBe(`${CLOSED}-views-full.json`);
    const doc = JSON.parse(fs.readFileSync((await fullExport.path())!, 'utf8'));
    expect(doc.export).toBe('full');
    expect(doc.views.length).toBeGreaterThan(0);
    await page.goto('/sv/staff/audit?action=export-full');
    await expect(page.getByText('dnr 2026/77')).toBeVisible();
  });

  test('a closed dialogue tells everyone who took part, small groups protected', async ({ page }) => {
    await page.goto(`/sv/dialogues/${CLOSED}`);
    const section = page.getByRole('region', { name: 'Vilka som deltog' });
    await expect(section).toBeVisible();
    await expect(section.getByRole('table', { name: 'Språk' })).toBeVisible();
    await expect(section.getByText('färre än 5').first()).toBeVisible();
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('a report does not scroll sideways', async ({ page }) => {
    await signIn(page, ADMIN, 'sma');
    await page.goto(`/sma/staff/reports/${CLOSED}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
