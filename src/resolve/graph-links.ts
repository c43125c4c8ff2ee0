import type { Exemption, GenericValue, GraphNetwork, Link } from './graph-types.js';
import type { NearDuplicates } from './near-duplicates.js';
import { groupLink, nearGeneric } from './near-duplicates.js';
import { buildNetwork } from './networks.js';
import { parseLinkKey, type RecordState } from './record-state.js';
import { ipValueLinks, recordValueLinks, type LinkContext, type ValueLinks } from './value-links.js';

/** What the link layer reads from the resolved graph. */
export interface LinkHost {
  near: NearDuplicates;
  state(rid: number): RecordState;
  hasSubject(subject: string): boolean;
  linkContext(): LinkContext;
}

/**
 * The link layer of the identity graph: links by internal key and the indexes that find them again
 * (by subject, by value, by near-duplicate record), generic values, household exemptions, networks.
 */
export class GraphLinks {
  readonly links = new Map<string, Link>();
  readonly generic = new Map<string, GenericValue>();
  readonly exemptions = new Map<number, Exemption[]>();
  readonly networks = new Map<string, GraphNetwork>();
  readonly networkOf = new Map<string, string>();
  private readonly linksOfSubject = new Map<string, Set<string>>();
  private readonly linksOfValue = new Map<number, string[]>();
  private readonly linksOfPairRid = new Map<number, Set<string>>();

  constructor(private readonly host: LinkHost) {}

  private removeLink(key: string, touched: Set<string>): void {
    const link = this.links.get(key);
    if (!link) return;
    this.links.delete(key);
    for (const s of link.subjects) {
      touched.add(s);
      this.linksOfSubject.get(s)?.delete(key);
    }
  }

  private addLink(key: string, link: Link, touched: Set<string>): void {
    this.links.set(key, link);
    for (const s of link.subjects) {
      touched.add(s);
      if (!this.linksOfSubject.has(s)) this.linksOfSubject.set(s, new Set());
      this.linksOfSubject.get(s)!.add(key);
    }
  }

  /**
   * Recomputes the links of every identifier of the dirty subjects (their records before and after
   * the change) and of the keys changed records dropped, the near-duplicate groups around the changed
   * records, and the networks around every subject a link change touched.
   */
  relink(dirtyRids: Iterable<number>, dirtySubjects: ReadonlySet<string>, formerKeys: readonly number[], nearAffected: ReadonlySet<number>): { valuesRecomputed: number; networksRebuilt: number } {
    const dirtyKids = new Set(formerKeys);
    const pairRids = new Set(nearAffected);
    for (const rid of dirtyRids) {
      const state = this.host.state(rid);
      for (const k of state.linkKeys) dirtyKids.add(k.kid);
      for (const kid of state.ipKeys) dirtyKids.add(kid);
      pairRids.add(rid);
    }
    const touched = new Set(dirtySubjects);
    const ctx = this.host.linkContext();
    const keys = ctx.keys;
    for (const kid of dirtyKids) {
      for (const key of this.linksOfValue.get(kid) ?? []) this.removeLink(key, touched);
      const name = keys.name(kid);
      this.generic.delete(name);
      this.exemptions.delete(kid);
      const result: ValueLinks = parseLinkKey(name).kind === 'ip' ? ipValueLinks(kid, ctx) : recordValueLinks(kid, ctx);
      for (const { key, link } of result.links) this.addLink(key, link, touched);
      if (result.links.length > 0) this.linksOfValue.set(kid, result.links.map((l) => l.key));
      else this.linksOfValue.delete(kid);
      if (result.generic) this.generic.set(name, result.generic);
      if (result.exemptions.length > 0) this.exemptions.set(kid, result.exemptions);
    }
    this.relinkPairs(pairRids, ctx, touched);
    const networksRebuilt = this.rebuildNetworks(touched);
    return { valuesRecomputed: dirtyKids.size, networksRebuilt };
  }

  /** Near-duplicate groups around the changed records: removed and rebuilt as connected groups. */
  private relinkPairs(dirty: Set<number>, ctx: LinkContext, touched: Set<string>): void {
    for (const kind of ['resume', 'photo'] as const) {
      const neighbours = this.host.near.neighbours[kind];
      const status = new Map<number, GenericValue | undefined>();
      const genericOf = (rid: number) => {
        if (!status.has(rid)) {
          const g = nearGeneric(kind, rid, this.host.near, ctx);
          status.set(rid, g);
          const key = `~${kind}:${this.host.state(rid).record.id}`;
          if (g) this.generic.set(key, g);
          else this.generic.delete(key);
        }
        return status.get(rid);
      };
      // A status can change for a neighbour of a changed record; its own neighbours' groups change with it.
      const starts = new Set<number>();
      for (const rid of dirty) {
        // Records with no near-duplicates and no group link have nothing to rebuild.
        if (!neighbours.has(rid) && !this.linksOfPairRid.has(rid)) continue;
        starts.add(rid);
        for (const n of neighbours.get(rid)?.keys() ?? []) {
          starts.add(n);
          for (const m of neighbours.get(n)?.keys() ?? []) starts.add(m);
        }
      }
      const visited = new Set<number>();
      for (const start of starts) {
        if (visited.has(start)) continue;
        const group: number[] = [];
        const queue = [start];
        visited.add(start);
        while (queue.length > 0) {
          const rid = queue.pop()!;
          group.push(rid);
          for (const key of this.linksOfPairRid.get(rid) ?? []) if (key.startsWith(`~${kind}:`)) this.removeLink(key, touched);
          if (genericOf(rid)) continue;
          for (const n of neighbours.get(rid)?.keys() ?? []) {
            if (visited.has(n) || genericOf(n)) continue;
            visited.add(n);
            queue.push(n);
          }
        }
        for (const rid of group) this.linksOfPairRid.get(rid)?.forEach((key) => key.startsWith(`~${kind}:`) && this.linksOfPairRid.get(rid)!.delete(key));
        if (group.length < 2) continue;
        const made = groupLink(kind, group.sort((a, b) => a - b), this.host.near, ctx);
        if (!made) continue;
        this.addLink(made.key, made.link, touched);
        for (const r of group) {
          if (!this.linksOfPairRid.has(r)) this.linksOfPairRid.set(r, new Set());
          this.linksOfPairRid.get(r)!.add(made.key);
        }
      }
    }
  }

  private rebuildNetworks(touched: Set<string>): number {
    const seeds = new Set(touched);
    for (const s of touched) {
      const nid = this.networkOf.get(s);
      const net = nid ? this.networks.get(nid) : undefined;
      if (!net) continue;
      for (const m of net.subjects) {
        seeds.add(m);
        this.networkOf.delete(m);
      }
      this.networks.delete(net.id);
    }
    const visited = new Set<string>();
    let rebuilt = 0;
    for (const start of seeds) {
      if (visited.has(start) || !this.host.hasSubject(start)) continue;
      const members: string[] = [];
      const linkKeys = new Set<string>();
      const queue = [start];
      visited.add(start);
      while (queue.length > 0) {
        const s = queue.pop()!;
        members.push(s);
        for (const key of this.linksOfSubject.get(s) ?? []) {
          // Each link's subjects once: a link of 900 is 900 steps, not 900 × 900.
          if (linkKeys.has(key)) continue;
          linkKeys.add(key);
          for (const t of this.links.get(key)!.subjects) {
            if (!visited.has(t)) {
              visited.add(t);
              queue.push(t);
            }
          }
        }
      }
      if (members.length < 2) continue;
      const links = [...linkKeys].sort().map((k) => this.links.get(k)!);
      const network = buildNetwork(members.sort(), links);
      this.networks.set(network.id, network);
      for (const m of members) this.networkOf.set(m, network.id);
      rebuilt++;
    }
    return rebuilt;
  }
}
