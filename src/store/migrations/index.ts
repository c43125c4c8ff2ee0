import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';

/** Every migration in order. Listed explicitly: no directory scanning at run time. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

/** A Kysely migration provider over the static list. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
