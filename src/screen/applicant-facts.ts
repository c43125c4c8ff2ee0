import { claimedCountry } from '../enrich/phone.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { githubHandle } from './identifier-keys.js';
import { isoDay } from './lists/list-values.js';

/**
 * What screening reads from an applicant's identity record (as the ATS source built it). Optional
 * columns that the canonical set does not name are kept by the source as attributes; the ones read
 * here are documented in docs/screening.md.
 */
export interface ApplicantFacts {
  record: IdentityRecord;
  name?: string;
  emails: string[];
  phones: string[];
  /** ISO code of the claimed home country. */
  country?: string;
  /** YYYY-MM-DD or YYYY, from a `date_of_birth` / `dob` / `birth_date` column. */
  birthDate?: string;
  github?: string;
  githubUrl?: string;
  linkedinUrl?: string;
  portfolioUrl?: string;
  applicationIp?: string;
  resumeText?: string;
  /** 64-bit perceptual hash of the photo, 16 hex digits, from a `photo_phash` / `phash` column. */
  photoHash?: string;
  /** The photo-hash column as written, when it is there but not 16 hex digits. */
  photoHashInvalid?: string;
  /** Crypto payout addresses (from payout accounts or a `wallet` / `crypto_wallet` column). */
  wallets: { address: string; chain?: string }[];
  /** Keyed fingerprints of bank or payout accounts (the store's fingerprint key). */
  payoutFingerprints: string[];
  referredBy?: string;
  /** The year the application was made (for "N years of X" claims). */
  appliedYear?: number;
}

const attr = (record: IdentityRecord, ...names: string[]): string | undefined => {
  for (const [key, value] of Object.entries(record.attributes)) {
    if (names.includes(key.toLowerCase().replace(/[\s_.-]+/g, '')) && value.trim() !== '') return value.trim();
  }
  return undefined;
};

const FINGERPRINT = /^fp:([0-9a-f]{32}) last4:/;

/** Reads the screening facts of an identity record. */
export function applicantFacts(record: IdentityRecord): ApplicantFacts {
  const dob = attr(record, 'dateofbirth', 'dob', 'birthdate', 'birthday');
  const github = attr(record, 'githuburl', 'github');
  const wallets = record.identifiers.payout_accounts.filter((p) => p.address).map((p) => ({ address: p.address!, ...(p.chain ? { chain: p.chain } : {}) }));
  const walletColumn = attr(record, 'wallet', 'cryptowallet', 'walletaddress', 'payoutwallet');
  if (walletColumn) wallets.push({ address: walletColumn });
  const payoutFingerprints = record.identifiers.payout_accounts.map((p) => p.fingerprint);
  for (const value of Object.values(record.attributes)) {
    const fp = FINGERPRINT.exec(value)?.[1];
    if (fp && !payoutFingerprints.includes(fp)) payoutFingerprints.push(fp);
  }
  const applied = attr(record, 'appliedat');
  const photoHash = attr(record, 'photophash', 'phash', 'photohash');
  return {
    record,
    ...(record.name ? { name: record.name } : {}),
    emails: record.identifiers.emails,
    phones: record.identifiers.phones,
    ...(claimedCountry(record) ? { country: claimedCountry(record)! } : {}),
    ...(dob ? { birthDate: isoDay(dob) ?? (/^\d{4}$/.test(dob) ? dob : undefined) } : {}),
    ...(github ? { githubUrl: github, ...(githubHandle(github) ? { github: githubHandle(github)! } : {}) } : {}),
    ...(attr(record, 'linkedinurl') ? { linkedinUrl: attr(record, 'linkedinurl')! } : {}),
    ...(attr(record, 'portfoliourl') ? { portfolioUrl: attr(record, 'portfoliourl')! } : {}),
    ...(attr(record, 'applicationip') ? { applicationIp: attr(record, 'applicationip')! } : {}),
    ...(attr(record, 'resumetext') ? { resumeText: attr(record, 'resumetext')! } : {}),
    ...(photoHash && /^[0-9a-f]{16}$/i.test(photoHash) ? { photoHash: photoHash.toLowerCase() } : photoHash ? { photoHashInvalid: photoHash } : {}),
    wallets,
    payoutFingerprints,
    ...(attr(record, 'referredby') ? { referredBy: attr(record, 'referredby')! } : {}),
    ...(applied && /^\d{4}/.test(applied) ? { appliedYear: Number(applied.slice(0, 4)) } : {}),
  };
}
