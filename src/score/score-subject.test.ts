import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../model/finding.js';
import { levelOf, scoreSubject } from './score-subject.js';

const finding = (rule: string, severity: Finding['severity'], confidence: number, corroborating_only = false): Finding => ({
  id: `${rule}-${confidence}`,
  rule,
  indicator: 'E-03',
  subject: 'sub_x',
  severity,
  confidence,
  summary: rule,
  evidence: [],
  citations: [{ indicator: 'E-03', source: 'test' }],
  corroborating_only,
  strength: 'M',
  shadow: false,
  related_subjects: [],
  facets: {},
});

describe('scoreSubject', () => {
  test('no findings → score 0, level none', () => {
    assert.deepEqual(scoreSubject([]), { score: 0, level: 'none', contributions: [], escalations: [] });
  });

  test('independent rules accumulate (noisy-OR) and points add up to the score', () => {
    const one = scoreSubject([finding('a', 'medium', 1)]);
    const two = scoreSubject([finding('a', 'medium', 1), finding('b', 'high', 1)]);
    assert.equal(one.score, 35);
    assert.equal(two.score, Math.round(100 * (1 - 0.65 * 0.4)));
    assert.ok(two.score > one.score);
    const sum = two.contributions.reduce((s, c) => s + c.points, 0);
    assert.ok(Math.abs(sum - two.score) <= 0.2, `${sum} vs ${two.score}`);
    assert.equal(two.contributions[0]!.rule, 'b', 'the biggest contribution comes first');
  });

  test('one rule counts once, with its strongest finding, however often it fires', () => {
    const many = scoreSubject([finding('a', 'medium', 0.5), finding('a', 'medium', 0.9), finding('a', 'medium', 0.6)]);
    assert.equal(many.score, scoreSubject([finding('a', 'medium', 0.9)]).score);
    assert.equal(many.contributions.length, 1);
  });

  test('a corroborating-only finding never raises a score alone, but counts beside another', () => {
    const alone = scoreSubject([finding('layout', 'medium', 1, true)]);
    assert.equal(alone.score, 0);
    assert.equal(alone.level, 'none');
    assert.match(alone.contributions[0]!.note ?? '', /corroborating only/);
    const beside = scoreSubject([finding('layout', 'medium', 1, true), finding('travel', 'medium', 1)]);
    assert.ok(beside.score > scoreSubject([finding('travel', 'medium', 1)]).score);
  });

  test('the score stays within 0–100 however many rules fire', () => {
    const all = scoreSubject(Array.from({ length: 40 }, (_, i) => finding(`r${i}`, 'critical', 1)));
    assert.equal(all.score, 100);
    assert.equal(all.level, 'critical');
  });

  test('levels by threshold', () => {
    assert.deepEqual([0, 9, 10, 34, 35, 59, 60, 79, 80, 100].map(levelOf), ['none', 'none', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
});
