import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { familyName, homeKey, personRecords, viaAgency } from '../applicant-facts.js';
import { resumeCopies } from '../resume-copies.js';
import { linkEvidence, linkSpan, linkSubjects, otherNames, withoutHubClusters, type Link, type Member, type SharedValue } from '../shared-value-links.js';
import { recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /**
   * Exact Jaccard similarity of two résumés' word-shingle sets at which they are one text reused
   * (research A-01 [D]). Two people's résumés built on one template, or sharing stock phrases, stay far
   * below it; a copy with the name, dates and a few skills swapped stays above it.
   */
  resumeSimilarity: z.number().min(0.5).max(1).default(0.8),
  /** Words per shingle: three keeps word order without letting one changed word hide a whole sentence. */
  shingleWords: z.number().int().min(2).max(8).default(3),
  /** Résumés with fewer shingles (about 20 words) once common phrases are dropped are too short to call a copy. */
  minShingles: z.number().int().min(1).default(20),
  /**
   * A phrase found in more than this share of all résumés (and at least commonPhraseMinDocs of them) is
   * template or boilerplate and is not compared; one operator's copies, a few dozen, stay well below.
   */
  commonPhraseShare: z.number().min(0).max(1).default(0.05),
  commonPhraseMinDocs: z.number().int().min(2).default(50),
  /** Applications further apart than this are not linked (research A-01 [D]); HR records are current data. */
  windowMonths: z.number().positive().default(24),
  /**
   * A value on more different names than this is a hub: a recruiter's line, an ATS placeholder, a
   * family business number. Insikt saw one operator run 22 personas (S14), so the default stays above that.
   */
  maxPeople: z.number().int().min(2).default(25),
});
type Options = z.infer<typeof Options>;

const MONTH = 30.44 * 86_400_000;
/** Base confidence per kind of shared value: a mailbox is personal, a phone can be a family line, a résumé a friend's copy. */
const KIND_WEIGHT: Record<string, number> = { email: 0.7, resume: 0.65, phone: 0.6 };

/** A placeholder number many unrelated records carry (000-0000, 123-4567, one digit repeated). */
function placeholderPhone(e164: string): boolean {
  const national = e164.replace(/\D/g, '').slice(-7);
  return national.length < 7 || /^(\d)\1+$/.test(national) || national === '1234567';
}

/**
 * A phone on two HR records only is often an office or desk line that HR lists for everyone there;
 * the numbers people wrote on their own applications are what operators reuse.
 */
const oneApplication = (a: Member, b: Member): boolean => a.record.kind === 'ats.applicant' || b.record.kind === 'ats.applicant';

/** Phone numbers (E.164) and personal e-mails (normalized) with the records that carry them. */
function contactValues(ctx: RuleContext, members: readonly Member[]): SharedValue[] {
  const companyDomains = new Set(members.flatMap((m) => m.record.corporate_emails.map((e) => e.split('@').pop()!.toLowerCase())));
  const byKey = new Map<string, SharedValue>();
  const put = (key: string, make: () => SharedValue, member: Member) => {
    const value = byKey.get(key) ?? make();
    if (!value.members.some((m) => m.record.id === member.record.id)) value.members.push(member);
    byKey.set(key, value);
  };
  for (const member of members) {
    const intel = ctx.identityEnrichment(member.record.id);
    for (const phone of intel.phones ?? []) {
      if (!phone.e164 || placeholderPhone(phone.e164)) continue;
      const voip = phone.type === 'VOIP';
      const value = (): SharedValue => ({
        kind: 'phone',
        label: `phone ${phone.e164}${voip ? ' (VoIP)' : ''}`,
        members: [],
        values: { phone: phone.e164!, line_type: phone.type ?? null },
        links: oneApplication,
      });
      put(`phone:${phone.e164}`, value, member);
    }
    for (const email of intel.emails ?? []) {
      if (email.role_account || companyDomains.has(email.domain)) continue;
      put(`email:${email.normalized}`, () => ({ kind: 'email', label: `e-mail ${email.normalized}`, members: [], values: { email: email.normalized } }), member);
    }
  }
  // A value only agency-submitted applications share is the recruiter's contact data, not the candidates'.
  return [...byKey.values()].filter((v) => v.members.length >= 2 && !v.members.every((m) => viaAgency(m.record)));
}

/** True when every linked person shares a family name or a street-level home with the subject: a household. */
function household(ctx: RuleContext, subject: string, links: readonly Link[]): boolean {
  const records = ctx.subject(subject)?.identities ?? [];
  const names = new Set(records.map((r) => familyName(r.name)).filter((n) => n !== undefined));
  const homes = new Set(records.map((r) => homeKey(ctx, r)).filter((k) => k !== undefined));
  const related = (m: Member) => names.has(familyName(m.record.name) ?? '\0') || homes.has(homeKey(ctx, m.record) ?? '\0');
  return links.every((l) => related(l.theirs));
}

/** What is shared, for the summary: the numbers and mailboxes themselves, and how alike the résumés are. */
function sharedParts(links: readonly Link[]): string[] {
  const distinct = (kind: string, show: (v: SharedValue) => string) => [...new Set(links.filter((l) => l.value.kind === kind).map((l) => show(l.value)))];
  const phones = distinct('phone', (v) => `${v.values?.phone}${v.values?.line_type === 'VOIP' ? ' (VoIP)' : ''}`);
  const emails = distinct('email', (v) => String(v.values?.email));
  const resumes = links.filter((l) => l.value.kind === 'resume').map((l) => Number(l.value.values?.resume_similarity));
  return [
    ...(phones.length > 0 ? [`phone ${phones.join(', ')}`] : []),
    ...(emails.length > 0 ? [`e-mail ${emails.join(', ')}`] : []),
    ...(resumes.length > 0 ? [`résumé text (up to ${Math.floor(Math.max(...resumes) * 100)}% alike)`] : []),
  ];
}

function summaryOf(ctx: RuleContext, links: readonly Link[], o: Options, isHousehold: boolean): string {
  const { names } = otherNames(ctx, links);
  const who = `${names.length} ${names.length === 1 ? 'person' : 'people'} under other names`;
  const tail = isHousehold ? '; they share a family name or a home (a household?)' : '';
  return `Shares ${sharedParts(links).join(' and ')} with ${who} within ${o.windowMonths} months: ${names.join(', ')}${tail}`;
}

/** one phone number, personal e-mail or résumé text on applications under different names. */
export default defineRule({
  id: 'applicant.shared-contact',
  indicator: 'A-01',
  title: 'Applicants under different names share a phone, e-mail or résumé',
  description:
    'Applications or employee records under different names carry the same phone number, the same personal e-mail ' +
    '(compared after normalization: Gmail dots and +tags removed) or near-identical résumé text (MinHash over word ' +
    'shingles, verified by exact Jaccard similarity). The FBI tells employers to "cross-check HR systems for other ' +
    'applicants with the same resume content and/or contact information"; operators reuse (often VoIP) numbers and ' +
    'mailboxes across personas. Re-applications under one name are the same person and are not findings.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['ats.applicant', 'hr.employee'],
  citations: [cite('A-01', 'S4'), cite('A-01', 'S5')],
  falsePositives: [
    'Siblings, spouses or parent and child sharing a family phone or mailbox (shown with little weight when they share a family name or a street address).',
    'A recruiter or agency putting its own phone or e-mail on every candidate it submits (ignored when all the applications came through an agency channel).',
    'Friends or bootcamp classmates who copied one résumé and changed little; popular templates alone stay far below the similarity threshold.',
    'One person re-applying after a legal name change (marriage): the same given name and mailbox under a new surname.',
    'An office main line that the HR directory lists for several employees (phones shared only by HR records are not compared).',
  ],
  runbook:
    'Open the linked records side by side: names, claimed locations, application dates, LinkedIn and GitHub. Call the ' +
    'shared number and write to the shared mailbox from a neutral address. Different claimed cities, applications weeks ' +
    'apart and a VoIP number point to one operator; check the other people\'s hiring status and sign-ins (E-04) and ' +
    'shipping addresses (D-03).',
  clears:
    'The people are family members or one person after a name change (confirm with HR, then add a suppressions.findings ' +
    'entry for the subjects), or the value belongs to a recruiter (set the applications\' source_channel to the agency).',
  options: Options,
  evaluate(ctx, o) {
    const members = personRecords(ctx);
    const limits = { windowMs: o.windowMonths * MONTH, maxPeople: o.maxPeople, limitSetting: 'rules.applicant.shared-contact.maxPeople' };
    const resumes = withoutHubClusters(ctx, resumeCopies(members, o), limits, 'One résumé text');
    const links = linkSubjects(ctx, [...contactValues(ctx, members), ...resumes], limits);
    const findings: FindingDraft[] = [];
    for (const [subject, mine] of links) {
      const kinds = new Set(mine.map((l) => l.value.kind));
      const voip = mine.some((l) => l.value.values?.line_type === 'VOIP');
      const { ids } = otherNames(ctx, mine);
      const isHousehold = household(ctx, subject, mine);
      // The strongest kind, then corroboration: each further kind of shared value, a VoIP line (S5), more personas.
      const base = Math.max(...[...kinds].map((k) => KIND_WEIGHT[k] ?? 0.6));
      const confidence = Math.min(0.95, base + 0.1 * (kinds.size - 1) + (voip ? 0.1 : 0) + Math.min(0.15, 0.05 * (ids.length - 1)));
      findings.push({
        subject,
        confidence: isHousehold ? 0.3 : confidence,
        ...(isHousehold ? { severity: 'low' as const } : {}),
        summary: summaryOf(ctx, mine, o, isHousehold),
        evidence: linkEvidence(mine, (m, value) =>
          recordEvidence(m.record, { name: m.record.name ?? null, shares: value.label, applied_at: m.record.attributes.applied_at ?? null, ...value.values }),
        ),
        related: ids,
        facets: linkSpan(mine),
      });
    }
    return findings;
  },
});
