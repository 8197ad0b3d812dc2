import { test, expect } from '@playwright/test';
import { EDITOR, TRANSLATOR } from '../playwright.config';
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

  test('a Swedish reader switches to easy-to-read Swedish and back; an editor writes it beside the standard text', async ({ page, browser }) => {
    await page.goto('/sv/dialogues/ny-lekplats-i-grimstaskogen');
    await page.getByRole('link', { name: 'Läs på lättläst svenska' }).click();
    await expect(page).toHaveURL('/sv/dialogues/ny-lekplats-i-grimstaskogen/lattlast');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi bygger en ny lekplats vid Grimstaskogen');
    // Residents can take part from the easy page too.
    await expect(page.locator('form.view-form')).toBeVisible();
    // Another language leads to its standard page: easy Swedish is Swedish only.
    await expect(page.getByRole('link', { name: 'Suomi' })).toHaveAttribute('href', '/fi/dialogues/ny-lekplats-i-grimstaskogen');
    await page.getByRole('link', { name: 'Läs på vanlig svenska' }).click();
    await expect(page).toHaveURL('/sv/dialogues/ny-lekplats-i-grimstaskogen');

    const editor = await browser.newPage();
    await signIn(editor, EDITOR);
    await editor.goto('/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/edit');
    const row = editor.locator('.language-panel').getByRole('row', { name: /Lättläst svenska/ });
    await expect(row).toContainText('Finns');
    await row.getByRole('link').click();
    await expect(editor.getByLabel('Rubrik', { exact: true })).toHaveValue('Vi bygger en ny lekplats vid Grimstaskogen');
    await editor.getByLabel('Rubrik', { exact: true }).fill('Vi bygger en ny lekplats i Grimsta');
    await editor.getByRole('button', { name: 'Spara den lättlästa versionen' }).click();
    await expect(editor.getByRole('status')).toHaveText('Den lättlästa versionen är sparad.');
    await page.goto('/sv/dialogues/ny-lekplats-i-grimstaskogen/lattlast');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi bygger en ny lekplats i Grimsta');
  });
});

test('a translator translates the feedback beside the Swedish, and the decision stays as written', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const slug = 'sakrare-att-cykla-och-ga-i-hasselby-strand';
  const editor = await browser.newPage();
  await signIn(editor, EDITOR);
  await editor.goto(`/sv/staff/dialogues/${slug}/feedback`);
  await editor.getByLabel('Det här hörde vi (sammanfattning)').fill('Många vill ha säkrare övergångsställen.');
  await editor.getByLabel('Det här beslutades, eller kommer att beslutas').fill('Vi bygger två nya övergångsställen.');
  await editor.getByLabel('Så händer nu, och när').fill('Arbetet börjar i april.');
  await editor.getByRole('button', { name: 'Spara' }).click();
  await expect(editor.getByRole('status')).toContainText('Återkopplingen är sparad');

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, TRANSLATOR);
  // Other specs leave feedback elsewhere: this dialogue's item, in Finnish.
  const title = 'Säkrare att cykla och gå i Hässelby strand';
  const items = () => page.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'Suomi' });
  await items().filter({ hasText: 'Återkoppling: Saknas' }).getByRole('link').click();
  const form = page.getByRole('form', { name: 'Återkoppling' });
  await expect(form).toContainText('Många vill ha säkrare övergångsställen.');
  await expectNoAxeViolations(page);
  await form.getByLabel('Det här hörde vi (sammanfattning)').fill('Moni haluaa turvallisempia suojateitä.');
  await form.getByLabel('Det här beslutades, eller kommer att beslutas').fill('Rakennamme kaksi uutta suojatietä.');
  await form.getByLabel('Så händer nu, och när').fill('Työt alkavat huhtikuussa.');
  await form.getByLabel('Texterna på det här språket är granskade av någon som har språket som modersmål').check();
  await form.getByRole('button', { name: 'Spara översättningen' }).click();
  await expect(page.getByRole('status')).toHaveText('Översättningen är sparad.');
  await expect(items().filter({ hasText: 'Återkoppling' })).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`the easy Swedish editor page has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, EDITOR, lang);
    await page.goto(`/${lang}/staff/dialogues/ny-lekplats-i-grimstaskogen/lattlast`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

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
