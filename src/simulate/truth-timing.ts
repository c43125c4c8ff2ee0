import type { TruthOperation } from '../model/ground-truth.js';
import type { Employee, SignInPlan } from './company.js';
import type { World } from './world.js';

/** Every time a member's records show up in the written data (applications, shipments, payroll, laptop, sign-ins). */
function memberTimes(world: World, employee: Employee | undefined, applicantIds: readonly string[], signIns: ReadonlyMap<Employee, SignInPlan[]>): number[] {
  const times = world.applicants.filter((a) => applicantIds.includes(a.applicantId)).map((a) => a.appliedAt);
  if (employee) {
    times.push(...employee.shipments.map((s) => s.shipDate), ...employee.payroll.map((p) => p.effective), employee.device.enrolledAt);
    const first = signIns.get(employee)?.[0];
    if (first) times.push(first.at);
  }
  return times.filter((t) => t < world.end);
}

/** The operations with `first_event` set to the earliest of their members' records in the data. */
export function firstEvents(world: World, signIns: ReadonlyMap<Employee, SignInPlan[]>): TruthOperation[] {
  return world.operations.map((op) => {
    const times = op.members.flatMap((m) => memberTimes(world, m.employee_id ? world.employees.find((e) => e.employeeId === m.employee_id) : undefined, m.applicant_ids, signIns));
    return { ...op, first_event: new Date(times.length > 0 ? Math.min(...times) : world.start).toISOString() };
  });
}
