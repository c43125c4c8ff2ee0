import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostsOf, patternList } from '../host-events.js';
import { IdentifierGroups, isPerson, type Sighting } from '../shared-identifiers.js';
import { eventEvidence, eventTime, recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /** [D] §I-02: distinct people whose accounts or devices carry the same key. */
  minSubjects: z.number().int().min(2).default(2),
  /** A key on more people than this is infrastructure (a fleet or bastion key): noted, not flagged. */
  maxSubjects: z.number().int().min(2).default(10),
  /** A key on at least this share of the people with a computer on record is IT's management key. */
  fleetShare: z.number().gt(0).max(1).default(0.5),
  /** Below this many people with computers there is no fleet, and fleetShare does not apply. */
  minFleetSubjects: z.number().int().min(2).default(4),
  /** Fingerprints of known shared keys (deploy, CI, bastion), exactly as molehunt shows them (`SHA256:…`). */
  allowedFingerprints: z.array(z.string().min(8)).default([]),
  /** Key comments that mark a service key (case-insensitive regular expressions). */
  serviceComments: patternList('deploy', ['\\b(deploy|ci|cd|ansible|jenkins|github-actions|gitlab-runner|terraform|packer|bastion|backup|automation|svc)\\b']),
  /** Identity-record key kinds that are SSH or signing keys (substrings of `identifiers.keys[].kind`). */
  keyKinds: z.array(z.string().min(2)).default(['ssh', 'gpg', 'pgp']),
});

/** I-02: one SSH or signing key on several people's accounts or devices. */
export default defineRule({
  id: 'endpoint.shared-ssh-key',
  indicator: 'I-02',
  title: 'One SSH key on several people\'s accounts or devices',
  description:
    'The same SSH public key (by fingerprint) is authorized on, or registered to, two or more different people. A key is meant ' +
    'to belong to one person: one shared across employees means one operator can reach all their machines or act as all of them, ' +
    'as when several fake identities are run by one team, or one facilitator administers every laptop of a farm.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result', 'identity.keys'],
  citations: [cite('I-02', 'S17')],
  falsePositives: [
    'Deploy, CI and bastion keys shared on purpose (service comments are skipped; list others in allowedFingerprints).',
    'IT\'s management key on every laptop (a key on half the fleet, or on more than maxSubjects people, is noted as infrastructure).',
    'A pair programmer who copied a colleague\'s public key to help once (ask; remove it).',
  ],
  runbook:
    'For each person, find where the key sits (authorized_keys path on which host, or the code-hosting account) and since when. ' +
    'Laptops of recent hires that all trust one unknown key point to one administrator behind them: compare their shipping ' +
    'addresses, sign-in IPs and payout accounts (D-03, E-04, G-03). Ask who owns the private key.',
  clears:
    'The key is a documented service, deploy or bastion key (add its fingerprint to rules.endpoint.shared-ssh-key.allowedFingerprints), ' +
    'or the people explain a one-off copy and remove it (a suppressions.findings entry with an expiry).',
  options: Options,
  evaluate(ctx, o) {
    const allowed = new Set(o.allowedFingerprints);
    const service = o.serviceComments.map((p) => new RegExp(p, 'i'));
    const serviceKeys = new Set<string>();
    const groups = new IdentifierGroups();
    const hosts = hostsOf(ctx);
    // The fleet is everyone with a computer on record, not only those whose computers trust a key.
    const people = new Set(hosts.map((h) => h.subject).filter((id) => isPerson(ctx.subject(id)!))).size;
    for (const host of hosts) {
      // authorized_keys is re-read on every snapshot: one sighting per key and host is enough.
      const seen = new Set<string>();
      for (const event of host.events) {
        const key = event.molehunt.ssh_key;
        if (!key || allowed.has(key.fingerprint) || seen.has(key.fingerprint)) continue;
        seen.add(key.fingerprint);
        if (key.comment && service.some((r) => r.test(key.comment!))) serviceKeys.add(key.fingerprint);
        const sighting: Sighting = { at: eventTime(event), evidence: eventEvidence(event, { host: host.name, fingerprint: key.fingerprint, comment: key.comment ?? null, path: key.path ?? null }) };
        groups.add(key.fingerprint, host.subject, sighting);
      }
    }
    for (const subject of ctx.subjects) {
      for (const record of subject.identities) {
        for (const k of record.identifiers.keys) {
          if (allowed.has(k.fingerprint) || !o.keyKinds.some((kind) => k.kind.toLowerCase().includes(kind))) continue;
          groups.add(k.fingerprint, subject.id, { evidence: recordEvidence(record, { fingerprint: k.fingerprint, kind: k.kind }) });
        }
      }
    }
    const findings: FindingDraft[] = [];
    for (const [fingerprint, all] of groups.groups(o.minSubjects)) {
      if (serviceKeys.has(fingerprint)) continue;
      const bySubject = [...all].filter(([id]) => isPerson(ctx.subject(id)!));
      if (bySubject.length < o.minSubjects) continue;
      if (bySubject.length > o.maxSubjects || (people >= o.minFleetSubjects && bySubject.length / people >= o.fleetShare)) {
        ctx.note(
          `SSH key ${fingerprint} is on ${bySubject.length} of ${people} people's computers and was treated as a fleet or bastion key, not as evidence; ` +
            'add it to rules.endpoint.shared-ssh-key.allowedFingerprints to say so, or raise maxSubjects / fleetShare to examine it.',
        );
        continue;
      }
      const names = bySubject.map(([id]) => ctx.subject(id)!.display_name);
      const times = bySubject.flatMap(([, s]) => s.map((x) => x.at)).filter((t): t is number => t !== undefined);
      const evidence = bySubject.flatMap(([, s]) => s.slice(0, 2).map((x) => x.evidence));
      for (const [subject] of bySubject) {
        findings.push({
          subject,
          // Two people is the signal itself; each more makes a one-off copy less likely.
          confidence: Math.min(0.85, 0.6 + 0.1 * (bySubject.length - 2)),
          summary: `SSH key ${fingerprint} is on ${bySubject.length} people's accounts or devices: ${names.join(', ')}`,
          evidence,
          related: bySubject.map(([id]) => id),
          facets: times.length > 0 ? { from: Math.min(...times), to: Math.max(...times) } : {},
        });
      }
    }
    return findings;
  },
});
