import { z } from 'zod';
import type { Event } from '../../model/event.js';
import type { Evidence } from '../../model/finding.js';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { compareHomes, declaredHomes } from '../declared-homes.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { timeFacets } from '../finding-span.js';
import { eventEvidence, eventTime } from '../subject-facts.js';

const Options = z.object({
  /** Research E-09 / I-01 [D]: one authenticator completing MFA for 2 or more people. */
  minSubjects: z.number().int().min(2).default(2),
  /**
   * A value shared by more people than this is not a device but a label (a phone model, a generic
   * method name): it is reported as a note, not as findings against everyone.
   */
  maxSubjects: z.number().int().min(2).default(10),
});
type Options = z.infer<typeof Options>;

/** An MFA use: who, when, which authenticator value as written, and the sign-in or event it came from. */
interface Use {
  subject: string;
  at: number;
  raw: string;
  from: SignIn | Event;
}

/** Evidence is built only for the uses a finding shows (a million sign-ins would otherwise mean a million objects). */
function evidenceOf(use: Use): Evidence {
  const from = use.from;
  if (!('@timestamp' in from)) return signInEvidence(from, { mfa_device: use.raw });
  return eventEvidence(from, { mfa_device: use.raw, mfa_method: from.molehunt.mfa?.method ?? null });
}

/** Entra writes a masked phone ("+1 XXXXXXX12"): the same mask fits about one in a hundred numbers of a country. */
const MASKED = /^\+?\d{0,4}[x*•●]{3,}\d{0,4}$/i;
/** A phone model or platform name, not an instance ("iPhone 15 Pro", "SM-S918B", "Pixel 8"). */
const MODEL = /^(iphone|ipad|pixel|galaxy|sm-|samsung|oneplus|huawei|xiaomi|redmi|oppo|vivo|motorola|moto|nokia|android|ios|windows|mac)/i;

/** The comparison key: case, spaces and phone punctuation do not make two devices. */
const keyOf = (value: string) => value.trim().toLowerCase().replace(/[\s\-().]/g, '');

/** How unique an authenticator value is: an instance id or full number, or something many people share. */
function uniqueness(raw: string): 'unique' | 'masked' | 'model' {
  const key = keyOf(raw);
  if (MASKED.test(key)) return 'masked';
  if (MODEL.test(raw.trim()) && raw.trim().length <= 30) return 'model';
  return 'unique';
}

/** Every MFA use by a subject: sign-in facts with an MFA device, and MFA events (Okta auth_via_mfa, user.mfa.*). */
function usesByDevice(ctx: RuleContext): Map<string, Use[]> {
  const byKey = new Map<string, Use[]>();
  const keys = new Map<string, string>();
  const add = (use: Use) => {
    let key = keys.get(use.raw);
    if (key === undefined) keys.set(use.raw, (key = keyOf(use.raw)));
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(use);
    else byKey.set(key, [use]);
  };
  for (const s of ctx.signIns) {
    const subject = ctx.subjectOf(s);
    if (subject && s.mfaDevice && succeeded(s)) add({ subject, at: s.at, raw: s.mfaDevice, from: s });
  }
  for (const [subject, events] of ctx.eventsBySubject) {
    for (const e of events) {
      const device = e.molehunt.mfa?.device_id;
      if (!device || e.event.outcome === 'failure') continue;
      add({ subject, at: eventTime(e), raw: device, from: e });
    }
  }
  return byKey;
}

/** E-09 / I-01: one MFA authenticator completing sign-ins for several people. */
export default defineRule({
  id: 'signin.shared-mfa-device',
  indicator: 'E-09',
  title: 'One MFA device completes sign-ins for several people',
  description:
    'The same authenticator — an enrolled device id, FIDO credential or phone number — completes multi-factor ' +
    'authentication for two or more people\'s accounts. Microsoft Defender Experts found "a single device … repeatedly ' +
    'used to complete multifactor authentication for multiple user accounts" in Jasper Sleet intrusions: one operator ' +
    'holding several identities (also I-01). Entra often records only a masked phone ("+1 XXXXXXX12") or a phone model, ' +
    'which many people share by chance: such matches are reported with low confidence and low severity, to corroborate only.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-09', 'S8'), cite('I-01', 'S8')],
  falsePositives: [
    'Households: partners who register one shared phone for SMS codes (declare the household).',
    'Masked phone numbers or phone model names that match by chance (reported with low confidence).',
    'Help-desk or test devices used to enrol or reset several people\'s factors, and shared break-glass accounts.',
  ],
  runbook:
    'List the accounts the device serves with their hire dates, home addresses and managers. A device id or full number ' +
    'shared by recent hires who claim different homes means one operator: suspend the shared factor, re-enrol each ' +
    'person in a verified session with ID, and review the accounts together. A masked phone match needs the full ' +
    'number from the Entra authentication methods of each user before it means anything.',
  clears:
    'The people share a home (declare them in suppressions.households), or the device is a help-desk or test device ' +
    '(a finding suppression naming it), or the full phone numbers behind a masked match differ.',
  options: Options,
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    const homes = declaredHomes(ctx);
    for (const uses of usesByDevice(ctx).values()) {
      const first = new Map<string, Use>();
      for (const u of [...uses].sort((a, b) => a.at - b.at)) if (!first.has(u.subject)) first.set(u.subject, u);
      if (first.size < o.minSubjects) continue;
      const raw = uses[0]!.raw;
      if (first.size > o.maxSubjects) {
        ctx.note(`MFA device value "${raw}" was used by ${first.size} people and treated as a label, not a device; raise rules.signin.shared-mfa-device.maxSubjects to examine it.`);
        continue;
      }
      const kind = uniqueness(raw);
      const people = [...first.keys()];
      const home = compareHomes(homes, people);
      // A unique device for several people is the Jasper Sleet pattern (H); a masked number or a model
      // matches by chance, and a declared household explains a shared phone.
      const confidence = home.household ? 0.2 : kind === 'unique' ? Math.min(0.95, 0.8 + 0.05 * (people.length - 2)) : kind === 'masked' ? 0.3 : 0.15;
      const weak = home.household || kind !== 'unique';
      const accounts = people.map((p) => ctx.subject(p)?.display_name ?? p);
      const note = kind === 'masked' ? ' (a masked number: may match by chance)' : kind === 'model' ? ' (a phone model, not one device)' : '';
      const context = home.household ? '; all declare the same home address (a household?)' : home.distinct >= 2 ? `; they declare ${home.distinct} different homes` : '';
      const evidence = [...first.values()].map(evidenceOf);
      for (const subject of people) {
        const s = ctx.subject(subject)!;
        findings.push({
          subject,
          confidence,
          ...(weak ? { severity: 'low' as const } : {}),
          summary: `MFA device "${raw}"${note} completed sign-ins for ${people.length} people: ${accounts.join(', ')}${context}`,
          evidence,
          related: people,
          facets: timeFacets(s, uses.filter((u) => u.subject === subject).map((u) => u.at), ctx.policy.newHireDays),
        });
      }
    }
    return findings;
  },
});
