// Locates the native `baiviet` CLI for the format tests: $BAIVIET_CLI, else
// $BAIVIET_BUILD_DIR/baiviet, else the first build-*/baiviet in the checkout.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findCli() {
  if (process.env.BAIVIET_CLI) return process.env.BAIVIET_CLI;
  if (process.env.BAIVIET_BUILD_DIR) return join(process.env.BAIVIET_BUILD_DIR, 'baiviet');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  for (const d of readdirSync(root)) {
    const p = join(root, d, 'baiviet');
    if (d.startsWith('build') && existsSync(p)) return p;
  }
  return null;
}
