import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GroundTruthSchema } from '../model/ground-truth.js';
import { offsetMinutes, parseDay } from './clock.js';
import { createRng } from './prng.js';
import { scenarioNames, SCENARIOS } from './scenario-catalog.js';
import { simulate, type Simulation } from './simulate.js';

const TINY = { employees: 20, days: 7, start: '2026-10-05' };

function run(seed: number | string, scenarios: string[] = []): Simulation {
  const result = simulate({ ...TINY, seed, scenarios });
  assert.ok(result.ok, 'simulation succeeds');
  return result.simulation;
}

const file = (s: Simulation, path: string): string => s.files.find((f) => f.path === path)!.content;

describe('determinism', () => {
  test('the same seed gives byte-identical files; another seed gives another company', () => {
    const a = run(7);
    const b = run(7);
    assert.deepEqual(a.files.map((f) => f.path), b.files.map((f) => f.path));
    for (const [i, f] of a.files.entries()) assert.equal(f.content, b.files[i]!.content, `${f.path} is identical`);
    assert.notEqual(file(run(8), 'data/hr-directory.csv'), file(a, 'data/hr-directory.csv'));
  });

  test('the background does not depend on which operations are injected', () => {
    const background = (s: Simulation) => file(s, 'data/hr-directory.csv').split('\n').slice(0, TINY.employees + 1).join('\n');
    assert.equal(background(run(3, ['laptop-farm'])), background(run(3, ['applicant-wave'])));
  });

  test('the PRNG repeats per seed, forks independently, and stays in range', () => {
    const a = createRng(5);
    const b = createRng(5);
    const draws = Array.from({ length: 50 }, () => a.int(3, 9));
    assert.deepEqual(draws, Array.from({ length: 50 }, () => b.int(3, 9)));
    assert.ok(draws.every((n) => n >= 3 && n <= 9) && new Set(draws).size === 7);
    assert.notDeepEqual(Array.from({ length: 5 }, createRng(5).fork('x').next), Array.from({ length: 5 }, createRng(5).fork('y').next));
  });
});

describe('scenario selection', () => {
  test('unknown names are returned, so the CLI can list the valid ones', () => {
    const result = simulate({ ...TINY, seed: 1, scenarios: ['laptop-farm', 'laptop-farms', 'nope'] });
    assert.deepEqual(result, { ok: false, unknown: ['laptop-farms', 'nope'] });
    assert.deepEqual(scenarioNames().slice(0, 3), ['all', 'operations', 'benign']);
    assert.equal(scenarioNames().length, 3 + SCENARIOS.length);
  });

  test('names and groups select exactly those scenarios; none means all', () => {
    const one = run(1, ['solo-worker']).truth;
    assert.deepEqual(one.operations.map((o) => o.scenario), ['solo-worker']);
    assert.deepEqual(one.benign, []);
    const benign = run(1, ['benign']).truth;
    assert.deepEqual(benign.operations, []);
    assert.ok(benign.benign.length >= 9);
    assert.equal(run(1).truth.simulator.scenarios.length, SCENARIOS.length);
  });
});

describe('truth', () => {
  const s = run(11);

  test('is valid against the schema eval reads, with members and first events inside the data', () => {
    const truth = GroundTruthSchema.parse(JSON.parse(file(s, 'truth.json')));
    assert.deepEqual(truth.operations.map((o) => o.id), ['op-laptop-farm', 'op-facilitator-network', 'op-solo-worker', 'op-applicant-wave']);
    for (const op of truth.operations) {
      assert.ok(op.members.every((m) => m.employee_id || m.applicant_ids.length > 0), `${op.id} members are identifiable`);
      assert.ok(Date.parse(op.first_event) < parseDay(TINY.start) + TINY.days * 86_400_000, `${op.id} starts inside the data`);
    }
    assert.deepEqual(truth.suggested_config.corporate_egress_cidrs, ['203.0.113.0/27']);
  });

  test('every member identifier is in the files the simulator wrote', () => {
    const hr = file(s, 'data/hr-directory.csv');
    const ats = file(s, 'data/ats-applicants.csv');
    for (const m of [...s.truth.operations, ...s.truth.benign].flatMap((o) => o.members)) {
      if (m.employee_id) assert.ok(hr.includes(`\n${m.employee_id},`), `${m.name} is in the HR directory`);
      for (const id of m.applicant_ids) assert.ok(ats.includes(`\n${id},`), `${m.name}'s application ${id} is in the ATS export`);
    }
  });

  test('fictional values only: corporate mail on example.com, phones in fictional ranges', () => {
    const hr = file(s, 'data/hr-directory.csv');
    assert.ok(!/@(?!(mail\.)?example\.(com|org|net))[a-z0-9.-]+\.[a-z]+/i.test(hr), 'no real e-mail domains');
    const phones = [...hr.matchAll(/,(\+\d[\d ]+),/g)].map((m) => m[1]!);
    assert.ok(phones.length > 0 && phones.every((p) => / 555 01\d\d$| 496 0\d{3}$| 7946 0\d{3}$| 5550 01\d\d$/.test(p)), phones.join(' '));
  });
});

describe('clock', () => {
  test('daylight saving follows the US and EU rules', () => {
    assert.equal(offsetMinutes('America/New_York', Date.parse('2026-10-05T12:00:00Z')), -240);
    assert.equal(offsetMinutes('America/New_York', Date.parse('2026-11-02T12:00:00Z')), -300);
    assert.equal(offsetMinutes('Europe/Berlin', Date.parse('2026-10-20T12:00:00Z')), 120);
    assert.equal(offsetMinutes('Europe/Berlin', Date.parse('2026-10-26T12:00:00Z')), 60);
    assert.equal(offsetMinutes('America/Phoenix', Date.parse('2026-07-01T12:00:00Z')), -420);
  });
});
