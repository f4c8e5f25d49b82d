import { defineConfig, devices } from '@playwright/test';
import { E2E_STAFF } from './e2e/staff';
import { CHROMIUM_FLAGS, findChromium } from './scripts/lib/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3197);

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
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // A real OpenID Connect provider (oidc-provider) for staff sign-in, on loopback.
      command: 'npx tsx scripts/testing/oidc-provider.ts',
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { OIDC_PORT: String(oidcPort), OIDC_CLIENT_REDIRECT: `http://127.0.0.1:${port}/staff/oidc/callback` },
    },
    {
      // A throwaway SQLite database, migrated, with one local staff account, before the production server starts.
      command:
        `rm -rf e2e/.tmp && npx tsx scripts/db/migrate.ts && ` +
        `echo '${E2E_STAFF.password}' | npx tsx --conditions=react-server scripts/staff-set-password.ts ${E2E_STAFF.login} --password-stdin && ` +
        `node -r ./scripts/method-guard.cjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      // CDS_AUTH=off: the e2e tests call the CDS services without tokens (authentication is covered by unit tests).
      env: {
        DATABASE_URL: 'file:./e2e/.tmp/e2e.db',
        NEXT_TELEMETRY_DISABLED: '1',
        RATE_LIMIT_DISABLED: '1',
        CDS_AUTH: 'off',
        APP_ORIGIN: `http://127.0.0.1:${port}`,
        STAFF_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        STAFF_OIDC_CLIENT_ID: 'gutskin-e2e',
        STAFF_OIDC_CLIENT_SECRET: 'gutskin-e2e-secret-not-for-production',
        STAFF_OIDC_LABEL: 'Test Clinic ID',
      },
    },
  ],
});
