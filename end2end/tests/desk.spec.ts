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

// With JavaScript the desk's own module (desk/, loaded only here) sends decisions without a
// reload and adds single-key shortcuts; everything above works without it.
test.describe('with JavaScript', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  /** The queue, once the desk's module has started (it shows the shortcuts' panel). */
  async function openDesk(page: Page) {
    await signIn(page, MODERATOR);
    await page.goto(`/sv${QUEUE}`);
    await expect(page.locator('#desk-keys')).toBeVisible();
    // Set on this document: a reload would lose it.
    await page.evaluate(() => { (window as any).sameDocument = true; });
  }

  async function idAfter(page: Page, text: string) {
    return item(page, text).locator('xpath=following-sibling::li[1]').getAttribute('id');
  }

  test('a decision moves on to the next view without a reload', async ({ page, request }) => {
    await send(request, 'Skrivbord JS ett: en parkbänk.');
    await send(request, 'Skrivbord JS två: en lekplats.');
    await openDesk(page);
    const next = await idAfter(page, 'Skrivbord JS ett');
    await item(page, 'Skrivbord JS ett').getByRole('button', { name: 'Godkänn', exact: true }).click();
    await expect(page.locator('#desk-live')).toContainText('godkänd');
    await expect(item(page, 'Skrivbord JS ett')).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('id', next!);
    expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
    // The address is the queue's, so a reload keeps the moderator's place.
    expect(page.url()).toContain(`dialogue=${SLUG}`);
  });

  test('single-key shortcuts: next, previous, redact, approve, reject; off when turned off', async ({ page, request }) => {
    await send(request, 'Skrivbord tangent ett: ring 070-555 16 16.');
    await send(request, 'Skrivbord tangent två: fler träd.');
    await send(request, 'Skrivbord tangent tre: köp billiga klockor.');
    await openDesk(page);
    const one = item(page, 'Skrivbord tangent ett');
    const two = await idAfter(page, 'Skrivbord tangent ett');
    await one.focus();
    await page.keyboard.press('j');
    await expect(page.locator(':focus')).toHaveAttribute('id', two!);
    await expect(page.locator('#desk-live')).toContainText(/Synpunkt \u2068?\d+\u2069? av/);
    await page.keyboard.press('k');
    await expect(one).toBeFocused();
    // M redacts the highlighted number, in place.
    await page.keyboard.press('m');
    await expect(page.locator('#desk-live')).toContainText('maskad');
    await expect(item(page, 'Skrivbord tangent ett').getByRole('button', { name: /Maska Telefonnummer/ })).toHaveCount(0);
    await expect(item(page, 'Skrivbord tangent ett')).toContainText('Så här visas texten för allmänheten');
    // A approves the view the focus is in.
    await item(page, 'Skrivbord tangent ett').focus();
    await page.keyboard.press('a');
    await expect(page.locator('#desk-live')).toContainText('godkänd');
    await expect(item(page, 'Skrivbord tangent ett')).toHaveCount(0);
    // R rejects with the reason chosen in the view.
    const three = item(page, 'Skrivbord tangent tre');
    await three.getByLabel('Skäl att avvisa').selectOption('spam');
    await three.focus();
    await page.keyboard.press('r');
    await expect(page.locator('#desk-live')).toContainText('avvisad');
    await expect(item(page, 'Skrivbord tangent tre')).toHaveCount(0);
    // Outside the queue, or typing in a field, a letter is a letter.
    await page.getByRole('link', { name: 'Granska synpunkter' }).first().focus();
    await page.keyboard.press('a');
    await expect(item(page, 'Skrivbord tangent två')).toHaveCount(1);
    // Turned off, the keys do nothing, and stay off on the next visit.
    await page.locator('#desk-keys summary').click();
    await page.getByLabel('Använd kortkommandon').uncheck();
    await item(page, 'Skrivbord tangent två').focus();
    await page.keyboard.press('a');
    await page.waitForTimeout(300);
    await expect(item(page, 'Skrivbord tangent två')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('#desk-keys')).toBeVisible();
    await expect(page.getByLabel('Använd kortkommandon')).not.toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a moderator who was too late sees who decided, above the fresh queue', async ({ browser, request }) => {
    await send(request, 'Skrivbord JS sen: en boulebana till.');
    const one = await browser.newPage({ javaScriptEnabled: false });
    const two = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(one, MODERATOR);
    await openDesk(two);
    await one.goto(`/sv${QUEUE}`);
    await item(one, 'Skrivbord JS sen').getByRole('button', { name: 'Godkänn', exact: true }).click();
    await item(two, 'Skrivbord JS sen').getByRole('button', { name: 'Godkänn', exact: true }).click();
    await expect(two.locator('main .notice.error')).toContainText(new RegExp(`Beslutet togs av \u2068?${MODERATOR}`));
    await expect(two.locator('#desk-live')).toContainText('Beslutet togs av');
    await expect(item(two, 'Skrivbord JS sen')).toHaveCount(0);
    expect(await two.evaluate(() => (window as any).sameDocument)).toBe(true);
    await one.close();
    await two.close();
  });

  test("the desk's module loads on the moderation page only", async ({ page }) => {
    const desk: string[] = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/desk/')) desk.push(r.url()); });
    await page.goto(`/sv/dialogues/${SLUG}`);
    await page.waitForLoadState('networkidle');
    expect(desk).toEqual([]);
    await openDesk(page);
    expect(desk.some((u) => u.endsWith('.wasm'))).toBe(true);
  });
});

// Every staff page, as an administrator (who may open them all), at a desk's screen and a
// phone's, in every language, with the page's scripts running.
const D = 'ny-lekplats-i-grimstaskogen';
const STAFF_PAGES = [
  '/staff',
  '/staff/accounts',
  '/staff/moderation',
  '/staff/audit',
  '/staff/enter',
  `/staff/enter?dialogue=${D}`,
  '/staff/dialogues',
  '/staff/dialogues/new',
  `/staff/dialogues/${D}/edit`,
  `/staff/dialogues/${D}/publish`,
  `/staff/dialogues/${D}/preview`,
  `/staff/dialogues/${D}/history`,
  `/staff/dialogues/${D}/lattlast`,
  `/staff/dialogues/${D}/meetings`,
  'MEETING',
  `/staff/dialogues/${D}/print`,
  `/staff/dialogues/${D}/feedback`,
  `/staff/dialogues/${D}/feedback/publish`,
  `/staff/dialogues/${D}/letters`,
  `/staff/dialogues/${D}/letter`,
  '/staff/reports',
  `/staff/reports/${D}`,
  '/staff/translations',
  `/staff/translations/${D}/fi`,
  '/staff/budgets',
  '/staff/budgets/new',
  '/staff/budgets/medborgarbudget-2027/edit',
  '/staff/budgets/medborgarbudget-2027/codes',
  '/staff/budgets/medborgarbudget-2027/stations',
  '/staff/budgets/medborgarbudget-2027/children',
  '/staff/budgets/medborgarbudget-2027/paper',
  '/staff/budgets/medborgarbudget-2027/certify',
  '/staff/budgets/medborgarbudget-2027/proposals',
  '/staff/budgets/medborgarbudget-2026/follow-up',
];

for (const [name, viewport] of [['desk', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  test.describe(`every staff page at a ${name}'s screen`, () => {
    test.use({ viewport });
    for (const lang of LANGS) {
      test(`has no axe violations (${lang})`, async ({ page }) => {
        test.setTimeout(120_000);
        await signIn(page, ADMIN, lang);
        const found: Record<string, unknown[]> = {};
        for (const template of STAFF_PAGES) {
          let path = `/${lang}${template}`;
          if (template === 'MEETING') {
            await page.goto(`/${lang}/staff/dialogues/${D}/meetings`);
            path = (await page.locator(`a[href*="/staff/dialogues/${D}/meetings/"]`).first().getAttribute('href'))!;
          }
          const response = await page.goto(path);
          expect(response?.status(), path).toBeLessThan(400);
          const violations = await axeViolations(page);
          if (violations.length) found[path] = violations;
        }
        expect(found).toEqual({});
      });
    }
  });
}
