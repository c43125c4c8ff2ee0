import type { GroundTruth } from '../model/ground-truth.js';
import { buildApplicantFlow } from './applicants.js';
import type { Employee, SignInPlan } from './company.js';
import { CORPORATE_EGRESS_CIDR } from './networks.js';
import { selectScenarios } from './scenario-catalog.js';
import { signInsOf } from './schedule.js';
import { firstEvents } from './truth-timing.js';
import { World, type SimulationOptions } from './world.js';
import { buildWorkforce } from './workforce.js';
import { applicantsCsv, hrDirectoryCsv, mdmCsv, payrollCsv, shipmentsCsv } from './writers/csv-files.js';
import { createEntraWriter } from './writers/entra-writer.js';
import { createOktaWriter } from './writers/okta-writer.js';
import { osqueryLines } from './writers/osquery-writer.js';

/** Bumped when the simulator's output changes shape or meaning. */
export const SIMULATOR_VERSION = 1;

/** One file the simulator writes, relative to the output directory. */
export interface SimulatedFile {
  path: string;
  content: string;
}

/** What one simulation produced. */
export interface Simulation {
  files: SimulatedFile[];
  truth: GroundTruth;
  counts: { employees: number; applicants: number; signIns: number; osqueryLines: number };
}

/** Each person's sign-ins inside the export window, in time order. */
function windowedSignIns(world: World): Map<Employee, SignInPlan[]> {
  const out = new Map<Employee, SignInPlan[]>();
  for (const e of world.employees) {
    const plans = signInsOf(world, e).filter((s) => s.at >= world.start && s.at < world.end).sort((a, b) => a.at - b.at);
    out.set(e, plans);
    // MDM's last check-in: the laptop's last sign-in (or the last day, at home, if it never signed in).
    const last = [...plans].reverse().find((s) => s.managed);
    e.device.lastCheckIn = last ? last.at + 7 * 60_000 : Math.max(e.device.enrolledAt, world.end - 20 * 3_600_000);
    e.device.lastIp = last?.net.ip ?? e.homeNet.ip;
  }
  return out;
}

function ndjson(lines: readonly { at: number; text: string }[]): string {
  // Ties (two people signing in the same minute) keep a fixed order: by text, which is deterministic.
  const sorted = [...lines].sort((a, b) => a.at - b.at || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return sorted.length > 0 ? `${sorted.map((l) => l.text).join('\n')}\n` : '';
}

/**
 * Builds a whole company for the options: files in the vendors' formats and the truth. Pure and
 * deterministic: the same options give byte-identical files. Unknown scenario names are returned.
 */
export function simulate(options: SimulationOptions): { ok: true; simulation: Simulation } | { ok: false; unknown: string[] } {
  const selected = selectScenarios(options.scenarios);
  if (!selected.ok) return selected;
  const world = new World(options);
  buildWorkforce(world);
  buildApplicantFlow(world);
  for (const scenario of selected.scenarios) scenario.apply(world, world.rng.fork(`scenario/${scenario.name}`));
  const signIns = windowedSignIns(world);
  const okta: { at: number; text: string }[] = [];
  const entra: { at: number; text: string }[] = [];
  const osquery: { at: number; text: string }[] = [];
  const oktaEvent = createOktaWriter();
  const entraSignIn = createEntraWriter();
  for (const [e, plans] of signIns) {
    const rng = world.rng.fork(`events/${e.employeeId}`);
    for (const s of plans) {
      if (e.idp === 'okta') okta.push({ at: s.at, text: JSON.stringify(oktaEvent(rng, e, s)) });
      else entra.push({ at: s.at, text: JSON.stringify(entraSignIn(rng, e, s)) });
    }
    if (e.device.enrolledAt < world.end) osquery.push(...osqueryLines(e, world.start).filter((l) => l.at < world.end));
  }
  const truth: GroundTruth = {
    simulator: { version: SIMULATOR_VERSION, seed: options.seed, employees: options.employees, days: options.days, start: options.start, scenarios: selected.scenarios.map((s) => s.name) },
    operations: firstEvents(world, signIns),
    benign: world.benign,
    suggested_config: {
      corporate_egress_cidrs: [CORPORATE_EGRESS_CIDR],
      suppressions: {
        households: world.households,
        sanctioned_remote_tools: world.sanctionedTools,
      },
    },
  };
  const files: SimulatedFile[] = [
    { path: 'data/okta-system-log.ndjson', content: ndjson(okta) },
    { path: 'data/entra-signins.ndjson', content: ndjson(entra) },
    { path: 'data/osquery-results.ndjson', content: ndjson(osquery) },
    { path: 'data/hr-directory.csv', content: hrDirectoryCsv(world) },
    { path: 'data/ats-applicants.csv', content: applicantsCsv(world) },
    { path: 'data/payroll-payees.csv', content: payrollCsv(world) },
    { path: 'data/shipments.csv', content: shipmentsCsv(world) },
    { path: 'data/mdm-devices.csv', content: mdmCsv(world) },
    { path: 'truth.json', content: `${JSON.stringify(truth, null, 2)}\n` },
  ];
  return {
    ok: true,
    simulation: { files, truth, counts: { employees: world.employees.length, applicants: world.applicants.length, signIns: okta.length + entra.length, osqueryLines: osquery.length } },
  };
}
