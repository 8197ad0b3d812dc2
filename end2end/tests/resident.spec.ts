import { test, expect, Page } from '@playwright/test';

// Demo dialogues (app/src/db/demo/dialogues.toml): open, with its Swedish questions.
const PLAYGROUND = '/sv/dialogues/ny-lekplats-i-grimstaskogen';
const OLDER = 'ny-traffpunkt-for-aldre-i-racksta';

async function firstQuestion(page: Page) {
  return page.locator('form.view-form textarea').first();
}

test.describe('with JavaScript', () => {
  test('a resident finds a dialogue and sends a view without a page reload', async ({ page }) => {
    await page.goto('/sv');
    await page.getByRole('link', { name: /lekplatsen vid Grimstaskogen/ }).click();
    await expect(page).toHaveURL(PLAYGROUND);
    await expect(page.locator('form.view-form[data-live]')).toBeAttached();

    await (await firstQuestion(page)).fill('Gungor som fungerar för rullstol, tack!');
    await page.getByLabel('Ålder').selectOption('30-49');
    await page.getByLabel('Synpunkten får publiceras på den här sidan').check();
    let navigated = false;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigated = true; });
    await page.getByRole('button', { name: 'Skicka synpunkt' }).click();

    await expect(page.getByRole('heading', { name: 'Tack! Din synpunkt har kommit fram.' })).toBeVisible();
    await expect(page.getByText(/Referensnummer: .?HV-[A-Z0-9]{4}-[A-Z0-9]{4}/)).toBeVisible();
    expect(navigated).toBe(false);
    await expect(page).toHaveURL(PLAYGROUND);

    await page.getByRole('link', { name: 'Visa kvittot' }).click();
    await expect(page.getByRole('heading', { name: 'Tack för din synpunkt!' })).toBeVisible();
  });

  test('invalid input gets a message at the field, and the text is kept', async ({ page }) => {
    await page.goto(PLAYGROUND);
    await expect(page.locator('form.view-form[data-live]')).toBeAttached();
    await page.getByLabel('Namn som visas med synpunkten').fill('Elsa');
    await page.getByRole('button', { name: 'Skicka synpunkt' }).click();
    await expect(page.getByRole('status').getByText('Synpunkten skickades inte. Rätta det som är markerat:')).toBeVisible();
    const question = await firstQuestion(page);
    await expect(question).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error').filter({ hasText: 'Skriv något i minst ett svar.' })).toBeVisible();
    await expect(page.getByLabel('Namn som visas med synpunkten')).toHaveValue('Elsa');

    await question.fill('Nu skriver jag något');
    await page.getByRole('button', { name: 'Skicka synpunkt' }).click();
    await expect(page.getByRole('heading', { name: 'Tack! Din synpunkt har kommit fram.' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident sends a view as a plain form and gets a receipt', async ({ page }) => {
    await page.goto(PLAYGROUND);
    await (await firstQuestion(page)).fill('En klätterställning för större barn');
    await page.getByRole('button', { name: 'Skicka synpunkt' }).click();
    await expect(page).toHaveURL(/\/sv\/receipt\/HV-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(page.getByRole('heading', { name: 'Tack för din synpunkt!' })).toBeVisible();
    await expect(page.getByText('Vad händer nu?')).toBeVisible();
  });

  test('invalid input comes back with messages and the input kept', async ({ page }) => {
    await page.goto(PLAYGROUND);
    await page.getByLabel('Var du bor eller vistas').selectOption('grimsta');
    await page.getByRole('button', { name: 'Skicka synpunkt' }).click();
    await expect(page.getByRole('alert')).toContainText('Synpunkten skickades inte.');
    await expect(page.locator('.field-error').filter({ hasText: 'Skriv något i minst ett svar.' })).toBeVisible();
    await expect(page.getByLabel('Var du bor eller vistas')).toHaveValue('grimsta');
  });

  test('the filters work as a plain GET form', async ({ page }) => {
    await page.goto('/sv');
    await page.getByLabel('Målgrupp').selectOption('older-people');
    await page.getByRole('button', { name: 'Visa dialoger' }).click();
    await expect(page).toHaveURL(/group=older-people/);
    await expect(page.getByRole('link', { name: /träffpunkt för äldre i Råcksta/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /lekplatsen vid Grimstaskogen/ })).toHaveCount(0);

    await page.getByLabel('Status').selectOption('closed');
    await page.getByLabel('Målgrupp').selectOption('');
    await page.getByRole('button', { name: 'Visa dialoger' }).click();
    await expect(page.getByRole('link', { name: /cykla och gå i Hässelby strand/ })).toBeVisible();
    await expect(page.getByText('En dialog hittades.')).toBeVisible();
  });

  test('a closed dialogue shows its views and no form', async ({ page }) => {
    await page.goto('/sv/dialogues/sakrare-att-cykla-och-ga-i-hasselby-strand');
    await expect(page.getByText(/Dialogen är stängd/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skicka synpunkt' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Publicerade synpunkter' })).toBeVisible();
    await expect(page.locator('.view-item').first()).toBeVisible();
  });
});

test('a resident sends a view with the keyboard only', async ({ page }) => {
  await page.goto(`/sv/dialogues/${OLDER}`);
  await expect(page.locator('form.view-form[data-live]')).toBeAttached();
  const question = await firstQuestion(page);
  // Tab from the top of the page to the first question, as a keyboard user would.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await question.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(question).toBeFocused();
  await page.keyboard.type('Ett ställe att dricka kaffe och träffa grannar.');
  const button = page.getByRole('button', { name: 'Skicka synpunkt' });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tack! Din synpunkt har kommit fram.' })).toBeVisible();
  // Focus moves to the confirmation, so a screen reader reads it out.
  await expect(page.locator('#view-form-sent')).toBeFocused();
});

test('English pages speak English', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Dialoger/);
  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(page).toHaveURL('/sv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
