// A moderator at a 1280x900 screen decides 50 pending views, 10 of which hold personal data:
// each personal-data view has its number redacted and is then approved; every fifth other
// view is rejected as off-topic; the rest are approved. For every decision it counts the
// actions (clicks, choices, typed fields) and the pixels scrolled to reach the controls, and
// it checks that no view was decided twice. Prints one JSON line, also saved to
// target/e2e/desk.json. Works on the desk as it is and as it was (the redaction form behind
// "Maska en del av texten"), so that before and after are measured by the same script. Runs
// twice: without JavaScript (each decision a page load) and with it (the desk's module: no
// reload, the next view brought into sight); each writes target/e2e/desk-<mode>.json.
import * as fs from 'fs';
import * as path from 'path';
import { test, expect, Page, Locator } from '@playwright/test';
import { MODERATOR, STAFF_PASSWORD } from '../playwright.config';

const SLUG = 'ny-traffpunkt-for-aldre-i-racksta';
const VIEWS = 50;

async function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Brings `target` into view as a moderator would, and says how far the page scrolled. */
async function reach(page: Page, target: Locator): Promise<number> {
  const before = await scrollY(page);
  await target.scrollIntoViewIfNeeded();
  return Math.abs((await scrollY(page)) - before);
}

for (const mode of ['without-js', 'with-js'] as const) test.describe(mode, () => {
test.use({ javaScriptEnabled: mode === 'with-js' });
// Without JavaScript the texts are those the "before" figures were measured with.
const tag = mode === 'with-js' ? 'j' : '';
test(`moderating 50 pending views at 1280x900 (${mode})`, async ({ page, request }) => {
  // The resident's plain form, 50 times; 10 of them hold a phone number.
  const texts: string[] = [];
  const form = await request.get(`/sv/dialogues/${SLUG}`);
  const question = /name="(answer-\d+)"/.exec(await form.text())![1];
  for (let i = 0; i < VIEWS; i++) {
    const personal = i % 5 === 2;
    const text = personal
      ? `Mätning ${i}${tag}: ring mig på 070-555 ${String(10 + i).padStart(2, '0')} 00 om träffpunkten.`
      : `Mätning ${i}${tag}: fler sittplatser och längre öppettider på träffpunkten.`;
    texts.push(text);
    const res = await request.post(`/sv/dialogues/${SLUG}`, {
      form: { [question]: text, consent: 'yes', key: `measure-${mode}-${i}-${Date.now()}` },
      maxRedirects: 0,
    });
    expect([200, 303]).toContain(res.status());
  }

  // A decision on a view already decided answers 409: none may happen.
  let decidedTwice = 0;
  page.on('response', (r) => { if (r.status() === 409) decidedTwice += 1; });

  await page.goto('/sv/staff/login');
  await page.getByLabel('E-postadress').fill(MODERATOR);
  await page.getByLabel('Lösenord').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.goto(`/sv/staff/moderation`);
  if (mode === 'with-js') await expect(page.locator('#desk-keys')).toBeVisible();
  // The pending list only: decided views show up in the lists below it.
  const pending = page.locator('section[aria-labelledby="section-pending"] li.pending');

  // How many pending views a screen shows, at the top and one screen further down.
  const visible = async () =>
    pending.evaluateAll((items) =>
      items.filter((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length);
  const firstScreen = await visible();
  await page.evaluate(() => {
    const first = document.querySelector('section[aria-labelledby="section-pending"] li.pending');
    if (first) window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY);
  });
  const perScreen = await visible();
  await page.screenshot({ path: path.resolve(__dirname, `../../target/e2e/desk-${mode}.png`) });
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate(() => window.scrollTo(0, 0));

  const decisions: { kind: string; actions: number; scrolled: number }[] = [];
  for (let i = 0; i < VIEWS; i++) {
    const text = texts[i];
    const item = pending.filter({ hasText: `Mätning ${i}${tag}:` });
    await expect(item).toHaveCount(1);
    let actions = 0;
    let scrolled = 0;
    const personal = i % 5 === 2;
    if (personal) {
      const number = /070-555 \d\d 00/.exec(text)![0];
      const one = item.getByRole('button', { name: new RegExp(`Maska .*${number}`) });
      if (await one.count()) {
        scrolled += await reach(page, one);
        await one.click();
        actions += 1;
      } else {
        const summary = item.getByText('Maska en del av texten').first();
        scrolled += await reach(page, summary);
        await summary.click();
        await item.getByLabel('Text som ska maskas').fill(number);
        await item.getByLabel('Skäl att maska').selectOption('personal-data');
        await item.getByRole('button', { name: 'Maska en del av texten' }).click();
        actions += 4;
      }
      await page.waitForLoadState('load');
      // Done when the passage is no longer offered (with the desk, no page load to wait for).
      await expect(item.getByRole('button', { name: new RegExp(`Maska .*${number}`) })).toHaveCount(0);
    }
    const again = pending.filter({ hasText: `Mätning ${i}${tag}:` });
    if (!personal && i % 5 === 4) {
      const select = again.getByLabel('Skäl att avvisa');
      scrolled += await reach(page, select);
      await select.selectOption('off-topic');
      await again.getByRole('button', { name: 'Avvisa', exact: true }).click();
      actions += 2;
      decisions.push({ kind: 'reject', actions, scrolled });
    } else {
      const approve = again.getByRole('button', { name: 'Godkänn', exact: true });
      scrolled += await reach(page, approve);
      await approve.click();
      actions += 1;
      decisions.push({ kind: personal ? 'redact+approve' : 'approve', actions, scrolled });
    }
    await page.waitForLoadState('load');
    await expect(pending.filter({ hasText: `Mätning ${i}${tag}:` })).toHaveCount(0);
  }

  expect(decidedTwice).toBe(0);

  const sum = (kind: string, key: 'actions' | 'scrolled') => {
    const rows = decisions.filter((d) => d.kind === kind);
    return { count: rows.length, mean: rows.reduce((s, d) => s + d[key], 0) / Math.max(rows.length, 1) };
  };
  const result = {
    mode,
    viewport: '1280x900',
    views: VIEWS,
    pending_views_fully_visible_first_screen: firstScreen,
    pending_views_fully_visible_per_screen: perScreen,
    queue_page_height_px: pageHeight,
    actions_per_approval: sum('approve', 'actions').mean,
    actions_per_rejection: sum('reject', 'actions').mean,
    actions_per_redaction_and_approval: sum('redact+approve', 'actions').mean,
    scroll_px_per_decision: decisions.reduce((s, d) => s + d.scrolled, 0) / decisions.length,
    total_actions: decisions.reduce((s, d) => s + d.actions, 0),
    total_scroll_px: decisions.reduce((s, d) => s + d.scrolled, 0),
    decided_twice: decidedTwice,
  };
  console.log(JSON.stringify(result));
  fs.mkdirSync(path.resolve(__dirname, '../../target/e2e'), { recursive: true });
  fs.writeFileSync(path.resolve(__dirname, `../../target/e2e/desk-${mode}.json`), JSON.stringify(result, null, 2));
});
});
