import type { Event } from '../model/event.js';
import type { Host } from './host-events.js';
import { REMOTE_ACCESS_TOOLS, type RemoteAccessTool } from './remote-access-tools.js';
import { softwareMatcher, type SoftwareMatch } from './software-match.js';
import { eventTime } from './subject-facts.js';

export { REMOTE_ACCESS_TOOLS, type RemoteAccessTool };

/** A remote-access product seen on one host: first and last sighting and the events that show it. */
export interface ToolSighting {
  tool: RemoteAccessTool;
  first: number;
  last: number;
  /** True when a process of the tool ran (installed and used), not only an installed package. */
  ran: boolean;
  /** The first event of each distinct matched value (path, package name), in time order. */
  events: { event: Event; match: SoftwareMatch<RemoteAccessTool> }[];
}

const normalize = (name: string): string => name.trim().toLowerCase();

/** The catalog tool a configured name means (its name or an alias, case-insensitive). */
export function toolNamed(name: string): RemoteAccessTool | undefined {
  const q = normalize(name);
  return REMOTE_ACCESS_TOOLS.find((t) => normalize(t.name) === q || t.aliases.some((a) => normalize(a) === q));
}

/**
 * Which tools the organization sanctions, with the spelling its config used: a finding names a tool
 * that way, so `suppressions.sanctioned_remote_tools` (matched by exact name) recognizes it even when
 * it was written as an alias ("ConnectWise Control" for ScreenConnect).
 */
export function sanctionedSpellings(sanctioned: readonly string[]): Map<RemoteAccessTool, string> {
  const out = new Map<RemoteAccessTool, string>();
  for (const name of sanctioned) {
    const tool = toolNamed(name);
    if (tool && !out.has(tool)) out.set(tool, name);
  }
  return out;
}

/** The configured sanctioned names the catalog does not know (so nothing would ever match them). */
export function unknownSanctionedNames(sanctioned: readonly string[]): string[] {
  return sanctioned.filter((name) => !toolNamed(name));
}

const matchTool = softwareMatcher(REMOTE_ACCESS_TOOLS);

/** The remote-access product an event shows (a process of it, or an installed package), if any. */
export function remoteAccessToolOf(event: Event): SoftwareMatch<RemoteAccessTool> | undefined {
  return matchTool(event);
}

const sightingCache = new WeakMap<Host, ToolSighting[]>();

/** Every remote-access product seen on a host, in order of first sighting (computed once per host; do not modify). */
export function toolSightings(host: Host): readonly ToolSighting[] {
  const cached = sightingCache.get(host);
  if (cached) return cached;
  const sightings = computeSightings(host);
  sightingCache.set(host, sightings);
  return sightings;
}

function computeSightings(host: Host): ToolSighting[] {
  const byTool = new Map<RemoteAccessTool, ToolSighting & { values: Set<string> }>();
  for (const event of host.events) {
    const match = remoteAccessToolOf(event);
    if (!match) continue;
    const at = eventTime(event);
    let s = byTool.get(match.signature);
    if (!s) {
      s = { tool: match.signature, first: at, last: at, ran: false, events: [], values: new Set() };
      byTool.set(match.signature, s);
    }
    s.last = Math.max(s.last, at);
    s.ran ||= match.via === 'process';
    if (!s.values.has(match.value)) {
      s.values.add(match.value);
      s.events.push({ event, match });
    }
  }
  return [...byTool.values()].map(({ values: _values, ...s }) => s).sort((a, b) => a.first - b.first);
}

/** A tool found on so much of the fleet that IT must have put it there. */
export interface FleetStandard {
  tool: RemoteAccessTool;
  hosts: number;
  of: number;
}

/**
 * Tools on at least `share` of the hosts that report any software, when there are at least
 * `minHosts` of them: the fleet's de-facto standard, which IT put there, not one worker.
 */
export function fleetStandardTools(hosts: readonly Host[], share: number, minHosts: number): FleetStandard[] {
  const inventoried = hosts.filter((h) => h.events.some((e) => e.package || e.process));
  if (inventoried.length < minHosts) return [];
  const counts = new Map<RemoteAccessTool, number>();
  for (const host of inventoried) for (const s of toolSightings(host)) counts.set(s.tool, (counts.get(s.tool) ?? 0) + 1);
  return [...counts].filter(([, n]) => n / inventoried.length >= share).map(([tool, n]) => ({ tool, hosts: n, of: inventoried.length }));
}

/** The analyst's note for a fleet-standard tool: what was done and how to change it. */
export function fleetStandardNote(s: FleetStandard, rule: string): string {
  return (
    `${s.tool.name} is on ${s.hosts} of ${s.of} inventoried hosts and was treated as the organization's standard tool, not as evidence; ` +
    `list it in suppressions.sanctioned_remote_tools to say so, or raise rules.${rule}.fleetShare to examine it.`
  );
}
