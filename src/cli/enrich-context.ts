import { NO_IMPORTS, type EnrichContext } from '../enrich/define-enricher.js';
import type { Store } from '../store/open-store.js';
import type { CommandContext } from './context.js';

/** The context enrichers run with: config, the user's imported datasets, and shipped reference data. */
export async function enrichContext(ctx: CommandContext, store: Store | undefined): Promise<EnrichContext> {
  return {
    corporateCidrs: ctx.config.corporate_egress_cidrs,
    corporateNetworks: ctx.config.corporate_networks,
    imports: store ? await store.intel.imports() : NO_IMPORTS,
  };
}
