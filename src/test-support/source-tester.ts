import assert from 'node:assert/strict';
import type { SourceContext, SourceDefinition, SourceOutput } from '../ingest/define-source.js';
import { EventSchema, type Event } from '../model/event.js';
import { IdentityRecordSchema } from '../model/identity-record.js';

/** Assertion helpers for one source's fixture tests; every output is checked against the model schemas. */
export function sourceTester(source: SourceDefinition, ctx: SourceContext) {
  /** Normalizes a record that must be accepted. */
  function normalizeOk(record: unknown): SourceOutput {
    const result = source.normalize(record, ctx);
    assert.ok(result.ok, `expected ok, got ${JSON.stringify(result)}`);
    for (const event of result.value.events) EventSchema.parse(event);
    for (const identity of result.value.identities) IdentityRecordSchema.parse(identity);
    return result.value;
  }
  return {
    normalizeOk,
    /** The single event a record must yield. */
    onlyEvent(record: unknown): Event {
      const out = normalizeOk(record);
      assert.equal(out.events.length, 1);
      return out.events[0]!;
    },
    /** The issues of a record that must be rejected. */
    issuesOf(record: unknown): string[] {
      const result = source.normalize(record, ctx);
      assert.equal(result.ok, false, `expected a rejection, got ${JSON.stringify(result)}`);
      return result.ok ? [] : result.issues;
    },
  };
}
