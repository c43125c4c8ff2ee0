import type { EnrichContext } from '../../enrich/define-enricher.js';
import emailAddress from '../../enrich/enrichers/email-address.enricher.js';
import ipIntel from '../../enrich/enrichers/ip-intel.enricher.js';
import phoneNumber from '../../enrich/enrichers/phone-number.enricher.js';
import postalAddress from '../../enrich/enrichers/postal-address.enricher.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import type { ApplicantFacts } from '../applicant-facts.js';
import { ran, skipped, type CheckOutcome, type ScreenReason } from '../screen-result.js';

/**
 * Checks of the application on its own, through the enrichers analysis uses (same data, same
 * reasons): the phone (A-14), the e-mail (disposable, IOC-listed), the home address (mail drop, PO box)
 * and the IP the application was sent from (VPN, hosting, DPRK space).
 */

/** The enrichers, prepared once per screening run. */
export interface RecordEnrichers {
  phones: (record: IdentityRecord) => ReturnType<ReturnType<typeof phoneNumber.prepare>>;
  emails: (record: IdentityRecord) => ReturnType<ReturnType<typeof emailAddress.prepare>>;
  addresses: (record: IdentityRecord) => ReturnType<ReturnType<typeof postalAddress.prepare>>;
  ip: ReturnType<typeof ipIntel.prepare>;
  /** False when the shipped IP reference (country, ASN) was not loaded: only imports and curated ranges decide. */
  ipReference: boolean;
}

/** Prepares the enrichers for a run. */
export function prepareRecordEnrichers(ctx: EnrichContext): RecordEnrichers {
  return {
    phones: phoneNumber.prepare(ctx),
    emails: emailAddress.prepare(ctx),
    addresses: postalAddress.prepare(ctx),
    ip: ipIntel.prepare(ctx),
    ipReference: ctx.ipReference !== undefined,
  };
}

const reason = (check: string, indicator: string | undefined, level: ScreenReason['level'], summary: string, evidence: Record<string, unknown>): ScreenReason => ({
  check,
  ...(indicator ? { indicator } : {}),
  level,
  corroborating_only: false,
  summary,
  evidence,
});

/** A-14: invalid numbers, VoIP lines, a region other than the claimed home. */
export function phoneCheck(facts: ApplicantFacts, enrich: RecordEnrichers): CheckOutcome {
  if (facts.phones.length === 0) return skipped('record.phone', 'no phone number on the application');
  const reasons: ScreenReason[] = [];
  for (const intel of enrich.phones(facts.record) ?? []) {
    const evidence = { phone: intel.raw, e164: intel.e164 ?? null, type: intel.type ?? null, region: intel.region ?? null, claimed_country: intel.claimed_country ?? null, basis: intel.basis };
    if (!intel.valid) reasons.push(reason('record.phone', 'A-14', 'review', `phone ${intel.raw} is not a valid number (${intel.basis})`, evidence));
    if (intel.type === 'VOIP') reasons.push(reason('record.phone', 'A-14', 'review', `phone ${intel.raw} is a VoIP number (${intel.basis})`, evidence));
    if (intel.region_matches_claim === false) reasons.push(reason('record.phone', 'A-14', 'review', `phone ${intel.raw} belongs to ${intel.region}, not the claimed home country ${intel.claimed_country}: a recent move keeps an old number, so ask`, evidence));
  }
  return ran('record.phone', `${facts.phones.length} phone(s) with libphonenumber metadata${facts.country ? `; claimed country ${facts.country}` : '; no claimed country, so the region was not compared'}; VoIP is knowable outside NANP only`, reasons);
}

/** Disposable domains and addresses on imported e-mail IOC lists; role inboxes are noted. */
export function emailCheck(facts: ApplicantFacts, enrich: RecordEnrichers): CheckOutcome {
  if (facts.emails.length === 0) return skipped('record.email', 'no e-mail address on the application');
  const reasons: ScreenReason[] = [];
  for (const intel of enrich.emails(facts.record) ?? []) {
    const evidence = { email: intel.raw, normalized: intel.normalized, domain: intel.domain, basis: intel.basis };
    if (intel.disposable) reasons.push(reason('record.email', undefined, 'review', `e-mail ${intel.raw} is on a disposable-address domain (${intel.domain})`, evidence));
    for (const ioc of intel.ioc) reasons.push(reason('record.email', 'H-10', 'reject-recommended', `e-mail ${intel.raw} is on the imported IOC list ${ioc.dataset}: ${ioc.label}`, { ...evidence, dataset: ioc.dataset, label: ioc.label }));
    if (intel.role_account) reasons.push(reason('record.email', undefined, 'info', `e-mail ${intel.raw} is a role inbox, not a person's`, evidence));
  }
  return ran('record.email', `${facts.emails.length} e-mail(s): disposable-domain list, imported e-mail IOCs, role inboxes`, reasons);
}

/** D-02: a home address that is a mail drop, CMRA or PO box. */
export function addressCheck(facts: ApplicantFacts, enrich: RecordEnrichers): CheckOutcome {
  const intel = (enrich.addresses(facts.record) ?? []).filter((a) => a.role === 'home');
  if (intel.length === 0) return skipped('record.address', 'no home address on the application');
  const reasons = intel
    .filter((a) => a.mail_drop || a.po_box)
    .map((a) => reason('record.address', 'D-02', 'review', `the home address is ${a.mail_drop ? `a mail drop (${a.mail_drop_basis})` : 'a PO box'}: not a place to live`, { key: a.key, po_box: a.po_box, mail_drop: a.mail_drop, basis: a.mail_drop_basis ?? null }));
  return ran('record.address', 'home address: PO box, mail-drop names and imported reshipper lists', reasons);
}

const IP_LEVEL: Record<string, { level: ScreenReason['level']; indicator: string }> = {
  dprk: { level: 'reject-recommended', indicator: 'E-08' },
  vpn: { level: 'review', indicator: 'E-02' },
  proxy: { level: 'review', indicator: 'E-02' },
  tor: { level: 'review', indicator: 'E-02' },
  relay: { level: 'review', indicator: 'E-02' },
  hosting: { level: 'review', indicator: 'E-02' },
};

/** The application's source IP: DPRK space, VPN, proxy, Tor, relay or hosting. */
export function applicationIpCheck(facts: ApplicantFacts, enrich: RecordEnrichers): CheckOutcome {
  if (!facts.applicationIp) return skipped('record.application-ip', 'no application_ip on the application');
  const intel = enrich.ip({ ip: facts.applicationIp });
  if (!intel) return skipped('record.application-ip', `application_ip ${facts.applicationIp} is not an IP address`);
  const rule = IP_LEVEL[intel.class];
  const astrill = /astrill/i.test(intel.provider ?? '');
  const reasons = rule
    ? [reason('record.application-ip', astrill ? 'E-01' : rule.indicator, rule.level, `the application came from ${facts.applicationIp}, ${intel.class === 'dprk' ? 'North Korean address space' : `a ${intel.class} network`}${intel.provider ? ` (${intel.provider})` : ''}: ${intel.basis}`, { ip: facts.applicationIp, class: intel.class, provider: intel.provider ?? null, country: intel.country ?? null, asn: intel.asn ?? null, basis: intel.basis })]
    : [];
  return ran('record.application-ip', `${facts.applicationIp}: ${intel.class} (${intel.basis})${enrich.ipReference ? '' : '; shipped country/ASN data not loaded'}`, reasons);
}
