/**
 * Build the site once for all browser tests (unless SKIP_BUILD=1 and dist/ exists),
 * exactly as a user would: `npm run build`.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (process.env.SKIP_BUILD === "1" && existsSync("dist/index.html")) return;
  execFileSync("npm", ["run", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
}
