import { test, expect } from '@playwright/test';
import { ADMIN, EDITOR } from '../playwright.config';
import { LANGS, expectNoAxeViolations, signIn } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor writes a dialogue in Swedish, is told what is missing, publishes with confirmation, and a resident sees it', async ({ page, browser }) => {
    await signIn(page, EDITOR);
    await expect(page).toHaveURL(/\/sv\/staff\/dialogues$/);
    await page.getByRole('link', { name: 'Ny dialog' }).click();

    await page.getByLabel('Rubrik', { exact: true }).fill('Nya bänkar längs Grimstaskogen');
    await page.getByLabel('Sammanfattning (visas i listan över dialoger)').fill('Var vill du kunna vila under promenaden?');
    await page.getByLabel('Beskrivning', { exact: true }).fill('Vi ställer ut tolv nya bänkar längs stigarna i vår.');
    await page.getByLabel('Ny fråga (lämna tomt om du inte vill lägga till någon)').fill('Var saknar du en bänk?');
    await page.getByLabel('Plats', { exact: true }).selectOption('grimsta');
    await page.getByLabel('Delaktighetsnivå', { exact: true }).selectOption('consultation');
    await page.getByRole('group', { name: 'Målgrupper' }).getByLabel('Alla invånare').check();
    await page.getByRole('group', { name: 'Teman' }).getByLabel('Parker och grönområden').check();
    await page.getByLabel('Öppnar', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Kontaktperson', { exact: true }).fill('Kim Berg');
    await page.getByLabel('Kontaktpersonens e-post').fill('kim.berg@example.stockholm.se');
    // A mistake first: the form comes back with the problem named and nothing lost.
    await page.getByLabel('Stänger', { exact: true }).fill('2025-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('alert')).toContainText('Stängningsdatumet kan inte vara före öppningsdatumet');
    await expect(page.getByLabel('Beskrivning', { exact: true })).toHaveValue('Vi ställer ut tolv nya bänkar längs stigarna i vår.');

    await page.getByLabel('Stänger', { exact: true }).fill('2099-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status')).toContainText('Dialogen är skapad som utkast');

    const panel = page.locator('.language-panel');
    await expect(panel.getByRole('row', { name: /Suomi/ })).toContainText('Saknas');
    await expect(panel.getByRole('row', { name: /Svenska/ })).toContainText('Utkast');

    await page.getByRole('button', { name: 'Publicera' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publicera utan alla språk?');
    for (const name of ['Suomi', 'Meänkieli', 'Davvisámegiella', 'Julevsámegiella', 'Åarjelsaemien gïele']) {
      await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: `${name} – ` })).toContainText('Saknas');
    }
    await page.getByRole('button', { name: 'Publicera ändå' }).click();
    await expect(page.getByText('Kryssa i rutan för att bekräfta')).toBeVisible();
    await page.getByLabel('Jag vill publicera dialogen ändå, utan de språk som saknas').check();
    await page.getByRole('button', { name: 'Publicera ändå' }).click();
    await expect(page.getByRole('status')).toContainText('Dialogen är publicerad');

    const resident = await browser.newPage();
    await resident.goto('/sv');
    await resident.getByRole('link', { name: 'Nya bänkar längs Grimstaskogen' }).click();
    await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Nya bänkar längs Grimstaskogen');
    await expect(resident.getByLabel('Var saknar du en bänk?')).toBeVisible();
    await resident.close();
  });
});

// Every staff page, in every language, as an administrator (who may open them all).
const SLUG = 'ny-lekplats-i-grimstaskogen';
const PAGES = [
  '/staff',
  '/staff/moderation',
  '/staff/enter',
  `/staff/enter?dialogue=${SLUG}`,
  '/staff/dialogues',
  '/staff/dialogues/new',
  `/staff/dialogues/${SLUG}/edit`,
  `/staff/dialogues/${SLUG}/edit?text=sma`,
  `/staff/dialogues/${SLUG}/publish`,
  `/staff/dialogues/${SLUG}/preview`,
  `/staff/dialogues/${SLUG}/history`,
  `/staff/dialogues/${SLUG}/feedback`,
  `/staff/dialogues/${SLUG}/feedback?text=sma`,
  `/staff/dialogues/${SLUG}/feedback/publish`,
  `/staff/dialogues/${SLUG}/letters`,
  `/staff/dialogues/${SLUG}/letter`,
  '/staff/accounts',
  '/staff/audit',
];

for (const lang of LANGS) {
  test(`every staff page has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, ADMIN, lang);
    for (const path of PAGES) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoAxeViolations(page);
    }
    // A refused editor form, with its error summary and a message at each field.
    await page.goto(`/${lang}/staff/dialogues/new`);
    await page.locator('form.editor-form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    // The publish confirmation after a refusal (the box not ticked).
    await page.goto(`/${lang}/staff/dialogues/${SLUG}/publish?error=required`);
    await expectNoAxeViolations(page);
  });
}
