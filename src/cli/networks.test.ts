import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EXAMPLES, sandbox, type Sandbox } from './__fixtures__/harness.js';

interface NetworkJson {
  id: string;
  score: number;
  level: string;
  subjects: string[];
  links: { kind: string; value_display: string; subjects: string[] }[];
}

async function inSandbox(work: (box: Sandbox) => Promise<void>): Promise<void> {
  const box = sandbox();
  try {
    await work(box);
  } finally {
    box.dispose();
  }
}

async function scanned(box: Sandbox): Promise<{ subjects: { id: string; display_name: string; network: string | null; level: string }[] }> {
  const r = await box.cli(['scan', EXAMPLES, '--json', '--db', box.db]);
  assert.equal(r.code, 0, r.stderr);
  return { subjects: JSON.parse(r.stdout) };
}

describe('networks, graph and judge on examples/', () => {
  test('the planted farm is one network with its shared values masked; subjects carry their network; households stay quiet', async () => {
    await inSandbox(async (box) => {
      const { subjects } = await scanned(box);
      const id = (name: string) => subjects.find((s) => s.display_name === name)!.id;
      // The three laptops and Tom Sample, the applicant who used their phone number (examples/README.md).
      const farm = ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker', 'Tom Sample'].map(id).sort();
      const r = await box.cli(['networks', '--json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const networks = JSON.parse(r.stdout) as NetworkJson[];
      for (const n of networks) assert.deepEqual(Object.keys(n), ['id', 'score', 'level', 'subjects', 'links']);
      for (let i = 1; i < networks.length; i++) assert.ok(networks[i - 1]!.score >= networks[i]!.score, 'sorted by score');
      const net = networks.find((n) => farm.every((s) => n.subjects.includes(s)));
      assert.ok(net, JSON.stringify(networks));
      assert.deepEqual([...net.subjects].sort(), farm, 'the farm and its applicant, and no one else');
      const kinds = new Set(net.links.map((l) => l.kind));
      for (const kind of ['payout', 'address', 'phone']) assert.ok(kinds.has(kind), `${kind} link in ${[...kinds]}`);
      assert.ok(['high', 'critical'].includes(net.level), net.level);
      const payout = net.links.find((l) => l.kind === 'payout')!;
      assert.match(payout.value_display, /••••\d{4}$/);
      assert.ok(!r.stdout.includes('0001000'), 'no account number in clear');
      for (const s of subjects) {
        assert.ok('network' in s, s.display_name);
        assert.equal(s.network, farm.includes(s.id) ? net.id : networks.find((n) => n.subjects.includes(s.id))?.id ?? null, s.display_name);
      }
      const kims = networks.find((n) => ['Grace Kim', 'Henry Kim'].every((name) => n.subjects.includes(id(name))));
      assert.ok(kims && kims.subjects.length === 2 && kims.level === 'low', 'an undeclared household is a visible two-person network, capped at low');
      const small = await box.cli(['networks', '--json', '--min-size', '4', '--db', box.db]);
      assert.deepEqual(JSON.parse(small.stdout), networks.filter((n) => n.subjects.length >= 4));
      const table = await box.cli(['networks', '--db', box.db]);
      assert.match(table.stdout, new RegExp(net.id));
    });
  });

  test('graph --out writes JSON, GraphML and GEXF by extension, and refuses other names', async () => {
    await inSandbox(async (box) => {
      await scanned(box);
      for (const name of ['g.json', 'g.graphml', 'g.gexf']) {
        const r = await box.cli(['graph', '--out', name, '--db', box.db]);
        assert.equal(r.code, 0, r.stderr);
        const text = readFileSync(join(box.dir, name), 'utf8');
        if (name.endsWith('.json')) {
          const doc = JSON.parse(text) as { nodes: { type: string }[]; edges: unknown[] };
          assert.ok(doc.nodes.some((n) => n.type === 'subject') && doc.nodes.some((n) => n.type === 'value'));
          assert.ok(doc.edges.length > 0);
        } else {
          assert.match(text, name.endsWith('.gexf') ? /<gexf / : /<graphml /);
          assert.match(text, /Ryan Mitchell/);
        }
      }
      const bad = await box.cli(['graph', '--out', 'g.dot', '--db', box.db]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /\.json, \.graphml or \.gexf/);
    });
  });

  test('judgements are audited and survive every recomputation: household unlinks, different keeps apart', async () => {
    await inSandbox(async (box) => {
      const { subjects } = await scanned(box);
      const env = { MOLEHUNT_ANALYST: 'analyst@example.com' };
      const before = JSON.parse((await box.cli(['networks', '--json', '--db', box.db])).stdout) as NetworkJson[];
      const kims = ['grace.kim@example.com', 'henry.kim@example.com'];
      const coupled = before.find((n) => n.subjects.length === 2 && kims.every((k) => n.subjects.includes(subjects.find((s) => s.display_name === (k.startsWith('grace') ? 'Grace Kim' : 'Henry Kim'))!.id)));
      assert.ok(coupled, 'the couple shares a home and a connection');
      const j = await box.cli(['judge', kims[0]!, kims[1]!, 'household', '--reason', 'married; HR confirmed the shared home', '--db', box.db], env);
      assert.equal(j.code, 0, j.stderr);
      assert.match(j.stderr, /recorded jdg_[0-9a-z]+: Grace Kim and Henry Kim are one household/);
      for (let run = 0; run < 2; run++) {
        assert.equal((await box.cli(['analyze', '--db', box.db])).code, 0);
        const after = JSON.parse((await box.cli(['networks', '--json', '--db', box.db])).stdout) as NetworkJson[];
        assert.ok(!after.some((n) => n.id === coupled.id), `run ${run}: the household is no network`);
      }
      const trail = await box.cli(['judgements', '--json', '--db', box.db]);
      const [entry] = JSON.parse(trail.stdout) as { decided_by: string; reason: string; decision: string; decided_at: string }[];
      assert.equal(entry!.decided_by, 'analyst@example.com');
      assert.equal(entry!.decision, 'household');
      assert.equal(entry!.reason, 'married; HR confirmed the shared home');
      assert.ok(!Number.isNaN(Date.parse(entry!.decided_at)));
      const same = await box.cli(['judge', kims[0]!, kims[0]!, 'same', '--reason', 'oops', '--db', box.db], env);
      assert.equal(same.code, 2);
      const noReason = await box.cli(['judge', kims[0]!, kims[1]!, 'different', '--reason', '', '--db', box.db], env);
      assert.equal(noReason.code, 2);
      const badDecision = await box.cli(['judge', kims[0]!, kims[1]!, 'cousins', '--reason', 'why not', '--db', box.db], env);
      assert.equal(badDecision.code, 2);
    });
  });
});
