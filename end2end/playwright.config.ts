import { defineConfig, devices } from '@playwright/test';

// The server under test: the release binary that `scripts/test.sh` built with cargo-leptos,
// on a fresh SQLite database loaded with the demo dialogues.
const port = Number(process.env.E2E_PORT ?? 3100);
const serverBin = process.env.E2E_SERVER_BIN ?? '../target/release/server';
const siteRoot = process.env.E2E_SITE_ROOT ?? '../target/site';
const database = process.env.E2E_DATABASE_URL ?? 'sqlite://../target/e2e/portal.db?mode=rwc';
// A real SMTP server (aiosmtpd from PyPI, installed by scripts/install-tools.sh) that keeps
// every mail in a Maildir the tests read.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);

export const MODERATOR = 'moderator@example.stockholm.se';
export const ADMIN = 'admin@example.stockholm.se';
export const EDITOR = 'editor@example.stockholm.se';
/** A translator who holds Finnish. */
export const TRANSLATOR = 'translator@example.stockholm.se';
export const STAFF_PASSWORD = 'e2e moderator password';

// Set by scripts/e2e-proxy.sh: the portal already runs (two processes behind nginx, over TLS
// with a self-signed certificate); only the SMTP server is started here.
const external = process.env.E2E_BASE_URL;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const smtpServer = {
  command: `rm -rf ../target/e2e/mail && mkdir -p ../target/e2e && .venv/bin/aiosmtpd -n -l 127.0.0.1:${smtpPort} -c aiosmtpd.handlers.Mailbox ../target/e2e/mail`,
  port: smtpPort,
  timeout: 30_000,
  reuseExistingServer: false,
  stdout: 'ignore',
  stderr: 'pipe',
};

const portalServer = {
  // A fresh database with one moderator (password from stdin, as an administrator would),
  // then the server, which loads the demo dialogues.
  command: `rm -f ../target/e2e/portal.db* && echo '${STAFF_PASSWORD}' | ${serverBin} create-staff --email ${MODERATOR} --role moderator && echo '${STAFF_PASSWORD}' | ${serverBin} create-staff --email ${ADMIN} --role admin && echo '${STAFF_PASSWORD}' | ${serverBin} create-staff --email ${EDITOR} --role editor && echo '${STAFF_PASSWORD}' | ${serverBin} create-staff --email ${TRANSLATOR} --role translator --languages fi && ${serverBin}`,
  url: `http://127.0.0.1:${port}/sv`,
  timeout: 60_000,
  reuseExistingServer: false,
  stdout: 'ignore',
  stderr: 'pipe',
  env: {
    DATABASE_URL: database,
    PORTAL_SEED_DEMO: 'true',
    // Plain HTTP: the staff cookie without Secure and its __Host- prefix.
    PORTAL_INSECURE_COOKIES: 'true',
    // Every test sends from 127.0.0.1: let the e2e suite through the per-address limit.
    PORTAL_VIEWS_BURST: '10000',
    PORTAL_LOGINS_PER_MINUTE: '1000',
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    LEPTOS_SITE_ROOT: siteRoot,
    LEPTOS_OUTPUT_NAME: 'portal',
    LEPTOS_ENV: 'PROD',
    RUST_LOG: 'warn',
    PORTAL_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PORTAL_PUBLIC_URL: `http://127.0.0.1:${port}`,
  },
};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    ignoreHTTPSErrors: external !== undefined,
    // A phone: the portal is mobile first.
    viewport: { width: 390, height: 844 },
    launchOptions: chromium,
    trace: 'off',
  },
  projects: [{ name: 'chromium-phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, launchOptions: chromium, ignoreHTTPSErrors: external !== undefined } }],
  webServer: external ? [smtpServer] : [smtpServer, portalServer],
});
