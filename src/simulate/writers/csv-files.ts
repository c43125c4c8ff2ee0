import type { World } from '../world.js';
import { dateOnly, isoSeconds, toCsv } from './csv-writer.js';

/** The HR directory with the canonical columns of docs/formats.md. */
export function hrDirectoryCsv(world: World): string {
  const header = ['employee_id', 'full_name', 'email', 'personal_email', 'phone', 'job_title', 'department', 'employment_type', 'start_date', 'end_date', 'home_address', 'home_city', 'home_region', 'home_postal_code', 'home_country', 'work_arrangement', 'timezone', 'manager_email', 'referred_by'];
  return toCsv(header, world.employees.map((e) => [
    e.employeeId, `${e.firstName} ${e.lastName}`, e.email, e.personalEmail, e.phone, e.title, e.department, e.employmentType, dateOnly(e.start), undefined,
    e.home.line2 ? `${e.home.line1}, ${e.home.line2}` : e.home.line1, e.home.city, e.home.region, e.home.postal, e.home.country, e.arrangement, e.timezone, e.managerEmail, undefined,
  ]));
}

/** Applications, oldest first (docs/sources/csv-imports.md, ATS applicants). */
export function applicantsCsv(world: World): string {
  const header = ['applicant_id', 'full_name', 'email', 'phone', 'location_city', 'location_region', 'location_country', 'source_channel', 'applied_at', 'resume_file', 'resume_text', 'photo_file', 'linkedin_url', 'github_url', 'portfolio_url', 'education', 'status', 'referred_by', 'application_ip', 'employee_id', 'photo_phash', 'accept_language'];
  const rows = [...world.applicants].sort((a, b) => a.appliedAt - b.appliedAt || (a.applicantId < b.applicantId ? -1 : 1));
  return toCsv(header, rows.map((a) => [
    a.applicantId, a.name, a.email, a.phone, a.location.city, a.location.region, a.location.country, a.sourceChannel, isoSeconds(a.appliedAt), `resumes/${a.applicantId}.pdf`, a.resumeText,
    a.photoFile, a.linkedin, a.github, a.portfolio, a.education, a.status, a.referredBy, a.ip, a.employeeId, a.photoHash, a.acceptLanguage,
  ]));
}

/** Payout elections, one row per version (split deposits are two rows with one date). */
export function payrollCsv(world: World): string {
  const header = ['employee_id', 'effective_date', 'method', 'payee_name', 'bank_name', 'bank_country', 'routing_number', 'account_number', 'wallet_address', 'wallet_chain'];
  const rows = world.employees.flatMap((e) => e.payroll.map((p) => ({ e, p }))).sort((a, b) => a.p.effective - b.p.effective || (a.e.employeeId < b.e.employeeId ? -1 : 1));
  return toCsv(header, rows.map(({ e, p }) => [e.employeeId, dateOnly(p.effective), p.method, p.payeeName, p.bankName, p.bankCountry, p.routing, p.account, p.wallet, p.chain]));
}

/** Laptop shipments. */
export function shipmentsCsv(world: World): string {
  const header = ['shipment_id', 'employee_id', 'asset_tag', 'device_serial', 'ship_date', 'recipient_name', 'address_line1', 'address_line2', 'city', 'region', 'postal_code', 'country', 'carrier', 'status'];
  const rows = world.employees.flatMap((e) => e.shipments.filter((s) => s.shipDate < world.end).map((s) => ({ e, s }))).sort((a, b) => a.s.shipDate - b.s.shipDate || (a.s.id < b.s.id ? -1 : 1));
  return toCsv(header, rows.map(({ e, s }) => [s.id, e.employeeId, e.device.assetTag, e.device.serial, dateOnly(s.shipDate), s.recipient, s.to.line1, s.to.line2, s.to.city, s.to.region, s.to.postal, s.to.country, s.carrier, s.status]));
}

/** The MDM inventory: one row per managed laptop with its last check-in. */
export function mdmCsv(world: World): string {
  const header = ['device_serial', 'hostname', 'employee_id', 'user_email', 'os', 'os_version', 'model', 'enrolled_at', 'last_check_in', 'last_ip', 'managed'];
  return toCsv(header, world.employees.filter((e) => e.device.enrolledAt < world.end).map((e) => {
    const d = e.device;
    return [d.serial, d.hostname, e.employeeId, e.email, d.os, d.os === 'macOS' ? d.osVersion : '11 24H2', d.model, isoSeconds(d.enrolledAt), isoSeconds(d.lastCheckIn), d.lastIp, d.managed ? 'true' : 'false'];
  }));
}
