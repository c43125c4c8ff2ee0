// The identity graph for Gephi, Cytoscape, networkx or a script: subjects and the values they share
// as nodes, "carries" edges between them (a shared value is a node rather than a clique of edges,
// so a payout account shared by 900 personas is 900 edges, not 404,550). Values stay masked.
import type { Network } from '../model/network.js';
import type { Subject } from '../model/subject.js';
import { escapeHtml } from './escape.js';

/** A node: a subject or a shared value. */
export interface GraphNode {
  id: string;
  type: 'subject' | 'value';
  label: string;
  network: string;
  score?: number;
  level?: string;
  kind?: string;
  indicator?: string;
}

/** A subject's part in a shared value (or one side of a near-duplicate pair). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  first?: string;
  last?: string;
}

/** The exported graph. */
export interface GraphDocument {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Builds the graph of the stored networks: every networked subject, every link value, their edges. */
export function graphDocument(networks: readonly Network[], subjects: readonly Subject[]): GraphDocument {
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const net of networks) {
    for (const id of net.subjects) {
      const s = byId.get(id);
      nodes.push({ id, type: 'subject', label: s?.display_name ?? id, network: net.id, ...(s ? { score: s.score, level: s.level } : {}) });
    }
    net.links.forEach((link, i) => {
      const valueId = `${net.id}:v${i}`;
      nodes.push({ id: valueId, type: 'value', label: `${link.kind} ${link.value_display}`, network: net.id, kind: link.kind, indicator: link.indicator });
      for (const subject of link.subjects) {
        edges.push({ id: `${valueId}:${subject}`, source: subject, target: valueId, kind: link.kind, ...(link.first ? { first: link.first } : {}), ...(link.last ? { last: link.last } : {}) });
      }
    });
  }
  return { nodes, edges };
}

/** XML text: HTML escaping plus the characters XML 1.0 forbids outright. */
function x(value: unknown): string {
  return escapeHtml(value).replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const NODE_ATTRS = ['type', 'label', 'network', 'score', 'level', 'kind', 'indicator'] as const;
const EDGE_ATTRS = ['kind', 'first', 'last'] as const;
const attrType = (name: string) => (name === 'score' ? 'double' : 'string');

/** GraphML (for Gephi, Cytoscape, yEd, networkx). */
export function toGraphml(doc: GraphDocument): string {
  const keys = [
    ...NODE_ATTRS.map((a) => `<key id="n_${a}" for="node" attr.name="${a}" attr.type="${attrType(a)}"/>`),
    ...EDGE_ATTRS.map((a) => `<key id="e_${a}" for="edge" attr.name="${a}" attr.type="string"/>`),
  ];
  const data = (prefix: string, obj: object, attrs: readonly string[]) =>
    attrs
      .filter((a) => (obj as Record<string, unknown>)[a] !== undefined)
      .map((a) => `<data key="${prefix}_${a}">${x((obj as Record<string, unknown>)[a])}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '<graph id="molehunt" edgedefault="undirected">',
    ...doc.nodes.map((n) => `<node id="${x(n.id)}">${data('n', n, NODE_ATTRS)}</node>`),
    ...doc.edges.map((e) => `<edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}">${data('e', e, EDGE_ATTRS)}</edge>`),
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** GEXF 1.3 (Gephi's own format). */
export function toGexf(doc: GraphDocument, generatedAt: string): string {
  const nodeAttrs = NODE_ATTRS.filter((a) => a !== 'label');
  const values = (obj: object, attrs: readonly string[]) =>
    attrs
      .filter((a) => (obj as Record<string, unknown>)[a] !== undefined)
      .map((a) => `<attvalue for="${a}" value="${x((obj as Record<string, unknown>)[a])}"/>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `<meta lastmodifieddate="${x(generatedAt.slice(0, 10))}"><creator>molehunt</creator><description>subjects and the identifiers they share</description></meta>`,
    '<graph defaultedgetype="undirected" mode="static">',
    `<attributes class="node">${nodeAttrs.map((a) => `<attribute id="${a}" title="${a}" type="${attrType(a)}"/>`).join('')}</attributes>`,
    `<attributes class="edge">${EDGE_ATTRS.map((a) => `<attribute id="${a}" title="${a}" type="string"/>`).join('')}</attributes>`,
    '<nodes>',
    ...doc.nodes.map((n) => `<node id="${x(n.id)}" label="${x(n.label)}"><attvalues>${values(n, nodeAttrs)}</attvalues></node>`),
    '</nodes>',
    '<edges>',
    ...doc.edges.map((e) => `<edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}"><attvalues>${values(e, EDGE_ATTRS)}</attvalues></edge>`),
    '</edges>',
    '</graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/** The export format a file name asks for, or undefined. */
export function graphFormatOf(file: string): 'json' | 'graphml' | 'gexf' | undefined {
  const ext = file.toLowerCase().split('.').pop();
  return ext === 'json' || ext === 'graphml' || ext === 'gexf' ? ext : undefined;
}
