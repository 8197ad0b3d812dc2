// Citizen budgets without JavaScript: an editor prints voting codes for the demo budget, a
// resident votes with one (a ballot over the limit comes back with the choices kept), and the
// same code cannot vote twice; the sheet of slips prints; axe finds nothing on the way.
import { test, expect, Page } from '@playwright/test';
import { EDITOR, MODERATOR } from '../playwright.config';
import { axeViolations, signIn } from './fixtures';

const BUDGET = '/sv/budgets/medborgarbudget-2027';

// axe needs scripts to run, so instead of turning JavaScript off, the portal's own scripts and
// WebAssembly are kept from loading: the pages stay as the server sent them.
async function withoutScripts(page: Page) {
  await page.route(/\/(pkg|desk)\/.*\.(js|wasm)$/, (route) => route.abort());
}

async function printCodes(page: Page, count: number, purpose: string): Promise<string[]> {
  await withoutScripts(page);
  await signIn(page, EDITOR);
  await page.goto('/sv/staff/budgets/medborgarbudget-2027/codes');
  await page.getByLabel('Antal koder').fill(String(count));
  await page.getByLabel('Till vem').fill(purpose);
  await page.getByRole('button', { name: 'Skapa koder att skriva ut' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(purpose) })).toBeVisible();
  return page.locator('.code-slip .code').allTextContents();
}

test('an editor prints codes; a resident votes with one, once', async ({ page, browser }) => {
  const codes = await printCodes(page, 3, 'Vällingby bibliotek');
  expect(codes).toHaveLength(3);
  for (const code of codes) expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  expect(new Set(codes).size).toBe(3);
  expect(await axeViolations(page)).toEqual([]);
  // The sheet prints without the staff's bar and form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skapa koder att skriva ut' })).toBeHidden();
  await expect(page.locator('.code-slip').first()).toBeVisible();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const resident = await context.newPage();
  await withoutScripts(resident);
  await resident.goto(BUDGET);
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Medborgarbudget 2027');
  // No count while voting is open.
  await expect(resident.locator('.budget-votes, .digest')).toHaveCount(0);
  // Four choices where three are allowed: refused, the choices and the code kept.
  await resident.getByLabel('Din röstkod').fill(codes[0].toLowerCase());
  for (const name of ['Utegym', 'Belysning', 'Lånecyklar', 'Bänkar']) {
    await resident.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  await resident.getByRole('button', { name: 'Skicka min röst' }).click();
  await expect(resident.getByRole('alert')).toContainText('för många projekt');
  await expect(resident.getByRole('checkbox', { name: /Bänkar/ })).toBeChecked();
  await expect(resident.getByLabel('Din röstkod')).toHaveValue(codes[0].toLowerCase());
  expect(await axeViolations(resident)).toEqual([]);
  await resident.getByRole('checkbox', { name: /Bänkar/ }).uncheck();
  await resident.getByRole('button', { name: 'Skicka min röst' }).click();
  await expect(resident.getByRole('status')).toContainText(/Din röst är räknad\. Ditt kvitto: \u2068?MB-/);
  expect(await axeViolations(resident)).toEqual([]);
  // The same code again is refused in words.
  await resident.getByLabel('Din röstkod').fill(codes[0]);
  await resident.getByRole('checkbox', { name: /Utegym/ }).check();
  await resident.getByRole('button', { name: 'Skicka min röst' }).click();
  await expect(resident.getByRole('alert')).toContainText('Koden har redan använts');
  await context.close();
});

test('a resident votes with the keyboard alone', async ({ page, browser }) => {
  const [code] = await printCodes(page, 1, 'Grimsta skola');
  const resident = await browser.newPage({ javaScriptEnabled: false });
  await withoutScripts(resident);
  await resident.goto(BUDGET);
  await resident.getByLabel('Din röstkod').focus();
  await resident.keyboard.type(code);
  await resident.keyboard.press('Tab');
  // Tab through to the first project and tick it with the space bar.
  for (let i = 0; i < 10; i++) {
    const focused = await resident.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    if (focused === 'checkbox') break;
    await resident.keyboard.press('Tab');
  }
  await resident.keyboard.press('Space');
  await resident.getByRole('button', { name: 'Skicka min röst' }).focus();
  await resident.keyboard.press('Enter');
  await expect(resident.getByRole('status')).toContainText('Din röst är räknad');
  await resident.close();
});

test('a paper ballot counts when two people enter it alike, by keyboard, and then the code cannot vote on the web', async ({ page, browser }) => {
  const [code] = await printCodes(page, 1, 'Röstlokal Hässelby torg');
  const enter = async (who: Page) => {
    await who.goto('/sv/staff/budgets');
    await who.getByRole('link', { name: 'Röstsedlar på papper' }).first().click();
    await who.getByLabel('Koden på sedeln').fill(code);
    await who.getByRole('checkbox', { name: /Utegym/ }).focus();
    await who.keyboard.press('Space');
    await who.getByRole('button', { name: 'Spara inmatningen' }).press('Enter');
  };
  // The editor who printed the codes makes the first entry ...
  await enter(page);
  await expect(page.getByRole('status')).toContainText('Sedeln är inmatad en gång');
  expect(await axeViolations(page)).toEqual([]);
  // ... and a moderator, at another desk, the second.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const second = await context.newPage();
  await withoutScripts(second);
  await signIn(second, MODERATOR);
  await enter(second);
  await expect(second.getByRole('status')).toContainText(/Båda inmatningarna stämmer.*MB-/);
  expect(await axeViolations(second)).toEqual([]);
  await context.close();

  const resident = await browser.newPage();
  await withoutScripts(resident);
  await resident.goto(BUDGET);
  await resident.getByLabel('Din röstkod').fill(code);
  await resident.getByRole('checkbox', { name: /Bänkar/ }).check();
  await resident.getByRole('button', { name: 'Skicka min röst' }).click();
  await expect(resident.getByRole('alert')).toContainText('Koden har redan använts');
});

test("after the count: an editor adds a step to a funded project and residents read it", async ({ page, browser }) => {
  await withoutScripts(page);
  await signIn(page, EDITOR);
  await page.goto('/sv/staff/budgets/medborgarbudget-2026/follow-up');
  const project = page.locator('li.budget-project', { hasText: 'Lekplats i Vällingby centrum' });
  // Without a note: refused at the field, the step and the date kept.
  await project.getByLabel('Steg', { exact: true }).selectOption('started');
  await project.getByLabel('Datum').fill('2026-09-01');
  await project.getByRole('button', { name: 'Lägg till steget' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  const again = page.locator('li.budget-project', { hasText: 'Lekplats i Vällingby centrum' });
  await expect(again.getByLabel('Datum')).toHaveValue('2026-09-01');
  await expect(again.getByLabel('Steg', { exact: true })).toHaveValue('started');
  expect(await axeViolations(page)).toEqual([]);
  await again.getByLabel('Vad har hänt? (publiceras)').fill('Gungorna är på plats.');
  await again.getByRole('button', { name: 'Lägg till steget' }).click();
  await expect(page).toHaveURL(/follow-up#budget-project-\d+$/);
  expect(await axeViolations(page)).toEqual([]);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const resident = await context.newPage();
  await withoutScripts(resident);
  await resident.goto('/sv/budgets/medborgarbudget-2026');
  await expect(resident.getByRole('heading', { name: 'Resultat', exact: true })).toBeVisible();
  await expect(resident.getByRole('table', { name: 'Röstsedlar efter ålder' })).toBeVisible();
  const funded = resident.locator('li.budget-project', { hasText: 'Lekplats i Vällingby centrum' });
  await expect(funded).toContainText(/Läge: \u2068?Påbörjat/);
  await expect(funded).toContainText('Gungorna är på plats.');
  expect(await axeViolations(resident)).toEqual([]);
  await context.close();
});

test('an editor writes a new budget without JavaScript, adds Finnish and publishes it; staff type in a paper proposal', async ({ page, browser }) => {
  await withoutScripts(page);
  await signIn(page, EDITOR);
  await page.goto('/sv/staff/budgets');
  await page.getByRole('link', { name: 'Ny medborgarbudget' }).click();
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Rubrik').fill('Medborgarbudget för Råcksta e2e');
  await page.getByLabel(/Sammanfattning/).fill('Pengar till era idéer i Råcksta.');
  await page.getByLabel('Vem får rösta och lämna förslag').fill('Alla som bor i Råcksta.');
  await page.getByLabel('Summa i kronor').fill('200 000');
  await page.getByLabel('Område').selectOption('racksta');
  await page.getByLabel('Förslag tas emot från').fill(day(0));
  await page.getByLabel('Förslag tas emot till och med').fill(day(30));
  // Voting before the ideas close: refused at the field, everything typed kept.
  await page.getByLabel('Röstningen öppnar').fill(day(20));
  await page.getByLabel('Röstningen stänger efter').fill(day(60));
  await page.getByLabel('Vem beslutar').fill('Hässelby-Vällingby stadsdelsnämnd');
  await page.getByLabel('Diarienummer').fill('HV 2027/400');
  await page.getByRole('button', { name: 'Skapa utkastet' }).click();
  await expect(page.locator('.error-summary')).toContainText('Röstningen kan öppna först efter den sista dagen för förslag');
  await expect(page.getByLabel('Diarienummer')).toHaveValue('HV 2027/400');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Röstningen öppnar').fill(day(40));
  await page.getByRole('button', { name: 'Skapa utkastet' }).click();
  await expect(page.getByRole('status')).toContainText('Utkastet är skapat');
  expect(await axeViolations(page)).toEqual([]);

  // The Finnish texts, from the language table.
  await page.getByRole('link', { name: /Redigera.*Suomi/ }).click();
  await expect(page.getByRole('heading', { name: /Texterna på .?Suomi/ })).toBeVisible();
  await page.getByLabel('Rubrik').fill('Asukasbudjetti Råckstalle');
  await page.getByLabel(/Sammanfattning/).fill('Rahaa ideoillenne Råckstassa.');
  await page.getByLabel('Vem får rösta och lämna förslag').fill('Kaikki Råckstassa asuvat.');
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await expect(page.getByRole('status')).toContainText('Sparat');

  // Publishing needs the confirmation while Meänkieli and the Sami languages are missing.
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page.locator('.error-summary')).toContainText('Bekräfta att budgeten publiceras');
  await page.getByLabel('Publicera ändå, utan dessa språk').check();
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page.getByRole('status')).toContainText('Budgeten är publicerad');
  await expect(page.getByRole('table', { name: 'Versioner' })).toContainText('Publicerade');
  expect(await axeViolations(page)).toEqual([]);

  // Ideas are open: a proposal that came on paper is typed in, and waits for moderation.
  await page.goto('/sv/staff/budgets/medborgarbudget-for-racksta-e2e/proposals');
  await page.getByLabel('Hur kom förslaget in?').selectOption('paper');
  await page.getByLabel('Rubrik').fill('Fler bänkar vid Råcksta torg');
  await page.getByLabel('Förslaget, som det är skrivet').fill('Det behövs fler bänkar där äldre kan vila.');
  await page.getByRole('button', { name: 'Spara förslaget' }).click();
  await expect(page.getByRole('status')).toContainText(/Förslag nr .*\d+.* är inskrivet/);
  await expect(page.locator('li.budget-project', { hasText: 'Fler bänkar vid Råcksta torg' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const resident = await context.newPage();
  await withoutScripts(resident);
  await resident.goto('/fi/budgets/medborgarbudget-for-racksta-e2e');
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Asukasbudjetti Råckstalle');
  await expect(resident.getByText('Fler bänkar vid Råcksta torg')).toHaveCount(0);
  expect(await axeViolations(resident)).toEqual([]);
  await context.close();
});

test('a class votes on the ballot in easy Swedish, by keyboard, at a voting station', async ({ page, browser }) => {
  // The editor prints a class session's codes and opens a station at the school's library.
  await withoutScripts(page);
  await signIn(page, EDITOR);
  await page.goto('/sv/staff/budgets/medborgarbudget-2027/codes');
  await page.getByLabel('Antal koder').fill('2');
  await page.getByLabel('Till vem').fill('Grimstaskolan 4B');
  await page.getByRole('checkbox', { name: 'Koderna är till en skolklass' }).check();
  await page.getByRole('button', { name: 'Skapa koder att skriva ut' }).click();
  await expect(page.locator('.code-slip').first()).toContainText('/sv/budgets/medborgarbudget-2027/children');
  const codes = await page.locator('.code-slip .code').allTextContents();
  expect(codes).toHaveLength(2);
  await page.goto('/sv/staff/budgets/medborgarbudget-2027/stations');
  await page.getByLabel('Plats').fill('Grimstaskolans bibliotek');
  await page.getByRole('button', { name: 'Öppna en röststation' }).click();
  const link = await page.locator('a.device-link').getAttribute('href');
  expect(link).toMatch(/\/sv\/budget-station\/[0-9a-f]{64}$/);
  expect(await axeViolations(page)).toEqual([]);

  // The station's tablet, with the keyboard alone.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tablet = await context.newPage();
  await withoutScripts(tablet);
  await tablet.goto(new URL(link!).pathname);
  await expect(tablet.getByRole('note')).toContainText('röststation: \u2068Grimstaskolans bibliotek');
  await tablet.getByRole('link', { name: /lättläst svenska/ }).focus();
  await tablet.keyboard.press('Enter');
  await expect(tablet.getByRole('heading', { level: 1 })).toHaveText('Vad ska vi göra med 500 000 kronor?');
  await expect(tablet.getByRole('group', { name: /Välj upp till \u2068?3\u2069? förslag/ })).toBeVisible();
  await expect(tablet.getByText('Lampor längs vägen vid vattnet.')).toBeVisible();
  expect(await axeViolations(tablet)).toEqual([]);
  await tablet.getByLabel('Din kod').focus();
  await tablet.keyboard.type(codes[0]);
  for (const name of ['Ett gym utomhus', 'Lampor vid vattnet', 'Cyklar att låna', 'Bänkar i skogen']) {
    await tablet.getByRole('checkbox', { name: new RegExp(name) }).focus();
    await tablet.keyboard.press('Space');
  }
  await tablet.getByRole('button', { name: 'Rösta' }).press('Enter');
  await expect(tablet.getByRole('alert')).toContainText('för många');
  await expect(tablet.getByRole('checkbox', { name: /Bänkar i skogen/ })).toBeChecked();
  expect(await axeViolations(tablet)).toEqual([]);
  await tablet.getByRole('checkbox', { name: /Bänkar i skogen/ }).focus();
  await tablet.keyboard.press('Space');
  await tablet.getByRole('button', { name: 'Rösta' }).press('Enter');
  await expect(tablet.getByRole('status')).toContainText(/Din röst är räknad\. Ditt nummer är \u2068?MB-/);
  await expect(tablet.getByRole('note')).toContainText('Grimstaskolans bibliotek');
  expect(await axeViolations(tablet)).toEqual([]);
  await context.close();

  // Closed, the station takes no more ballots; the second code still votes on the web.
  await page.goto('/sv/staff/budgets/medborgarbudget-2027/stations');
  await page.getByRole('button', { name: /Stäng .*Grimstaskolans bibliotek/ }).click();
  await expect(page.getByRole('row', { name: /Grimstaskolans bibliotek/ })).toContainText('Stängd');
  const resident = await browser.newPage();
  await withoutScripts(resident);
  await resident.goto('/sv/budgets/medborgarbudget-2027/children');
  await resident.getByLabel('Din kod').fill(codes[1]);
  await resident.getByRole('checkbox', { name: /Odla tillsammans/ }).check();
  await resident.getByRole('button', { name: 'Rösta' }).click();
  await expect(resident.getByRole('status')).toContainText('Din röst är räknad');
  await expect(resident.getByRole('note')).toHaveCount(0);
});
