import type { RawRef } from '../model/raw-ref.js';
import type { LinkKind } from './link-kinds.js';

/**
 * An identifier seen in an event rather than on an identity record: a sign-in's egress IP, an MFA
 * device that approved a sign-in, an SSH key found on a laptop. `record` is the identity record id.
 */
export interface GraphObservation {
  record: string;
  kind: 'ip' | 'mfa_device' | 'ssh_key';
  value: string;
  /** Epoch ms. IP links need it (time window). */
  at?: number;
  raw_ref?: RawRef;
  /**
   * False for addresses shared by design (corporate egress, VPN, hosting, CGNAT): they never link
   * and are only counted. Only residential-looking egress should link.
   */
  eligible?: boolean;
}

/** An analyst's decision about two subjects, by the identity records each had when it was made. */
export interface Judgement {
  id: string;
  decision: 'same' | 'different' | 'household';
  a: string[];
  b: string[];
  reason: string;
  by: string;
  /** ISO time of the decision. */
  at: string;
}

/** People who legitimately share a home, named by subject id, record id, e-mail, employee id or source id. */
export interface Household {
  refs: string[];
  /** Where the declaration came from (a judgement id or `suppressions.households[0]`). */
  source: string;
}

/** One record's part in a link: which subject, which record, where it was read. */
export interface LinkEvidence {
  subject: string;
  record: string;
  raw_ref?: RawRef;
  /** Address role, payout method or key kind. */
  role?: string;
  /** Epoch ms (IP links: the subject's first use within the window). */
  at?: number;
}

/** Subjects tied by one shared value (or one near-duplicate pair). */
export interface Link {
  kind: LinkKind;
  indicator: string;
  /** The value, masked (mask-value.ts). */
  value_display: string;
  /** Subject ids, sorted. */
  subjects: string[];
  /** Epoch ms of the first and last evidence, when it is dated. */
  first?: number;
  last?: number;
  evidence: LinkEvidence[];
  /** Near-duplicates: estimated Jaccard (résumé) or 1 − Hamming/64 (photo). */
  similarity?: number;
}

/** A value left out of linking because many unrelated subjects share it (or it is a placeholder, or declared). */
export interface GenericValue {
  kind: LinkKind;
  value_display: string;
  /** Distinct subjects sharing it. */
  degree: number;
  /** Share of those subjects tied to no other sharer by any other identifier. */
  spread: number;
  reason: 'placeholder' | 'declared' | 'degree' | 'spread';
  detail: string;
}

/** A link that a declared household explains, and so does not count. */
export interface Exemption {
  kind: LinkKind;
  value_display: string;
  subjects: string[];
  source: string;
}

/** Connected subjects: a candidate facilitator network or laptop farm. */
export interface GraphNetwork {
  id: string;
  subjects: string[];
  links: Link[];
  /** Structural strength in [0, 1]: noisy-OR of the strongest link of each kind (link-kinds.ts weights, more sharers weigh more). */
  structure: number;
  kinds: LinkKind[];
}
