import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, temporaryDir } from './server-process';

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

/**
 * Debian's Chromium driven by playwright-core (no browser download). The networking flags keep it
 * from calling home on a closed network.
 */
export async function openBrowser(): Promise<BrowserContext> {
  const profile = await temporaryDir('budgetwatch-chromium-');
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The whole page by default; `fullPage: false` for the viewport only (a drawer or modal over the page). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
