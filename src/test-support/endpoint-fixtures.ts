import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { employee, hostEvent, record } from './factories.js';

/** The device.owner record id of a person's laptop in these fixtures. */
export const laptopOf = (person: string): string => `device.owner:mdm-csv:SER-${person.toUpperCase()}`;

/**
 * An employee (HR record with a start date) and their laptop (an MDM device record with serial
 * `SER-<PERSON>`, host `<person>-laptop`, optionally an enrollment date), joined by the corporate e-mail.
 */
export function worker(person: string, over: { start?: string; enrolledAt?: string } = {}): IdentityRecord[] {
  const email = `${person}@example.com`;
  const hr = employee(`E-${person}`, email, person);
  return [
    { ...hr, attributes: over.start ? { start_date: over.start } : {} },
    record('device.owner', `SER-${person.toUpperCase()}`, {
      corporate_emails: [email],
      identifiers: { emails: [email], device_serials: [`SER-${person.toUpperCase()}`] },
      attributes: { hostname: `${person}-laptop`, ...(over.enrolledAt ? { enrolled_at: over.enrolledAt } : {}) },
    }),
  ];
}

let counter = 0;
const base = (person: string) => ({
  host: { id: `uuid-${person}`, name: `${person}-laptop`, hostname: `${person}-laptop` },
  device: { serial_number: `SER-${person.toUpperCase()}` },
});

/** An installed package (osquery apps/programs/deb) on the person's laptop. */
export function installed(person: string, at: string, name: string, type = 'windows_program'): Event {
  return hostEvent(laptopOf(person), { id: `pkg-${++counter}`, at, action: 'program.snapshot', kind: 'state', category: ['package'], ...base(person), package: { name, type } });
}

/** A process on the person's laptop (osquery processes / process_events). */
export function ran(person: string, at: string, executable: string, commandLine?: string): Event {
  const name = executable.split(/[/\\]/).pop()!;
  return hostEvent(laptopOf(person), {
    id: `proc-${++counter}`,
    at,
    action: 'process_event.added',
    category: ['process'],
    type: ['start'],
    ...base(person),
    process: { name, executable, ...(commandLine ? { command_line: commandLine } : {}) },
  });
}

/** A USB device the person's laptop enumerated (osquery usb_devices). */
export function usb(person: string, at: string, device: NonNullable<Event['molehunt']['usb']>): Event {
  return hostEvent(laptopOf(person), { id: `usb-${++counter}`, at, action: 'usb_device.added', type: ['creation'], ...base(person), molehunt: { usb: device } });
}

/** A display attached to the person's laptop (osquery connected_displays). */
export function display(person: string, at: string, edid: NonNullable<Event['molehunt']['display']>): Event {
  return hostEvent(laptopOf(person), { id: `display-${++counter}`, at, action: 'display.added', type: ['creation'], ...base(person), molehunt: { display: edid } });
}

/** An authorized SSH key on the person's laptop (osquery authorized_keys). */
export function sshKey(person: string, at: string, key: NonNullable<Event['molehunt']['ssh_key']>): Event {
  return hostEvent(laptopOf(person), { id: `key-${++counter}`, at, action: 'authorized_key.snapshot', kind: 'state', category: ['configuration'], ...base(person), molehunt: { ssh_key: key } });
}
