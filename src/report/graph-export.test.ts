import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Network } from '../model/network.js';
import type { Subject } from '../model/subject.js';
import { graphDocument, graphFormatOf, toGexf, toGraphml } from './graph-export.js';
import { networkViews } from './network-view.js';

const subject = (id: string, name: string): Subject => ({ id, display_name: name, identity_ids: [`hr.employee:hr-csv:${id}`], merge_reasons: [], score: 70, level: 'high', contributions: [], escalations: [] }) as Subject;
const members = Array.from({ length: 900 }, (_, i) => `sub_m${i}`);
const networks: Network[] = [
  {
    id: 'net_farm',
    score: 88,
    level: 'critical',
    subjects: members,
    structure: 0.9,
    member_max_score: 40,
    kinds: ['payout', 'address'],
    summary: 'farm',
    links: [
      { kind: 'payout', indicator: 'G-03', value_display: 'bank ••••4321', subjects: members, first: '2026-01-01T00:00:00.000Z', evidence: [] },
      { kind: 'address', indicator: 'D-03', value_display: '••• "<Phoenix>" & co', subjects: members.slice(0, 2), evidence: [] },
    ],
  },
];
const subjects = [subject('sub_m0', 'Eve <script>alert(1)</script> & "Co"\u0007'), subject('sub_m1', 'Ann')];

describe('graph export', () => {
  test('shared values are nodes, so a payout account shared by 900 personas is 900 edges, not a clique', () => {
    const doc = graphDocument(networks, subjects);
    assert.equal(doc.nodes.filter((n) => n.type === 'subject').length, 900);
    assert.equal(doc.nodes.filter((n) => n.type === 'value').length, 2);
    assert.equal(doc.edges.length, 902);
    assert.equal(doc.nodes[0]!.score, 70);
    assert.equal(doc.nodes[0]!.network, 'net_farm');
  });

  test('GraphML and GEXF escape every outside value and drop control characters', () => {
    const doc = graphDocument(networks, subjects);
    for (const xml of [toGraphml(doc), toGexf(doc, '2026-12-03T10:00:00Z')]) {
      assert.ok(!xml.includes('<script>'));
      assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;\uFFFD'));
      assert.ok(xml.includes('&quot;&lt;Phoenix&gt;&quot; &amp; co'));
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u0008]/.test(xml));
      assert.equal((xml.match(/<edge /g) ?? []).length, 902);
    }
    assert.match(toGraphml(doc), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
    assert.match(toGexf(doc, '2026-12-03T10:00:00Z'), /<gexf xmlns="http:\/\/gexf.net\/1.3" version="1.3">/);
  });

  test('the format follows the file extension', () => {
    assert.equal(graphFormatOf('out/graph.GEXF'), 'gexf');
    assert.equal(graphFormatOf('g.graphml'), 'graphml');
    assert.equal(graphFormatOf('g.json'), 'json');
    assert.equal(graphFormatOf('g.dot'), undefined);
  });

  test('the networks --json view carries exactly the contract fields', () => {
    const [view] = networkViews(networks);
    assert.deepEqual(Object.keys(view!), ['id', 'score', 'level', 'subjects', 'links']);
    assert.deepEqual(Object.keys(view!.links[0]!), ['kind', 'value_display', 'subjects']);
  });
});
