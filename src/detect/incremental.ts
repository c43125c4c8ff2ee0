import { createHash } from 'node:crypto';
import type { Event } from '../model/event.js';
import type { Finding } from '../model/finding.js';
import type { SignIn } from '../model/sign-in.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import type { RuleContext, RuleDefinition } from './define-rule.js';
import { runRules, type RuleSettings } from './run-rules.js';

/** What an incremental analysis keeps from the previous one. */
export interface PreviousAnalysis {
  /** Everything outside the data that shapes findings (rule settings, policy, intel, catalog version). */
  globalKey: string;
  /** Each subject's input fingerprint. */
  fingerprints: ReadonlyMap<string, string>;
  findings: readonly Finding[];
}

/**
 * A digest of everything a subject-scoped rule can read about one subject: its identity records (as
 * stored, raw reference excluded), its sign-ins and its other events. Equal digests, equal findings.
 */
export function subjectFingerprint(subject: ResolvedSubject, signIns: readonly SignIn[], events: readonly Event[]): string {
  const hash = createHash('sha256');
  for (const r of [...subject.identities].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const { raw_ref: _raw, ...content } = r;
    hash.update(JSON.stringify(content)).update('\0');
  }
  hash.update('\u0001');
  for (const s of signIns) hash.update(s.key).update('\0');
  hash.update('\u0001');
  for (const e of events) hash.update(`${e.event.dataset}:${e.event.id}`).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The subjects whose fingerprint differs from the previous analysis (all of them when there is none). */
export function changedSubjects(fingerprints: ReadonlyMap<string, string>, previous: PreviousAnalysis | undefined, globalKey: string): Set<string> {
  if (!previous || previous.globalKey !== globalKey) return new Set(fingerprints.keys());
  return new Set([...fingerprints].filter(([id, fp]) => previous.fingerprints.get(id) !== fp).map(([id]) => id));
}

/**
 * Runs the rules, re-evaluating subject-scoped rules only for `changed` subjects and reusing the
 * previous findings of the others. Population rules always run over everyone. Reused findings lose
 * their old suppression mark: suppressions are applied afresh to every finding.
 */
export function runRulesIncrementally(
  rules: readonly RuleDefinition[],
  ctx: RuleContext,
  settings: RuleSettings,
  changed: ReadonlySet<string>,
  previous: PreviousAnalysis | undefined,
): Finding[] {
  const everyone = changed.size === ctx.subjects.length || !previous;
  const subjectRules = everyone ? [] : rules.filter((r) => r.scope === 'subject');
  const findings = runRules(rules.filter((r) => !subjectRules.includes(r)), ctx, settings);
  if (subjectRules.length === 0) return findings;
  const narrowed: RuleContext = { ...ctx, subjects: ctx.subjects.filter((s) => changed.has(s.id)) };
  findings.push(...runRules(subjectRules, narrowed, settings));
  const ids = new Set(subjectRules.filter((r) => settings[r.id]?.enabled !== false).map((r) => r.id));
  const alive = new Set(ctx.subjects.map((s) => s.id));
  for (const f of previous!.findings) {
    if (!ids.has(f.rule) || changed.has(f.subject) || !alive.has(f.subject)) continue;
    const { suppressed: _old, ...rest } = f;
    findings.push(rest as Finding);
  }
  return findings;
}
