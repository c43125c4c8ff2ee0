import type { Enrichments } from '../enrich/enrichments.js';
import type { Event } from '../model/event.js';
import type { SignIn } from '../model/sign-in.js';
import type { RuleContext } from './define-rule.js';

/**
 * The enrichments of an address seen on a non-sign-in event (an MDM check-in, an osquery snapshot).
 * ctx.enrichment takes any observation the enrichers read (ip, network, at…); a sign-in fact is one,
 * and so is this reduced event. Memoized by the context like every other observation.
 */
export function enrichmentOfEvent(ctx: RuleContext, event: Event): Partial<Enrichments> {
  const ip = event.source?.ip;
  if (!ip) return {};
  const observation = { ip, at: Date.parse(event['@timestamp']), ...(event.network?.name ? { network: event.network.name } : {}) };
  return ctx.enrichment(observation as unknown as SignIn);
}

/**
 * Events that report where a company device is: MDM check-ins and endpoint telemetry (host events)
 * that carry the device's public address.
 */
export function isDeviceReport(event: Event): boolean {
  return !!event.source?.ip && (event.event.action === 'device.checked_in' || event.event.category.includes('host'));
}

/** True when an address says nothing about one person: corporate egress, NAT, CGNAT, private space. */
export function sharedByDesign(enrichment: Partial<Enrichments>): boolean {
  return enrichment.ip_scope?.shared_by_design !== false || enrichment.ip_intel?.class === 'private' || enrichment.ip_intel?.class === 'corporate';
}
