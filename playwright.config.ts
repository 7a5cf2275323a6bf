import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";

// Playwright's own browser download is not always possible; the system Chromium works as well.
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const executablePath = env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((p) => existsSync(p));
if (!executablePath) {
  throw new Error(
    "No Chromium found for the browser tests. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
}

const baseURL = `http://127.0.0.1:${env.E2E_PORT}`;

export default defineConfig({
  testDir: "./e2e",
  // Playwright empties its output folder on start; the vitest report beside it must survive.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous for a slow day on a shared 2-core host; a test that hangs still fails.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-gpu",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    command: `node_modules/.bin/next start --port ${env.E2E_PORT} --hostname 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // E2E_TEST_HOOKS lets the `rehearse-test-now` cookie move the review clock (lib/review/clock.ts);
    // only this test server has it.
    // The same server-actions key as the second instance the scale-out test starts (scripts/test.ts makes one).
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_TEST_HOOKS: "1",
      ...(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && {
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
      }),
    },
  },
});
