import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../model/finding.js';
import type { GroundTruth } from '../model/ground-truth.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { Level } from '../model/severity.js';
import type { Subject } from '../model/subject.js';
import { employee, record } from '../test-support/factories.js';
import { evaluate } from './eval-report.js';
import { evalText } from './eval-text.js';

const truth: GroundTruth = {
  simulator: { version: 1, seed: 1, employees: 5, days: 7, start: '2026-10-05', scenarios: ['laptop-farm', 'applicant-wave', 'night-shift'] },
  operations: [
    { id: 'op-farm', scenario: 'laptop-farm', title: 'farm', modeled_on: [], indicators: ['D-03'], first_event: '2026-10-01T00:00:00.000Z', notes: [], members: [
      { name: 'Ann One', role: 'worker', employee_id: 'E1', applicant_ids: [], emails: [] },
      { name: 'Bob Two', role: 'worker', applicant_ids: [], emails: ['bob.two@example.com'] },
    ] },
    { id: 'op-wave', scenario: 'applicant-wave', title: 'wave', modeled_on: [], indicators: ['A-09'], first_event: '2026-10-02T00:00:00.000Z', notes: [], members: [
      { name: 'Cat Three', role: 'persona', applicant_ids: ['A1'], emails: [] },
      { name: 'Dan Gone', role: 'persona', employee_id: 'E9', applicant_ids: [], emails: [] },
    ] },
  ],
  benign: [{ id: 'benign-night', scenario: 'night-shift', title: 'night', looks_like: ['E-06'], why_benign: 'declared shift', members: [{ name: 'Eve Five', role: 'night shift', employee_id: 'E5', applicant_ids: [], emails: [] }] }],
  suggested_config: {},
};

const records: IdentityRecord[] = [
  employee('E1', 'ann.one@example.com', 'Ann One'),
  employee('E2', 'bob.two@example.com', 'Bob Two'),
  record('ats.applicant', 'A1', { applicant_id: 'A1', name: 'Cat Three' }),
  employee('E5', 'eve.five@example.com', 'Eve Five'),
  employee('E6', 'fay.six@example.com', 'Fay Six'),
  employee('E7', 'gus.seven@example.com', 'Gus Seven'),
];

function subject(n: number, recordIndex: number, score: number, level: Level, network?: string | null): Subject {
  return {
    id: `sub_${n}`, display_name: records[recordIndex]!.name ?? '', identity_ids: [records[recordIndex]!.id], merge_reasons: [], score, level,
    escalations: [],
    contributions: score > 0 ? [{ rule: 'signin.a', severity: 'medium', confidence: 1, points: score - 5, status: 'counted' }, { rule: 'signin.b', severity: 'low', confidence: 1, points: 5, status: 'counted' }, { rule: 'signin.c', severity: 'low', confidence: 1, points: 0, status: 'suppressed' }] : [],
    ...(network !== undefined ? { network } : {}),
  } as Subject;
}

const subjects = [subject(1, 0, 90, 'critical'), subject(2, 1, 40, 'medium'), subject(3, 2, 20, 'low'), subject(5, 3, 45, 'medium'), subject(6, 4, 0, 'none'), subject(7, 5, 70, 'high')];
const identities = new Map(records.map((r) => [r.id, r]));
const finding = (subjectId: string, severity: Finding['severity'], times: string[]): Finding => ({
  id: `f-${subjectId}-${severity}`, rule: 'shipping.shared-address', indicator: 'D-03', subject: subjectId, severity, confidence: 0.9, summary: 's',
  evidence: times.map((timestamp) => ({ timestamp, values: {} })), citations: [{ indicator: 'D-03', source: 'S21' }], corroborating_only: false,
} as Finding);
const findings = [finding('sub_1', 'high', ['2026-10-03T12:00:00.000Z', '2026-10-04T00:00:00.000Z']), finding('sub_2', 'medium', ['2026-10-02T00:00:00.000Z'])];

describe('evaluate', () => {
  const r = evaluate(truth, subjects, identities, findings);

  test('maps members to subjects by employee id, applicant id and e-mail; absent members are misses', () => {
    assert.deepEqual(r.subjects, { total: 6, positive: 3, members_not_found: 1, lookalikes: 1, benign: 3, matched_people: 4, same_name: 4 });
  });

  test('precision and recall at the review threshold count every subject at or above medium', () => {
    const medium = r.cutoffs.find((c) => c.level === 'medium')!;
    assert.deepEqual({ tp: medium.tp, fp: medium.fp, fn: medium.fn, tn: medium.tn }, { tp: 2, fp: 2, fn: 2, tn: 1 });
    assert.equal(r.review.precision, 0.5);
    assert.equal(r.review.recall, 0.5);
    assert.equal(r.review.lookalike_fpr, 1);
    assert.equal(r.review.benign_fpr, 2 / 3);
    assert.equal(r.cutoffs.find((c) => c.level === 'none')!.recall, 3 / 4);
  });

  test('per operation: all members found or not, who was missed, days to the first high finding', () => {
    const [farm, wave] = r.operations;
    assert.deepEqual({ detected: farm!.detected, all: farm!.all_detected, ttd: [farm!.time_to_detect_days_lower, farm!.time_to_detect_days] }, { detected: 2, all: true, ttd: [2.5, 3] });
    assert.deepEqual(wave!.missed, [{ name: 'Cat Three', level: 'low' }, { name: 'Dan Gone', level: 'absent' }]);
    assert.deepEqual(wave!.not_found, ['Dan Gone']);
    assert.equal(wave!.time_to_detect_days, null);
  });

  test('false positives list look-alikes first, each with its top contributions', () => {
    assert.deepEqual(r.false_positives.map((f) => [f.name, f.lookalike ?? null]), [['Eve Five', 'benign-night'], ['Gus Seven', null]]);
    assert.deepEqual(r.false_positives[0]!.top, [{ rule: 'signin.a', points: 40 }, { rule: 'signin.b', points: 5 }]);
  });

  test('ranking: operation members must outrank every benign subject; the ones that do not are named', () => {
    assert.deepEqual(r.ranking, { lowest_operation_score: 20, highest_benign_score: 70, separated: false, outranking: [{ name: 'Gus Seven', score: 70 }, { name: 'Eve Five', score: 45 }] });
    assert.match(evalText(r), /every operation member above every benign subject: NO \(lowest member 20, highest benign 70\)/);
    const lifted = subjects.map((s) => (s.id === 'sub_3' ? { ...s, score: 95 } : s.id === 'sub_2' ? { ...s, score: 80 } : s));
    assert.equal(evaluate(truth, lifted, identities, findings).ranking.separated, true);
  });

  test('network recovery is n/a without network analysis, and an ARI with it', () => {
    assert.equal(r.network_ari, null);
    assert.match(evalText(r), /networks: n\/a \(no network analysis\)/);
    const networked = subjects.map((s) => ({ ...s, network: s.id === 'sub_1' || s.id === 'sub_2' ? 'net_1' : null }));
    assert.equal(evaluate(truth, networked, identities, findings).network_ari, 1);
    const merged = subjects.map((s) => ({ ...s, network: 'net_all' }));
    assert.ok(evaluate(truth, merged, identities, findings).network_ari! < 0.5);
  });

  test('the text report shows the table, the operations and the false positives', () => {
    const text = evalText(r);
    assert.match(text, /medium \(review\)\s+4\s+2\s+2\s+2\s+0\.500\s+0\.500/);
    assert.match(text, /op-wave\s+2\s+0\s+no\s+no high finding\s+Cat Three \(low\), Dan Gone \(absent\)/);
    assert.match(text, /Eve Five \[benign-night\]/);
  });
});
