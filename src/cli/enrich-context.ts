import { NO_IMPORTS, type EnrichContext } from '../enrich/define-enricher.js';
import type { Store } from '../store/open-store.js';
import { loadIpReference } from '../store/reference/ip-reference.js';
import type { CommandContext } from './context.js';

/**
 * The context enrichers run with: config, the user's imported datasets, and shipped reference data.
 * The IP reference (country and ASN tables, ≈ 0.8 s to load) is loaded only for commands that enrich
 * addresses, once per process.
 */
export async function enrichContext(ctx: CommandContext, store: Store | undefined, options: { ip?: boolean } = {}): Promise<EnrichContext> {
  return {
    corporateCidrs: ctx.config.corporate_egress_cidrs,
    corporateNetworks: ctx.config.corporate_networks,
    imports: store ? await store.intel.imports() : NO_IMPORTS,
    ...(options.ip ? { ipReference: loadIpReference() } : {}),
  };
}
