import { createHash } from 'node:crypto';
import type { IdentityKind, IdentityRecord } from '../model/identity-record.js';

/** Which record names a subject and anchors its id: the HR record first, then the IdP account. */
export const KIND_PRIORITY: Record<IdentityKind, number> = {
  'hr.employee': 0,
  'idp.account': 1,
  'payroll.payee': 2,
  'ats.applicant': 3,
  'device.owner': 4,
  'shipment.recipient': 5,
};

/**
 * The deterministic keys that say two records are the same person: an employee id, or a
 * corporate sign-in address. Personal e-mails, phones and addresses are not deterministic keys:
 * different people sharing them is what the linking stage looks for (see resolve-block.ts for
 * when they may still merge).
 */
export function mergeKeys(record: IdentityRecord): string[] {
  const keys = record.corporate_emails.map((email) => `email:${email.trim().toLowerCase()}`);
  if (record.employee_id) keys.push(`employee_id:${record.employee_id.trim()}`);
  return keys;
}

/** A stable subject id from the anchor record's id. */
export function subjectId(anchorIdentityId: string): string {
  const digest = createHash('sha256').update(anchorIdentityId).digest();
  return `sub_${BigInt(`0x${digest.subarray(0, 8).toString('hex')}`).toString(36)}`;
}

/** Orders records so that the first one anchors the subject. */
export function byPriority(a: IdentityRecord, b: IdentityRecord): number {
  return KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
