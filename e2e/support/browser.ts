/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mailbox } from '../../test/support/mailbox.ts';
import { startServer, stopServer, type ServerProcess } from '../../test/support/server-process.ts';
import { loadPgliteTemplate } from '../../test/support/template.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM);
export const ARTIFACTS = join(import.meta.dirname, '../../e2e-artifacts');

/** Fake camera and microphone, sound that plays without a gesture, real host candidates, no throttling of background pages. */
const MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launch(options: { media?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.media ? MEDIA_ARGS : []),
    ],
  });
}

/** Saves a full-page screenshot under e2e-artifacts/ (kept out of git). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page; returns every violation. It is evaluated through the driver rather than
 * added as a script tag: the server's Content-Security-Policy rightly refuses a script it did not name.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
  });
}

/** The serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

export const E2E_SKIP = !chromiumPresent && process.env.E2E !== 'required' && 'Chromium is not installed';

export interface Stage {
  readonly server: ServerProcess;
  /** A fresh browser context and page; any uncaught error in the page fails the test. */
  page(options?: { timezoneId?: string; javaScriptEnabled?: boolean }): Promise<Page>;
}

/** A fresh browser context and page; any uncaught error in the page fails the test. */
export async function newPage(
  browser: Browser,
  options: { timezoneId?: string; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: options.timezoneId ?? 'Asia/Almaty',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => assert.fail(`page error: ${err.message}`));
  return page;
}

/**
 * The real server on a fresh embedded database with the demo data, and Chromium, for one suite.
 * Call inside describe(): it registers its own before/after hooks.
 */
export function stage(options: { media?: boolean; env?: Record<string, string> } = {}): Stage {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ed-e2e-'));
    // Without the run's template the server makes and seeds its database itself: up to minutes on a busy machine.
    await loadPgliteTemplate(dir);
    server = await startServer({ DATA_DIR: dir, DEMO: '1', ...options.env }, 300_000);
    browser = await launch(options);
  });
  after(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    page: (pageOptions = {}) => newPage(browser!, pageOptions),
  };
}

/** A stage whose server sends its mail to a real SMTP server of the test's own, read through `box()`. */
export function stageWithMailbox(): { on: Stage; box: () => Awaited<ReturnType<typeof mailbox>> } {
  const env: Record<string, string> = {};
  let box: Awaited<ReturnType<typeof mailbox>> | undefined;
  before(async () => {
    box = await mailbox();
    env.SMTP_URL = box.url;
  });
  after(async () => {
    await box?.close();
  });
  return { on: stage({ env }), box: () => box! };
}

/** The page is no wider than its window: nothing scrolls sideways. */
export const fitsWidth = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

export async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `no sideways scroll at ${where}: ${scroll} > ${client}`);
}
