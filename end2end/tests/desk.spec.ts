// The moderator's desk: axe at a desk's screen and a phone's in every language, one-action
// redaction of a highlighted number, and two moderators deciding the same view (the second is
// told who was first), all without JavaScript.
import { test, expect, Page, APIRequestContext } from '@playwright/test';
import { ADMIN, MODERATOR } from '../playwright.config';
import { LANGS, axeViolations, signIn } from './fixtures';

// A dialogue no other spec sends views to; each test narrows the queue to it, so the queue's
// pages (25 views each, oldest first) never hide what the test sent.
const SLUG = 'unga-bestammer-pa-fritidsgarden-i-hasselby-gard';
const QUEUE = `/staff/moderation?dialogue=${SLUG}`;

/** A view sent through the resident's plain form; returns nothing, the queue shows it. */
async function send(request: APIRequestContext, text: string) {
  const page = await request.get(`/sv/dialogues/${SLUG}`);
  const question = /name="(answer-\d+)"/.exec(await page.text())![1];
  const res = await request.post(`/sv/dialogues/${SLUG}`, {
    form: { [question]: text, consent: 'yes', key: `desk-${text}-${Date.now()}` },
    maxRedirects: 0,
  });
  expect([200, 303]).toContain(res.status());
}

function item(page: Page, text: string) {
  return page.locator('section[aria-labelledby="section-pending"] li.pending', { hasText: text });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a highlighted phone number is redacted with one action, and the next view is in front', async ({ page, request }) => {
    await send(request, 'Skrivbord ett: ring 070-444 12 12 om caféet.');
    await send(request, 'Skrivbord två: fler böcker.');
    await signIn(page, MODERATOR);
    await page.goto(`/sv${QUEUE}`);
    const first = item(page, 'Skrivbord ett');
    await expect(first.locator('mark.personal')).toContainText('[Telefonnummer]');
    await first.getByRole('button', { name: /Maska \u2068?Telefonnummer\u2069?: \u2068?070-444 12 12/ }).click();
    await expect(page.getByRole('status')).toContainText('maskad');
    expect(new URL(page.url()).hash).toMatch(/^#pending-\d+$/);
    await expect(item(page, 'Skrivbord ett').getByRole('button', { name: /Maska Telefonnummer/ })).toHaveCount(0);
    await expect(item(page, 'Skrivbord ett')).toContainText('Så här visas texten för allmänheten');
  });

  test('two moderators decide the same view: the second is told who was first', async ({ browser, request }) => {
    await send(request, 'Skrivbord tre: en boule-bana.');
    const one = await browser.newPage({ javaScriptEnabled: false });
    const two = await browser.newPage({ javaScriptEnabled: false });
    await signIn(one, MODERATOR);
    await signIn(two, ADMIN);
    await one.goto(`/sv${QUEUE}`);
    await two.goto(`/sv${QUEUE}`);
    await item(one, 'Skrivbord tre').getByRole('button', { name: 'Godkänn', exact: true }).click();
    await expect(one.getByRole('status')).toContainText('godkänd');
    const stale = item(two, 'Skrivbord tre');
    await stale.getByLabel('Skäl att avvisa').selectOption('spam');
    await stale.getByRole('button', { name: 'Avvisa', exact: true }).click();
    await expect(two.locator('main')).toContainText(new RegExp(`Beslutet togs av \u2068?${MODERATOR}`));
    await one.close();
    await two.close();
  });
});

for (const [name, viewport] of [['desk', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  test.describe(`at a ${name}'s screen`, () => {
    test.use({ viewport });
    for (const lang of LANGS) {
      test(`the moderation queue has no axe violations (${lang})`, async ({ page, request }) => {
        await send(request, `Skrivbord axe ${lang}: mejla kim@example.se`);
        await signIn(page, MODERATOR, lang);
        await page.goto(`/${lang}${QUEUE}`);
        await expect(page.locator('li.pending').first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('li.pending details.more summary').first().click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the moderation queue does not scroll sideways', async ({ page }) => {
    await signIn(page, MODERATOR, 'smj');
    await page.goto('/smj/staff/moderation');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
