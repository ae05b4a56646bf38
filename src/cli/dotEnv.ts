/** `.env` in the working folder, as .env.example says to make it; variables already set win. */
import { existsSync } from 'node:fs';

export function loadDotEnv(): void {
  if (!existsSync('.env')) return;
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    process.stderr.write(`error: .env could not be read: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
