import { test, expect } from '@playwright/test';

// The built stylesheet, script and WebAssembly: named after a hash of their content, sent
// precompressed, and cached by the browser for a year; pages themselves are not.

test('built files have hashed names, come precompressed and are cached for good', async ({ page, request }) => {
  const answer = await page.goto('/sv/dialogues/ny-lekplats-i-grimstaskogen');
  expect(answer?.headers()['cache-control'] ?? '').not.toContain('immutable');
  const urls = await page.evaluate(() =>
    [
      document.querySelector('link[rel=stylesheet]')?.getAttribute('href'),
      document.querySelector('link[rel=modulepreload]')?.getAttribute('href'),
      document.querySelector('link[rel=preload][as=fetch]')?.getAttribute('href'),
    ],
  );
  const kinds = ['css', 'js', 'wasm'];
  for (const [i, url] of urls.entries()) {
    expect(url, kinds[i]).toMatch(new RegExp(`^/pkg/portal\\.[A-Za-z0-9_-]{8,}\\.${kinds[i]}$`));
    for (const encoding of ['br', 'gzip']) {
      const file = await request.get(url!, { headers: { 'accept-encoding': encoding } });
      expect(file.status(), `${url} ${encoding}`).toBe(200);
      expect(file.headers()['content-encoding'], `${url} ${encoding}`).toBe(encoding);
      expect(file.headers()['cache-control'], url!).toBe('public, max-age=31536000, immutable');
    }
  }
  // The island still comes to life from the hashed files.
  await expect(page.locator('form.view-form[data-live]')).toBeAttached();
});
