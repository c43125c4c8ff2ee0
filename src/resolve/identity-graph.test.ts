import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../model/identity-record.js';
import { employee, record } from '../test-support/factories.js';
import type { Judgement } from './graph-types.js';
import { buildIdentityGraph } from './identity-graph.js';

const applicant = (id: string, name: string | undefined, ids: Partial<IdentityRecord['identifiers']>, attributes: Record<string, string> = {}) =>
  record('ats.applicant', id, { ...(name ? { name } : {}), applicant_id: id, identifiers: ids, attributes });
const home = (line: string, city: string, postal: string) => ({ role: 'home' as const, line, city, postal_code: postal, country: 'US' });
const shipTo = (line: string, city: string, postal: string) => ({ role: 'ship_to' as const, line, city, postal_code: postal, country: 'US' });
const bank = (fp: string, last4: string) => ({ kind: 'bank' as const, fingerprint: fp, last4 });
const judgement = (decision: Judgement['decision'], a: string[], b: string[], id = `jdg_${decision}`): Judgement => ({ id, decision, a, b, reason: 'test reason', by: 'analyst@example.com', at: '2026-12-01T00:00:00Z' });

function subjectsOf(graph: ReturnType<typeof buildIdentityGraph>) {
  return graph.snapshot().subjects.map((s) => s.identities.map((r) => r.source_id).sort().join('+')).sort();
}

describe('resolution across systems', () => {
  test('a personal e-mail merges records whose names agree (any romanization) or where one side has no name', () => {
    const hr = employee('E1', 'minjun.kim@example.com', 'Minjun Kim');
    hr.identifiers.emails.push('mj.kim@mail.example.org');
    const ats = applicant('A1', 'Kim Min-jun', { emails: ['MJ.Kim@mail.example.org'] });
    const payee = record('payroll.payee', 'P1', { identifiers: { emails: ['mj.kim@mail.example.org'] } });
    const graph = buildIdentityGraph({ records: [hr, ats, payee] });
    assert.deepEqual(subjectsOf(graph), ['A1+E1+P1']);
    const reasons = graph.snapshot().subjects[0]!.merge_reasons.map((r) => r.key);
    assert.ok(reasons.includes('personal_email:mj.kim@mail.example.org'), reasons.join());
  });

  test('a personal e-mail or phone shared by two different names never merges them, even through a nameless record', () => {
    const alice = applicant('A1', 'Alice Walker', { emails: ['ops@mail.example.org'], phones: ['+15550100101'] });
    const nameless = applicant('A2', undefined, { emails: ['ops@mail.example.org'] });
    const bob = applicant('A3', 'Robert Chen', { emails: ['ops@mail.example.org'], phones: ['+15550100101'] });
    const graph = buildIdentityGraph({ records: [bob, nameless, alice] });
    const subjects = subjectsOf(graph);
    assert.equal(subjects.length, 2, subjects.join(' | '));
    assert.ok(!subjects.some((s) => s.includes('A1') && s.includes('A3')));
    // ...and the shared values link them instead: the fraud signal, with its evidence.
    const links = graph.snapshot().links;
    assert.deepEqual(links.map((l) => l.kind).sort(), ['email', 'phone']);
    assert.equal(graph.snapshot().networks.length, 1);
  });

  test('scored evidence merges an applicant into the HR record: agreeing names plus a shared phone', () => {
    const hr = employee('E2', 'seoyeon.lee@example.com', 'Seoyeon Yi');
    hr.identifiers.phones.push('+1 (555) 010-0150');
    const ats = applicant('A9', 'Lee Seo-yeon', { emails: ['sy@mail.example.org'], phones: ['+15550100150'] });
    const graph = buildIdentityGraph({ records: [ats, hr] });
    assert.deepEqual(subjectsOf(graph), ['A9+E2']);
    assert.match(graph.snapshot().subjects[0]!.merge_reasons[0]!.key, /^name\(1\)\+phone:\+1•••50$/);
  });

  test('a common name needs two shared identifiers, and an address alone never merges (father and son)', () => {
    const many = Array.from({ length: 3 }, (_, i) => applicant(`C${i}`, 'John Smith', { emails: [`js${i}@mail.example.org`] }));
    const father = applicant('F1', 'John Smith', { addresses: [home('12 Oak St', 'Dayton', '45402')], phones: ['+15550100160'] });
    const son = applicant('F2', 'John Smith', { addresses: [home('12 Oak St', 'Dayton', '45402')], phones: ['+15550100160'] });
    const loneAddress = [applicant('L1', 'Ann Rivers', { addresses: [home('9 Elm St', 'Akron', '44308')] }), applicant('L2', 'Ann Rivers', { addresses: [home('9 Elm St', 'Akron', '44308')] })];
    const options = { common_name_min: 5 };
    assert.equal(subjectsOf(buildIdentityGraph({ records: [...many, father, son] }, options)).filter((s) => s.startsWith('F')).length, 1, 'phone + address is enough');
    const oneId = [...many, { ...father, identifiers: { ...father.identifiers, addresses: [] } }, { ...son, identifiers: { ...son.identifiers, addresses: [] } }];
    assert.equal(subjectsOf(buildIdentityGraph({ records: oneId }, options)).filter((s) => s.startsWith('F')).length, 2, 'a common name and one phone are not enough');
    assert.equal(subjectsOf(buildIdentityGraph({ records: loneAddress }, options)).length, 2, 'an address alone never merges');
  });

  test('judgements: "different" blocks a merge, "same" forces one, and both survive a rebuild', () => {
    const a = applicant('J1', 'Dana Ortiz', { phones: ['+15550100170'] });
    const b = applicant('J2', 'Dana Ortiz', { phones: ['+15550100170'] });
    assert.equal(subjectsOf(buildIdentityGraph({ records: [a, b] })).length, 1);
    const different = judgement('different', [a.id], [b.id]);
    for (let i = 0; i < 2; i++) assert.equal(subjectsOf(buildIdentityGraph({ records: [a, b], judgements: [different] })).length, 2);
    const c = applicant('J3', 'Someone Else', { emails: ['x@mail.example.org'] });
    const same = judgement('same', [a.id], [c.id]);
    const graph = buildIdentityGraph({ records: [a, c], judgements: [same] });
    assert.deepEqual(subjectsOf(graph), ['J1+J3']);
    assert.equal(graph.snapshot().subjects[0]!.merge_reasons[0]!.key, 'judgement:jdg_same');
  });
});

describe('linking, hubs and networks', () => {
  test('a planted facilitator network is recovered with kind, masked value, span and evidence', () => {
    const members = Array.from({ length: 5 }, (_, i) =>
      applicant(`N${i}`, ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker', 'Mason Reed', 'Logan Hayes'][i], {
        emails: [`persona${i}@mail.example.org`],
        phones: ['+15550100199'],
        payout_accounts: [bank('fp-shared', '4321')],
      }),
    );
    const bystander = applicant('B0', 'Nora Quinn', { phones: ['+15550100111'] });
    const snap = buildIdentityGraph({ records: [...members, bystander] }).snapshot();
    assert.equal(snap.networks.length, 1);
    const [net] = snap.networks;
    assert.equal(net!.subjects.length, 5);
    assert.deepEqual(net!.kinds, ['payout', 'phone']);
    const payout = net!.links.find((l) => l.kind === 'payout')!;
    assert.equal(payout.value_display, 'bank ••••4321');
    assert.equal(payout.indicator, 'G-03');
    assert.equal(payout.evidence.length, 5);
    assert.ok(payout.evidence.every((e) => e.raw_ref && e.record.startsWith('ats.applicant:')));
    assert.ok(net!.structure > 0.7);
  });

  test('an office ship-to address many unrelated people share is generic, not a 40-person network', () => {
    const office = shipTo('500 Example Plaza', 'Austin', '78701');
    const staff = Array.from({ length: 40 }, (_, i) => {
      const e = employee(`S${i}`, `staff${i}@example.com`, `Staff Member${i}`);
      e.identifiers.addresses.push(office, home(`${100 + i} Pine St`, 'Austin', '78702'));
      return e;
    });
    const snap = buildIdentityGraph({ records: staff }).snapshot();
    assert.equal(snap.networks.length, 0);
    assert.equal(snap.generic.length, 1);
    assert.equal(snap.generic[0]!.reason, 'spread');
    assert.equal(snap.generic[0]!.degree, 40);
  });

  test('a 12-laptop farm stays a network although 12 exceeds min_degree: its people share the address and the connection', () => {
    const farm = Array.from({ length: 12 }, (_, i) => {
      const e = employee(`F${i}`, `farm${i}@example.com`, `Farm Person${i}`);
      e.identifiers.addresses.push(shipTo('77 Quiet Lane', 'Phoenix', '85001'));
      return e;
    });
    const observations = farm.map((e, i) => ({ record: e.id, kind: 'ip' as const, value: '203.0.113.77', at: Date.UTC(2026, 0, 1 + (i % 3)), eligible: true }));
    const snap = buildIdentityGraph({ records: farm, observations }).snapshot();
    assert.equal(snap.generic.length, 0);
    assert.equal(snap.networks.length, 1);
    assert.equal(snap.networks[0]!.subjects.length, 12);
    assert.deepEqual(snap.networks[0]!.kinds, ['address', 'ip']);
  });

  test('placeholders and declared values never link; shared-by-design IPs are counted, not linked', () => {
    const a = record('device.owner', 'D1', { name: 'Pat One', identifiers: { device_serials: ['To be filled by O.E.M.'] } });
    const b = record('device.owner', 'D2', { name: 'Sam Two', identifiers: { device_serials: ['to be filled by o.e.m.'], phones: ['+15550100120'] } });
    const c = record('device.owner', 'D3', { name: 'Lee Three', identifiers: { phones: ['+1 555 010 0120'] } });
    const obs = [a, b].map((r) => ({ record: r.id, kind: 'ip' as const, value: '198.51.100.9', at: 0, eligible: false }));
    const snap = buildIdentityGraph({ records: [a, b, c], observations: obs }, { generic_values: [{ kind: 'phone', value: '+1 555 010 0120', reason: 'front desk phone' }] }).snapshot();
    assert.equal(snap.links.length, 0);
    assert.deepEqual(snap.generic.map((g) => g.reason).sort(), ['declared', 'placeholder']);
    assert.equal(snap.ineligibleIps, 2);
  });

  test('a residential IP links only within the time window', () => {
    const [a, b] = [employee('W1', 'w1@example.com', 'Wes One'), employee('W2', 'w2@example.com', 'Wendy Two')];
    const ip = (r: IdentityRecord, day: number) => ({ record: r.id, kind: 'ip' as const, value: '203.0.113.40', at: Date.UTC(2026, 0, day), eligible: true });
    assert.equal(buildIdentityGraph({ records: [a, b], observations: [ip(a, 1), ip(b, 12)] }).snapshot().links.length, 0);
    const near = buildIdentityGraph({ records: [a, b], observations: [ip(a, 1), ip(b, 3)] }).snapshot();
    assert.equal(near.links.length, 1);
    assert.equal(near.links[0]!.value_display, '203.0.113.•');
    assert.equal(near.links[0]!.first, Date.UTC(2026, 0, 1));
  });

  test('a declared household shares a home without linking; a third person at the address still links', () => {
    const [a, b, c] = ['H1', 'H2', 'H3'].map((id, i) => {
      const e = employee(id, `${id.toLowerCase()}@example.com`, ['Maria Lopez', 'Jorge Lopez', 'Tim Vance'][i]!);
      e.identifiers.addresses.push(home('8 Birch Rd', 'Tucson', '85701'));
      return e;
    });
    const household = judgement('household', [a!.id], [b!.id]);
    const couple = buildIdentityGraph({ records: [a!, b!], judgements: [household] }).snapshot();
    assert.equal(couple.links.length, 0);
    assert.equal(couple.exemptions.length, 1);
    const three = buildIdentityGraph({ records: [a!, b!, c!], judgements: [household] }).snapshot();
    assert.equal(three.networks.length, 1);
    assert.equal(three.networks[0]!.subjects.length, 3);
    const fromConfig = buildIdentityGraph({ records: [a!, b!] }, {}, [{ refs: ['h1@example.com', 'H2'], source: 'suppressions.households[0]' }]).snapshot();
    assert.equal(fromConfig.links.length, 0);
    assert.equal(fromConfig.exemptions[0]!.source, 'suppressions.households[0]');
  });

  test('near-duplicate résumés and near-identical photos under different names link; unrelated ones do not', () => {
    const body = Array.from({ length: 120 }, (_, i) => `skill${i % 37} project${i % 11} year${i % 7}`).join(' ');
    const r1 = applicant('R1', 'Owen Park', {}, { resume_text: `Owen Park owen@mail.example.org ${body}`, photo_phash: 'f0f0f0f0f0f0f0f0' });
    const r2 = applicant('R2', 'Liam Ford', {}, { resume_text: `Liam Ford liam@mail.example.org ${body}`, photo_phash: 'f0f0f0f0f0f0f0f3' });
    const r3 = applicant('R3', 'Ivy Stone', {}, { resume_text: Array.from({ length: 150 }, (_, i) => `other${i}`).join(' '), photo_phash: '0f0f0f0f0f0f0f0f' });
    const snap = buildIdentityGraph({ records: [r1, r2, r3] }).snapshot();
    assert.deepEqual(snap.links.map((l) => l.kind).sort(), ['photo', 'resume']);
    assert.equal(snap.links.find((l) => l.kind === 'photo')!.value_display, '2 near-identical photos (Hamming ≤ 2)');
    assert.equal(snap.networks[0]!.subjects.length, 2);
  });
});
