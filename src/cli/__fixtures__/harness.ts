/**
 * Test harness for the CLI: runs `run(argv, io)` with fake streams and an environment that never
 * includes the real process environment, plus builders for synthetic input files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../io.js';
import { run } from '../program.js';

/** The repository's examples/ folder (a synthetic company), as an absolute path. */
export const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

/** What one CLI run produced. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh temp dir that is the fake cwd; `dispose` removes it. */
export interface Sandbox {
  dir: string;
  /** `<dir>/t.db` — the default database of the sandbox. */
  db: string;
  /** Runs the CLI in this sandbox (cwd = dir). `env` never inherits process.env. */
  cli(argv: readonly string[], env?: Record<string, string>): Promise<CliResult>;
  dispose(): void;
}

/** Runs the CLI once with fake IO. */
export async function runCli(
  argv: readonly string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    isTTY?: boolean;
    /** leave MOLEHUNT_NO_PROGRESS unset */ progress?: boolean;
    /** what `-` reads */ stdin?: NodeJS.ReadableStream;
  },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write(s: string) {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write(s: string) {
        stderr += s;
        return true;
      },
      isTTY: options.isTTY ?? false,
    },
    env: { ...(options.progress ? {} : { MOLEHUNT_NO_PROGRESS: '1' }), ...(options.env ?? {}) },
    cwd: options.cwd,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Creates a sandbox temp dir. */
export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'mh-'));
  return {
    dir,
    db: join(dir, 't.db'),
    cli: (argv, env) => runCli(argv, { cwd: dir, ...(env ? { env } : {}) }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The contract shape of one `subjects --json` item. */
export interface SubjectJson {
  id: string;
  display_name: string;
  score: number;
  level: string;
  identities: { kind: string; source_id: string; name: string | null; emails: string[]; employee_id?: string; applicant_id?: string }[];
  findings: { rule: string; indicator: string; severity: string; confidence: number; summary: string; status: string }[];
  escalations: string[];
}

/** Parses `subjects --json` output. */
export function parseSubjects(stdout: string): SubjectJson[] {
  return JSON.parse(stdout) as SubjectJson[];
}

/** Finds a subject by display name or fails with the names that exist. */
export function subjectNamed(subjects: readonly SubjectJson[], name: string): SubjectJson {
  const found = subjects.find((s) => s.display_name === name);
  if (!found) throw new Error(`no subject named ${name}; have ${subjects.map((s) => s.display_name).join(', ')}`);
  return found;
}

/** Options for a synthetic Okta System Log LogEvent. */
export interface OktaEventOptions {
  uuid: string;
  published: string;
  actorId: string;
  login: string;
  displayName: string;
  ip?: string;
  city?: string;
  country?: string;
  lat?: number;
  lon?: number;
  eventType?: string;
}

/** A full Okta System Log LogEvent (shape as in examples/okta-system-log.ndjson) with synthetic values. */
export function oktaEvent(o: OktaEventOptions): Record<string, unknown> {
  const ip = o.ip ?? '203.0.113.10';
  const geo = {
    city: o.city ?? 'Seattle',
    state: null,
    country: o.country ?? 'United States',
    postalCode: null,
    geolocation: { lat: o.lat ?? 47.6062, lon: o.lon ?? -122.3321 },
  };
  return {
    actor: { id: o.actorId, type: 'User', alternateId: o.login, displayName: o.displayName, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', os: 'Linux', browser: 'FIREFOX' },
      zone: 'null',
      device: 'Computer',
      id: null,
      ipAddress: ip,
      geographicalContext: geo,
    },
    device: null,
    authenticationContext: {
      authenticationProvider: null,
      credentialProvider: null,
      credentialType: null,
      issuer: null,
      interface: null,
      authenticationStep: 0,
      externalSessionId: `102${o.uuid.replace(/-/g, '').slice(0, 19)}`,
    },
    displayMessage: 'User login to Okta',
    eventType: o.eventType ?? 'user.session.start',
    outcome: { result: 'SUCCESS', reason: null },
    published: o.published,
    securityContext: { asNumber: 64500, asOrg: 'Example Net', isp: 'Example Net', domain: 'example.net', isProxy: false },
    severity: 'INFO',
    debugContext: { debugData: { requestUri: '/idp/idx/authenticate', threatSuspected: 'false' } },
    legacyEventType: 'core.user_auth.login_success',
    transaction: { type: 'WEB', id: o.uuid.slice(0, 23), detail: {} },
    uuid: o.uuid,
    version: '0',
    request: { ipChain: [{ ip, geographicalContext: geo, version: 'V4', source: null }] },
    target: null,
  };
}

/** Serializes events as NDJSON (one per line, trailing newline). */
export function ndjson(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** The canonical HR directory header (docs/formats.md). */
export const HR_HEADER =
  'employee_id,full_name,email,personal_email,phone,job_title,department,employment_type,start_date,end_date,home_address,home_city,home_region,home_postal_code,home_country,work_arrangement,timezone,manager_email,referred_by';

/** One HR CSV row with synthetic defaults. Values are written as given (quote them yourself if needed). */
export function hrRow(employeeId: string, fullName: string, email: string): string {
  return `${employeeId},${fullName},${email},,,Engineer,Engineering,full_time,2026-01-05,,1 Main St,Seattle,WA,98101,US,remote,America/Los_Angeles,,`;
}

/** Runs `fn` with a fresh sandbox and always removes it. */
export async function inSandbox(fn: (box: Sandbox) => Promise<void>): Promise<void> {
  const box = sandbox();
  try {
    await fn(box);
  } finally {
    box.dispose();
  }
}
