import type { Catalog } from '../analyze.js';
import type { SourceDefinition } from '../ingest/define-source.js';
import { openStore, type Store } from '../store/open-store.js';
import type { ResolvedConfig } from './config.js';
import type { CliIO } from './io.js';

/** What every command receives from the boundary: IO, resolved config and the catalog. */
export interface CommandContext {
  io: CliIO;
  config: ResolvedConfig;
  catalog: Catalog & { sources: readonly SourceDefinition[] };
  quiet: boolean;
}

/** Opens the store for a command and always closes it. */
export async function withStore<T>(ctx: CommandContext, mustExist: boolean, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.config.store, { mustExist });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
