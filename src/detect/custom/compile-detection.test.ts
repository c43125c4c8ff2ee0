import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileDetection } from './compile-detection.js';
import type { FieldView } from './ecs-view.js';

const view = (fields: Record<string, unknown>): FieldView => ({ get: (f) => fields[f] });

describe('compileDetection', () => {
  test('a mapping needs every field; a list of mappings needs any one; the condition combines selections', () => {
    const { detection, issues } = compileDetection(
      {
        selection: { 'source.ip|cidr': '198.51.100.0/24', 'event.outcome': 'success' },
        tools: [{ 'process.name': 'anydesk' }, { 'package.name|contains': 'teamviewer' }],
        filter: { 'network.name|startswith': 'Corp' },
        condition: '(selection or tools) and not filter',
      },
      'any',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(detection!.fields, ['source.ip', 'event.outcome', 'process.name', 'package.name', 'network.name']);
    assert.equal(detection!.matches(view({ 'source.ip': '198.51.100.7', 'event.outcome': 'success' })), true);
    assert.equal(detection!.matches(view({ 'source.ip': '198.51.100.7', 'event.outcome': 'failure' })), false);
    assert.equal(detection!.matches(view({ 'package.name': 'TeamViewer 15' })), true);
    assert.equal(detection!.matches(view({ 'package.name': 'TeamViewer 15', 'network.name': 'Corp-VPN' })), false);
    assert.equal(detection!.matches(view({})), false);
  });

  test('unknown fields and unused selections are warnings; the detection still compiles', () => {
    const { detection, issues } = compileDetection({ selection: { 'event.outcom': 'success' }, spare: { 'source.ip': '198.51.100.1' }, condition: 'selection' }, 'signin');
    assert.ok(detection);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.path, i.message]),
      [
        ['warning', ['detection', 'selection', 'event.outcom'], 'unknown field "event.outcom"'],
        ['warning', ['detection', 'spare'], 'selection "spare" is not used by the condition'],
      ],
    );
    assert.match(issues[0]!.hint, /did you mean event\.outcome\?/);
  });

  test('a field of other events in a sign-in rule says which fields sign-ins have', () => {
    const { issues } = compileDetection({ s: { 'process.name': 'x' }, condition: 's' }, 'signin');
    assert.match(issues[0]!.message, /sign-ins have no field "process\.name"/);
    assert.match(issues[0]!.hint, /set logsource\.kind to event or any/);
  });

  test('errors: no condition, a condition list, keyword lists, empty selections, bad names, unknown names in the condition', () => {
    const errors = (detection: Record<string, unknown>) => {
      const out = compileDetection(detection, 'any');
      assert.equal(out.detection, undefined);
      return out.issues.filter((i) => i.severity === 'error');
    };
    assert.deepEqual(errors({ selection: { 'source.ip': 'x' } }).map((i) => [i.path, i.message]), [[['detection'], 'detection has no condition']]);
    assert.match(errors({ selection: { a: 1 }, condition: ['selection', 'other'] })[0]!.hint, /join the alternatives with "or"/);
    assert.match(errors({ keywords: ['curl', 'wget'], condition: 'keywords' })[0]!.hint, /keyword lists are not supported/);
    assert.match(errors({ selection: {}, condition: 'selection' })[0]!.message, /the selection is empty/);
    assert.match(errors({ selection: { a: 1 }, timeframe: '7d', condition: 'selection' })[0]!.hint, /aggregation: \{ window: 7d/);
    assert.match(errors({ 'and': { a: 1 }, condition: 'x' })[0]!.message, /cannot name a selection/);
    const [unknown] = errors({ selection: { a: 1 }, condition: 'selection and not filter' });
    assert.deepEqual(unknown!.path, ['detection', 'condition']);
    assert.equal(unknown!.offset, 18);
  });
});
