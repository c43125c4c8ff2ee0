import { applicantWave } from './scenarios/applicant-wave.scenario.js';
import { itAdmin, koreanKeyboard, piHobbyist } from './scenarios/endpoint-lookalikes.scenario.js';
import { facilitatorNetwork } from './scenarios/facilitator-network.scenario.js';
import { laptopFarm } from './scenarios/laptop-farm.scenario.js';
import { corporateVpnUsers, frequentTravellers, privateRelayUsers, starlinkContractor } from './scenarios/network-lookalikes.scenario.js';
import { household, nightShift } from './scenarios/people-lookalikes.scenario.js';
import type { Scenario } from './scenarios/scenario-kit.js';
import { soloWorker } from './scenarios/solo-worker.scenario.js';

/** Every scenario, in the order they are applied (operations first, so their ids do not depend on the look-alikes chosen). */
export const SCENARIOS: readonly Scenario[] = [
  laptopFarm,
  facilitatorNetwork,
  soloWorker,
  applicantWave,
  frequentTravellers,
  corporateVpnUsers,
  nightShift,
  household,
  starlinkContractor,
  privateRelayUsers,
  itAdmin,
  koreanKeyboard,
  piHobbyist,
];

/** Group names `--scenario` also accepts. */
const GROUPS: Readonly<Record<string, (s: Scenario) => boolean>> = {
  all: () => true,
  operations: (s) => s.kind === 'operation',
  benign: (s) => s.kind === 'benign',
};

/** Every name `--scenario` accepts, groups first. */
export function scenarioNames(): string[] {
  return [...Object.keys(GROUPS), ...SCENARIOS.map((s) => s.name)];
}

/**
 * The scenarios named (names and groups, in catalog order), or the unknown names. No names means all.
 */
export function selectScenarios(names: readonly string[]): { ok: true; scenarios: Scenario[] } | { ok: false; unknown: string[] } {
  if (names.length === 0) return { ok: true, scenarios: [...SCENARIOS] };
  const unknown = names.filter((n) => !GROUPS[n] && !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, scenarios: SCENARIOS.filter((s) => names.some((n) => GROUPS[n]?.(s) ?? n === s.name)) };
}
