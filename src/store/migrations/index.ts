import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { intel } from './0002-intel.js';
import { userAgent } from './0003-user-agent.js';
import { watchLists } from './0004-watch-lists.js';
import { networks } from './0005-networks.js';
import { signInDevice } from './0006-signin-device.js';
import { analysisState } from './0007-analysis-state.js';

/** Every migration in order. Listed explicitly: no directory scanning at run time. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-intel': intel,
  '0003-user-agent': userAgent,
  '0004-watch-lists': watchLists,
  '0005-networks': networks,
  '0006-signin-device': signInDevice,
  '0007-analysis-state': analysisState,
};

/** A Kysely migration provider over the static list. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
