import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN } from '../playwright.config';
import { LANGS, signIn } from './fixtures';

// Every kind of page, as the server sends it, checked by the Nu Html Checker (vnu-jar, the
// W3C's validator): valid HTML is what assistive technology and every browser can rely on.

const VNU = path.resolve(__dirname, '../node_modules/vnu-jar/build/dist/vnu.jar');

// The one message accepted: leptos marks where hydration resumes with empty comments `<!>`,
// which the HTML syntax calls bogus comments; browsers parse them as comments.
const ACCEPTED = [/^Bogus comment\.?$/];

const PUBLIC_PAGES = [
  '/{lang}',
  '/{lang}?group=children&status=open',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen/lattlast',
  '/{lang}/dialogues/sakrare-att-cykla-och-ga-i-hasselby-strand',
  '/{lang}/accessibility',
  '/{lang}/open-data',
  '/{lang}/no-such-page',
  '/{lang}/staff/login',
  '/{lang}/meetings',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen/poster',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen/poster?langs=sv&langs=fi',
  '/{lang}/dialogues/ny-lekplats-i-grimstaskogen/paper',
  '/{lang}/budgets',
  '/{lang}/budgets/medborgarbudget-2027',
  '/{lang}/budgets/medborgarbudget-2027/children',
  '/{lang}/budgets/medborgarbudget-2026',
];

const STAFF_PAGES = [
  '/sv/staff',
  '/sv/staff/budgets',
  '/sv/staff/budgets/new',
  '/sv/staff/budgets/medborgarbudget-2027/edit',
  '/sv/staff/budgets/medborgarbudget-2027/codes',
  '/sv/staff/budgets/medborgarbudget-2027/stations',
  '/sv/staff/budgets/medborgarbudget-2027/children',
  '/sv/staff/budgets/medborgarbudget-2027/paper',
  '/sv/staff/budgets/medborgarbudget-2027/certify',
  '/sv/staff/budgets/medborgarbudget-2027/proposals',
  '/sv/staff/budgets/medborgarbudget-2026/follow-up',
  '/sv/staff/moderation',
  '/sv/staff/dialogues',
  '/sv/staff/dialogues/new',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/edit',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/history',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/preview',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/feedback',
  '/sv/staff/reports',
  '/sv/staff/reports/ny-lekplats-i-grimstaskogen',
  '/sv/staff/accounts',
  '/sv/staff/audit',
  '/sv/staff/enter',
  '/sv/staff/translations',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/lattlast',
  '/sv/staff/translations/ny-lekplats-i-grimstaskogen/fi',
  '/sv/staff/enter?dialogue=ny-lekplats-i-grimstaskogen',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/meetings',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/print',
];

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
  extract?: string;
}

test('every kind of page is valid HTML to the Nu Html Checker', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-vnu-'));
  const files: Record<string, string> = {};
  const save = async (url: string) => {
    const answer = await page.request.get(url);
    const file = path.join(dir, `${Object.keys(files).length}.html`);
    writeFileSync(file, await answer.text());
    files[`file:${file}`] = url;
  };
  for (const lang of LANGS) {
    for (const template of PUBLIC_PAGES) await save(template.replace('{lang}', lang));
  }
  await signIn(page, ADMIN);
  for (const url of STAFF_PAGES) await save(url);

  // --no-langdetect: the checker's language guesser knows neither Meänkieli nor the Sami
  // languages, and takes them for Finnish or Estonian; each page's `lang` is set by the portal.
  const out = execFileSync(
    'java',
    ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', '--no-langdetect', ...Object.keys(files).map((f) => f.slice(5))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const messages: VnuMessage[] = JSON.parse(out).messages;
  const problems = messages
    .filter((m) => m.type === 'error' || m.subType === 'warning')
    .filter((m) => !ACCEPTED.some((accepted) => accepted.test(m.message)))
    .map((m) => `${files[m.url] ?? m.url}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`);
  expect(Object.keys(files).length).toBe(LANGS.length * PUBLIC_PAGES.length + STAFF_PAGES.length);
  expect(problems).toEqual([]);
});
