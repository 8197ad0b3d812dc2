// What every spec shares: the languages, the axe check, signing in, sending a view.
import { expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { STAFF_PASSWORD } from '../playwright.config';

/** The portal's seven languages, in its own order. */
export const LANGS = ['sv', 'fi', 'fit', 'se', 'smj', 'sma', 'en'];

/** Each language named in itself, as the language switcher shows it. */
export const NAMES: Record<string, string> = {
  sv: 'Svenska', fi: 'Suomi', fit: 'Meänkieli', se: 'Davvisámegiella',
  smj: 'Julevsámegiella', sma: 'Åarjelsaemien gïele', en: 'English',
};

/** WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe's violations on the page as it is now, each with the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Signs a staff member in through the sign-in form, in `lang`. */
export async function signIn(page: Page, email: string, lang = 'sv') {
  await page.goto(`/${lang}/staff/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form.login-form button').click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/staff/`));
}

/** Sends a view with publishing allowed (Swedish page) and returns its reference number. */
export async function sendView(page: Page, dialoguePath: string, text: string): Promise<string> {
  await page.goto(dialoguePath);
  await page.locator('form.view-form textarea').first().fill(text);
  await page.getByLabel('Synpunkten får publiceras på den här sidan').check();
  await page.locator('form.view-form button[type=submit]').click();
  const reference = page.locator('#view-form-sent-reference, dd.reference');
  await expect(reference).toContainText(/HV-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  return ((await reference.textContent()) ?? '').match(/HV-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];
}
