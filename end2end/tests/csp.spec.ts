import { test, expect, Page } from '@playwright/test';
import { ADMIN } from '../playwright.config';
import { signIn } from './fixtures';

// The content security policy, as Chromium enforces it: no page breaks it, before or after
// hydration, and the island still comes to life under it (its loader is an inline script
// allowed by its hash; the WebAssembly by 'wasm-unsafe-eval').

const PUBLIC_PAGES = [
  '/sv',
  '/sv?group=children&status=open',
  '/fi/dialogues/ny-lekplats-i-grimstaskogen',
  '/sma/dialogues/vi-rustar-upp-strandparken-i-hasselby-villastad',
  '/en/accessibility',
  '/sv/open-data',
  '/sv/no-such-page',
  '/sv/staff/login',
];

const STAFF_PAGES = [
  '/sv/staff',
  '/sv/staff/moderation',
  '/sv/staff/dialogues',
  '/sv/staff/dialogues/ny-lekplats-i-grimstaskogen/edit',
  '/sv/staff/reports',
  '/sv/staff/reports/ny-lekplats-i-grimstaskogen',
  '/sv/staff/accounts',
  '/sv/staff/audit',
  '/sv/staff/enter',
];

/** Every report of a blocked resource or script the page makes while it lives. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

for (const path of PUBLIC_PAGES) {
  test(`${path} runs under the policy without a violation`, async ({ page }) => {
    const violations = watchViolations(page);
    const answer = await page.goto(path);
    const policy = answer?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('the view form hydrates under the policy', async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto('/sv/dialogues/ny-lekplats-i-grimstaskogen');
  await expect(page.locator('form.view-form[data-live]')).toBeAttached();
  expect(violations).toEqual([]);
});

test('staff pages run under the policy without a violation', async ({ page }) => {
  const violations = watchViolations(page);
  await signIn(page, ADMIN);
  for (const path of STAFF_PAGES) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(200);
    expect(answer?.headers()['content-security-policy'], path).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
