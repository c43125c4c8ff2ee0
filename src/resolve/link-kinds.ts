/** The identifiers that distinct people should not share, and so link subjects into networks. */
export const LINK_KINDS = ['phone', 'email', 'payout', 'device_serial', 'mfa_device', 'ssh_key', 'address', 'ip', 'resume', 'photo'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The research-catalog indicator each kind of shared identifier is evidence for (dprk-indicators.md §3). */
export const LINK_INDICATOR: Record<LinkKind, string> = {
  phone: 'A-01',
  email: 'A-01',
  resume: 'A-01',
  photo: 'A-03',
  payout: 'G-03',
  address: 'D-03',
  ip: 'E-13',
  mfa_device: 'E-09',
  ssh_key: 'I-02',
  device_serial: 'A-09',
};

/** How strongly one shared value of each kind ties two people together, probability-like (0–1). */
export const LINK_WEIGHT: Record<LinkKind, number> = {
  payout: 0.6,
  mfa_device: 0.6,
  device_serial: 0.5,
  address: 0.45,
  ip: 0.45,
  phone: 0.45,
  email: 0.45,
  ssh_key: 0.45,
  resume: 0.35,
  photo: 0.3,
};

/** Human words for each kind, for summaries and the report. */
export const LINK_LABEL: Record<LinkKind, string> = {
  phone: 'phone number',
  email: 'personal e-mail',
  payout: 'payout account',
  device_serial: 'device serial',
  mfa_device: 'MFA device',
  ssh_key: 'SSH/GPG key',
  address: 'address',
  ip: 'residential egress IP',
  resume: 'near-duplicate résumé',
  photo: 'near-identical photo',
};

/** Kinds that a declared household legitimately shares: they never link household members. */
export const HOUSEHOLD_KINDS: ReadonlySet<LinkKind> = new Set(['address', 'ip']);
