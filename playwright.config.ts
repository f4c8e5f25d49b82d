import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/ensure-chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A throwaway SQLite database, migrated before the production server starts.
    command: `rm -rf e2e/.tmp && npx tsx scripts/db/migrate.ts && node -r ./scripts/method-guard.cjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // CDS_AUTH=off: the e2e tests call the CDS services without tokens (authentication is covered by unit tests).
    env: {
      DATABASE_URL: 'file:./e2e/.tmp/e2e.db',
      NEXT_TELEMETRY_DISABLED: '1',
      RATE_LIMIT_DISABLED: '1',
      CDS_AUTH: 'off',
    },
  },
});
