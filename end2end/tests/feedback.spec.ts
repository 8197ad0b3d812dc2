import { test, expect } from '@playwright/test';
import { EDITOR } from '../playwright.config';
import { LANGS, expectNoAxeViolations, mailTo, signIn } from './fixtures';

// Open, with Finnish texts, and used by no other spec: its feedback changes its page.
const SLUG = 'finsksprakiga-aktiviteter-pa-vallingby-bibliotek';
const RESIDENT = 'aino.e2e@example.fi';

test('a resident asks for the outcome, confirms by mail, and gets the feedback in Finnish; the unsubscribe link works', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // The Finnish page, with JavaScript: the island sends the view and the address.
  await page.goto(`/fi/dialogues/${SLUG}`);
  await expect(page.locator('form.view-form[data-live]')).toBeAttached();
  await page.locator('form.view-form textarea').first().fill('Lisää lukupiirejä, kiitos.');
  await page.locator('form.view-form input[name=notify]').fill(RESIDENT);
  await page.locator('form.view-form button[type=submit]').click();
  await expect(page.locator('#view-form-sent')).toBeVisible();

  // The confirmation mail, in Finnish; its link opens a page with one button.
  const confirmation = await mailTo(RESIDENT, '/fi/outcome/confirm/');
  expect(confirmation.header('Content-Language')).toBe('fi');
  const confirm = confirmation.links.find((l) => l.includes('/outcome/confirm/'))!;
  // axe needs pages of a context of their own.
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await resident.goto(confirm);
  await expect(resident.locator('html')).toHaveAttribute('lang', 'fi');
  await expectNoAxeViolations(resident);
  await resident.getByRole('button').click();
  await expect(resident.getByRole('status')).toBeVisible();
  await expectNoAxeViolations(resident);

  // An editor writes the feedback in Swedish and Finnish and publishes it.
  await signIn(page, EDITOR);
  await page.goto(`/sv/staff/dialogues/${SLUG}/feedback`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Det här hörde vi (sammanfattning)').fill('Många vill ha fler läsecirklar.');
  await page.getByLabel('Det här beslutades, eller kommer att beslutas').fill('Biblioteket startar två nya läsecirklar.');
  await page.getByLabel('Så händer nu, och när').fill('Den första börjar i januari.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Återkopplingen är sparad');
  await page.goto(`/sv/staff/dialogues/${SLUG}/feedback?text=fi`);
  await page.getByLabel('Det här hörde vi (sammanfattning)').fill('Moni toivoo lisää lukupiirejä.');
  await page.getByLabel('Det här beslutades, eller kommer att beslutas').fill('Kirjasto aloittaa kaksi uutta lukupiiriä.');
  await page.getByLabel('Så händer nu, och när').fill('Ensimmäinen alkaa tammikuussa.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('button', { name: 'Publicera återkopplingen' }).click();
  // Meänkieli and the Sami languages are missing: named, and confirmed.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publicera återkopplingen utan alla språk?');
  await expectNoAxeViolations(page);
  await page.getByLabel('Jag vill publicera återkopplingen ändå, utan de språk som saknas').check();
  // The addresses are kept for a possible update, so the unsubscribe link below has one to end.
  await page.getByLabel(/Spara adresserna i högst 30 dagar/).check();
  await page.getByRole('button', { name: 'Publicera återkopplingen' }).click();
  await expect(page.getByRole('status')).toContainText('Återkopplingen är publicerad');

  // The outcome reaches the resident in Finnish, with a one-click unsubscribe.
  const outcome = await mailTo(RESIDENT, 'Moni toivoo lisää lukupiirejä.');
  expect(outcome.header('Content-Language')).toBe('fi');
  expect(outcome.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  await resident.goto(`/fi/dialogues/${SLUG}`);
  await expect(resident.getByRole('heading', { name: 'Näin kävi' })).toBeVisible();
  await expectNoAxeViolations(resident);

  // The unsubscribe link works without signing in, and then no longer works.
  const unsubscribe = outcome.links.find((l) => l.includes('/outcome/unsubscribe/'))!;
  const fresh = await browser.newContext();
  const visitor = await fresh.newPage();
  expect((await visitor.goto(unsubscribe))?.status()).toBe(200);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'fi');
  await expectNoAxeViolations(visitor);
  await visitor.getByRole('button').click();
  await expect(visitor.getByRole('status')).toBeVisible();
  expect((await visitor.goto(unsubscribe))?.status()).toBe(404);
  await fresh.close();

  // The page leads with the feedback in every language (the Swedish, marked, where it is
  // not translated), and axe finds nothing, before and after hydration.
  for (const lang of LANGS) {
    await resident.goto(`/${lang}/dialogues/${SLUG}`);
    await expect(resident.locator('#feedback-heading')).toBeVisible();
    await resident.waitForLoadState('networkidle');
    await expectNoAxeViolations(resident);
  }
  await residentContext.close();
});
