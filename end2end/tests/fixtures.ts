// What every spec shares: the languages, the axe check, signing in, sending a view.
import * as fs from 'fs';
import * as path from 'path';
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

/** Where the test SMTP server (aiosmtpd, started by playwright.config.ts) keeps what it gets. */
export const MAILDIR = path.resolve(__dirname, '../../target/e2e/mail/new');

/** A mail as the SMTP server received it. */
export interface Mail {
  to: string;
  header(name: string): string | undefined;
  text: string;
  links: string[];
}

function decodePart(raw: string, type: string): string {
  const start = raw.indexOf(`Content-Type: ${type}`);
  if (start < 0) return '';
  const part = raw.slice(start);
  const split = part.indexOf('\r\n\r\n') >= 0 ? part.indexOf('\r\n\r\n') : part.indexOf('\n\n');
  const head = part.slice(0, split);
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  let body = part.slice(split).replace(/^\s+/, '');
  if (boundary) body = body.split(`--${boundary}`)[0];
  if (/quoted-printable/i.test(head)) {
    const bytes: number[] = [];
    const soft = body.replace(/=\r?\n/g, '');
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(soft[i], 'utf8'));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
  if (/base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

function parseMail(raw: string): Mail {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) =>
    head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();
  const text = decodePart(raw, 'text/plain');
  return { to: header('To') ?? '', header, text, links: text.match(/https?:\/\/\S+/g) ?? [] };
}

/** Waits for a mail to `to` whose text contains `containing`, and returns it. */
export async function mailTo(to: string, containing: string | RegExp): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const files = fs.existsSync(MAILDIR) ? fs.readdirSync(MAILDIR) : [];
    for (const file of files) {
      const mail = parseMail(fs.readFileSync(path.join(MAILDIR, file), 'utf8'));
      const matches = typeof containing === 'string' ? mail.text.includes(containing) : containing.test(mail.text);
      if (mail.to.includes(to) && matches) return mail;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} containing ${containing}`);
}
