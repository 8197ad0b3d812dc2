// Beyond the screen: posters with QR codes read back by a decoder that is not ours (zbarimg),
// printed to PDF on one A4 page; paper forms whose code finds the dialogue on the entry page;
// meetings announced and cancelled without JavaScript; axe on every new page in every
// language, at a phone viewport and in print.
import { execFileSync } from 'child_process';
import { test, expect, Page } from '@playwright/test';
import { EDITOR, MODERATOR } from '../playwright.config';
import { LANGS, axeViolations, signIn } from './fixtures';

const SLUG = 'ny-lekplats-i-grimstaskogen';
/** 18:00–19:30, with or without Fluent's isolation marks around each time. */
const HOURS = /18:00\u2069?–\u2068?19:30/;

const PUBLIC = [
  '/{lang}/meetings',
  `/{lang}/dialogues/${SLUG}/poster`,
  `/{lang}/dialogues/${SLUG}/poster?langs=sv&langs=fi&langs=se&langs=en`,
  `/{lang}/dialogues/${SLUG}/paper`,
];

/** axe on the page on screen and as printed. */
async function expectCleanOnScreenAndInPrint(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
}

for (const lang of LANGS) {
  for (const template of PUBLIC) {
    const path = template.replace('{lang}', lang);
    test(`${path} has no axe violations, without and with scripts, on screen and in print`, async ({ page }) => {
      await page.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
      await page.goto(path);
      await expectCleanOnScreenAndInPrint(page);
      await page.unroute(/\/pkg\/.*\.(js|wasm)$/);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectCleanOnScreenAndInPrint(page);
    });
  }

  test(`the poster prints on one A4 page (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/dialogues/${SLUG}/poster`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    // A4 is 595 x 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.?\d* 84[12]\.?\d*\s*\]/);
  });

  test(`the staff's meeting and print pages have no axe violations (${lang})`, async ({ page }) => {
    await signIn(page, EDITOR, lang);
    for (const path of [`/${lang}/staff/dialogues/${SLUG}/meetings`, `/${lang}/staff/dialogues/${SLUG}/print`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expectCleanOnScreenAndInPrint(page);
    }
    await page.goto(`/${lang}/staff/dialogues/${SLUG}/meetings`);
    // The last meeting: the first is cancelled, and a cancelled meeting takes no changes.
    await page.locator('table a').last().click();
    await expect(page.locator('form.editor-form')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const lang of ['fi', 'se', 'sv']) {
  test(`the poster's QR code, read by zbarimg, leads to the dialogue in ${lang}`, async ({ page }, info) => {
    await page.goto(`/${lang}/dialogues/${SLUG}/poster`);
    const shown = (await page.locator('.poster-url').first().textContent())!.trim();
    expect(shown).toMatch(new RegExp(`/d/[2-9A-Z]{5}/${lang}$`));
    const file = info.outputPath(`qr-${lang}.png`);
    await page.locator('.qr').first().screenshot({ path: file });
    const decoded = execFileSync('zbarimg', ['--raw', '-q', file]).toString().trim();
    expect(decoded).toBe(shown);
    await page.goto(decoded);
    await expect(page).toHaveURL(new RegExp(`/${lang}/dialogues/${SLUG}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor announces a meeting, residents see it, and cancelling marks it everywhere', async ({ page, browser }) => {
    await signIn(page, EDITOR);
    await page.goto(`/sv/staff/dialogues/${SLUG}/meetings`);
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Datum (ÅÅÅÅ-MM-DD)').fill(day);
    await page.getByLabel('Börjar (TT:MM)').fill('18:00');
    await page.getByLabel('Slutar (TT:MM)').fill('17:00');
    await page.getByLabel('Område', { exact: true }).selectOption('grimsta');
    await page.getByLabel('Lokal', { exact: true }).fill('Grimsta fritidsgård');
    await page.getByLabel('Adress', { exact: true }).fill('Grimstagatan 7');
    await page.getByLabel('Kontakt', { exact: true }).fill('Sara Lind');
    await page.getByRole('button', { name: 'Lägg till mötet' }).click();
    // Refused at the field, everything kept.
    await expect(page.locator('.error-summary')).toContainText('Sluttiden måste vara efter starttiden');
    await expect(page.getByLabel('Lokal', { exact: true })).toHaveValue('Grimsta fritidsgård');
    await page.getByLabel('Slutar (TT:MM)').fill('19:30');
    await page.getByRole('button', { name: 'Lägg till mötet' }).click();
    await expect(page.getByRole('status')).toContainText('Mötet är sparat');

    const resident = await browser.newPage({ javaScriptEnabled: false });
    await resident.goto(`/sv/dialogues/${SLUG}`);
    const meeting = resident.locator('.meeting', { hasText: 'Grimsta fritidsgård' });
    await expect(meeting).toContainText(HOURS);
    const ics = await resident.request.get(await meeting.getByRole('link', { name: /kalender/ }).getAttribute('href') ?? '');
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('STATUS:CONFIRMED');

    await page.getByRole('link', { name: HOURS }).click();
    await page.getByRole('button', { name: 'Ställ in mötet' }).click();
    await expect(page.getByRole('status')).toContainText('Mötet är inställt');
    await resident.reload();
    await expect(resident.locator('.meeting', { hasText: 'Grimsta fritidsgård' })).toContainText('Mötet är inställt');
    const cancelled = await resident.request.get(await meeting.getByRole('link', { name: /kalender/ }).getAttribute('href') ?? '');
    expect(await cancelled.text()).toContain('STATUS:CANCELLED');
    await resident.close();
  });

  test("a paper form's code finds its dialogue on the entry page, and a meeting's views name it", async ({ page, browser }) => {
    const reader = await browser.newPage({ javaScriptEnabled: false });
    await reader.goto(`/sv/dialogues/${SLUG}/paper`);
    const line = (await reader.locator('.paper-code').first().textContent()) ?? '';
    const code = line.replace(/[\u2068\u2069]/g, '').replace(/^.*:\s*/, '').trim();
    expect(code).toMatch(/^[2-9A-Z]{5}$/);
    await reader.close();

    await signIn(page, MODERATOR);
    await page.goto('/sv/staff/enter');
    await page.getByLabel('Kod från pappersblanketten').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Hitta dialogen' }).click();
    await expect(page.locator('main h2').first()).toContainText('lekplats');
    await page.getByLabel('Hur kom synpunkten in?').selectOption('meeting');
    const option = page.locator('select#meeting option', { hasText: 'Lekplatsen vid Grimstaskogen' });
    await page.getByLabel('Vilket möte?').selectOption((await option.getAttribute('value')) ?? '');
    await page.locator('main form textarea').first().fill('Sagt på mötet: fler gungor.');
    await page.getByRole('button', { name: 'Registrera synpunkten' }).click();
    await expect(page.getByRole('status')).toContainText('referensnummer');
  });
});
