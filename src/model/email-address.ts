/**
 * True when a value has the shape of an e-mail address (`local@domain.tld`, no spaces). Sources use it
 * to decide whether a login or decoration is an address; deeper checks are the e-mail enricher's job.
 */
export function isEmailAddress(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
}
