import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sources } from '../catalog.generated.js';
import { chooseSource, detectFraming, readerFor, unrecognizedMessage } from './detect-format.js';
import { readCsv } from './readers/csv-reader.js';
import { readJsonArray } from './readers/json-array-reader.js';
import { readJsonDocument } from './readers/json-document-reader.js';
import { readNdjson } from './readers/ndjson-reader.js';

const fixture = (path: string): string => readFileSync(new URL(`./sources/__fixtures__/${path}`, import.meta.url), 'utf8');

const oktaEvent: unknown = JSON.parse(fixture('okta/session-start.json'));

test('detectFraming: a leading [ is a JSON array (also after a BOM and whitespace)', () => {
  assert.equal(detectFraming('[{"uuid":"a"},{"uuid":"b"}]'), 'json-array');
  assert.equal(detectFraming('\uFEFF\n  [\n  {\n'), 'json-array');
});

test('detectFraming: an object whose first line parses on its own is NDJSON', () => {
  assert.equal(detectFraming('{"a":1}\n{"a":2}\n'), 'ndjson');
  assert.equal(detectFraming('{"a":1}\r\n{"a":2}\r\n'), 'ndjson');
  assert.equal(detectFraming(fixture('okta/system-log.ndjson')), 'ndjson');
});

test('detectFraming: a pretty-printed object is one JSON document', () => {
  assert.equal(detectFraming('{\n  "value": [\n    {"a": 1}\n  ]\n}\n'), 'json-document');
  assert.equal(detectFraming(fixture('okta/session-start.json')), 'json-document');
});

test('detectFraming: a header line with commas is CSV', () => {
  assert.equal(detectFraming('employee_id,full_name,email\nE1,Alex,alex@example.com\n'), 'csv');
  assert.equal(detectFraming('\uFEFFemployee_id,full_name\r\n'), 'csv');
  assert.equal(detectFraming(fixture('hr/directory.csv')), 'csv');
});

test('detectFraming: text that is neither JSON nor CSV is undefined', () => {
  for (const garbage of ['', '   \n', 'hello world\nsecond line, with a comma', '<?xml version="1.0"?>\n<a/>', 'plain']) {
    assert.equal(detectFraming(garbage), undefined, JSON.stringify(garbage));
  }
});

test('readerFor returns the reader of each framing', () => {
  assert.equal(readerFor('ndjson'), readNdjson);
  assert.equal(readerFor('json-array'), readJsonArray);
  assert.equal(readerFor('json-document'), readJsonDocument);
  assert.equal(readerFor('csv'), readCsv);
});

test('chooseSource picks the Okta source for an Okta record in every JSON framing', () => {
  for (const framing of ['ndjson', 'json-array', 'json-document'] as const) {
    const detection = chooseSource(framing, oktaEvent, sources);
    assert.equal(detection.ok, true, framing);
    assert.equal(detection.ok && detection.source.id, 'okta.system-log');
    assert.equal(detection.ok && detection.framing, framing);
    assert.ok(detection.ok && detection.confidence >= 0.9);
  }
});

test('chooseSource picks the HR directory source for an HR header', () => {
  const detection = chooseSource('csv', ['employee_id', 'full_name', 'email', 'start_date'], sources);
  assert.equal(detection.ok, true);
  assert.equal(detection.ok && detection.source.id, 'hr.directory-csv');
});

test('chooseSource only asks sources that read the framing', () => {
  // The Okta record would be recognized, but no source reads Okta as CSV.
  const detection = chooseSource('csv', oktaEvent, sources);
  assert.equal(detection.ok, false);
});

test('chooseSource rejects an unknown record with a message listing every expected source', () => {
  // A CrowdStrike Falcon Data Replicator event: a real format molehunt has no source for (yet).
  const falconEvent = { event_simpleName: 'ProcessRollup2', aid: '0123456789abcdef', timestamp: '1709648551412', ImageFileName: '/usr/bin/curl' };
  const detection = chooseSource('ndjson', falconEvent, sources);
  assert.equal(detection.ok, false);
  const message = detection.ok ? '' : detection.message;
  assert.match(message, /^unrecognized input: it looks like ndjson but no source recognizes its records/);
  assert.ok(sources.length >= 2);
  for (const source of sources) {
    assert.ok(message.includes(`${source.title} (${source.id}): ${source.expects}`), `message lacks ${source.id}:\n${message}`);
  }
  assert.match(message, /--source ID/);
});

test('chooseSource rejects a confidence below 0.5 and keeps the most confident source', () => {
  const make = (id: string, confidence: number) => ({
    id,
    title: id,
    description: '',
    dataset: id,
    framings: ['ndjson'] as const,
    expects: `${id} records`,
    sniff: () => confidence,
    normalize: () => ({ ok: false as const, issues: ['unused'] }),
  });
  assert.equal(chooseSource('ndjson', {}, [make('low', 0.4)]).ok, false);
  const best = chooseSource('ndjson', {}, [make('a', 0.6), make('b', 0.9), make('c', 0.7)]);
  assert.equal(best.ok && best.source.id, 'b');
  assert.equal(best.ok && best.confidence, 0.9);
});

test('unrecognizedMessage without a framing says the file is neither JSON nor CSV', () => {
  const message = unrecognizedMessage(undefined, sources);
  assert.match(message, /it is neither JSON nor CSV/);
  for (const source of sources) assert.ok(message.includes(source.id));
});

test('a minified one-line wrapper document is a document, not NDJSON', () => {
  assert.equal(detectFraming('{"value":[{"a":1},{"a":2}]}\n'), 'json-document');
  assert.equal(detectFraming('{"value":[{"a":1}]}\n{"value":[{"a":2}]}\n'), 'ndjson');
});

test('a single one-line Google activity is NDJSON of one record, not a wrapper', () => {
  assert.equal(detectFraming('{"kind":"admin#reports#activity","events":[{"name":"login_success"}]}\n'), 'ndjson');
});
