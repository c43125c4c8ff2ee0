import { DAY, HOUR } from '../clock.js';
import { hire } from '../hire.js';
import { place } from '../places.js';
import { keyboardLayoutRow, USB } from './endpoint-artifacts.js';
import { addBenign, recruit, withoutPersonalRemoteTools, type Scenario } from './scenario-kit.js';

/** The remote-support products the company sanctions for IT (suggested_config.suppressions), by product name. */
export const SANCTIONED_TOOLS = ['TeamViewer', 'Splashtop', 'ScreenConnect'];
/** What the IT administrator's laptop carries: the sanctioned agents and two viewers (clients that only connect out). */
const ADMIN_SOFTWARE = ['TeamViewer', 'ScreenConnect Client', 'Microsoft Remote Desktop', 'Royal TSX'];

/** A long-tenured IT administrator with several remote-support tools, all sanctioned. */
export const itAdmin: Scenario = {
  name: 'it-admin',
  kind: 'benign',
  summary: 'an IT administrator with several sanctioned remote-support tools (TeamViewer, ScreenConnect, Splashtop, Remote Desktop, Royal TSX)',
  apply(world, rng) {
    const e = recruit(world, rng, (x) => x.department === 'IT' && x.device.os === 'macOS', { country: 'US', department: 'IT', title: 'IT Administrator', arrangement: 'hybrid', os: 'macOS' });
    e.title = 'IT Administrator';
    withoutPersonalRemoteTools(e);
    e.device.software = [...new Set([...e.device.software, ...ADMIN_SOFTWARE])];
    // A new agent this month too: IT trials tools; a sanctioned one is still not evidence.
    e.device.installs.push({ at: world.start + rng.int(2, Math.max(2, world.options.days - 2)) * DAY + 15 * HOUR, name: 'Splashtop Streamer' });
    for (const tool of SANCTIONED_TOOLS) world.sanctionedTools.push({ tool, reason: 'company-sanctioned remote support for IT staff' });
    addBenign(world, { id: 'benign-it-admin', scenario: 'it-admin', title: 'IT administrator with several remote tools', looks_like: ['F-01', 'F-02'], why_benign: 'Long-tenured IT staff whose remote-support tools are the sanctioned ones (suggested_config.suppressions.sanctioned_remote_tools).' }, [e], 'it admin');
  },
};

/** A Korean-American employee with a Korean keyboard layout, and no other signal at all. */
export const koreanKeyboard: Scenario = {
  name: 'korean-keyboard',
  kind: 'benign',
  summary: 'a Korean-American employee in Los Angeles with a Korean keyboard layout and nothing else (fairness check)',
  apply(world, rng) {
    const e = hire(world, rng, { first: 'Daniel', last: 'Cho', place: place('Los Angeles'), department: 'Finance', title: 'Financial Analyst', start: world.start - rng.int(500, 1500) * DAY, arrangement: 'remote', os: 'Windows' });
    world.claimed.add(e.employeeId);
    withoutPersonalRemoteTools(e);
    e.device.custom.push(
      { at: world.start, query: 'pack_inventory_keyboard_layouts', columns: keyboardLayoutRow('S-1-5-21-1004336348-1177238915-682003330-1107', 1, '00000409') },
      { at: world.start, query: 'pack_inventory_keyboard_layouts', columns: keyboardLayoutRow('S-1-5-21-1004336348-1177238915-682003330-1107', 2, '00000412') },
    );
    addBenign(world, { id: 'benign-korean-keyboard', scenario: 'korean-keyboard', title: 'Korean keyboard layout, nothing else', looks_like: ['A-07'], why_benign: 'A language setting is never evidence on its own (fairness rule: corroborating only); everything else about this person is ordinary.' }, [e], 'employee');
  },
};

/** An engineer who plugs a Raspberry Pi Zero in as a USB Ethernet gadget (1d6b:0104, not a KVM's strings). */
export const piHobbyist: Scenario = {
  name: 'pi-hobbyist',
  kind: 'benign',
  summary: 'an engineer whose Raspberry Pi Zero shows up as the generic Linux USB gadget 1d6b:0104 with its own product string',
  apply(world, rng) {
    const e = recruit(world, rng, (x) => x.department === 'Engineering' && x.device.os === 'macOS', { country: 'US', department: 'Engineering', title: 'Senior Software Engineer', arrangement: 'remote', os: 'macOS' });
    withoutPersonalRemoteTools(e);
    e.device.software.push('Raspberry Pi Imager', 'Arduino');
    e.device.usb.push({ ...USB.piZeroGadget, at: world.start + rng.int(1, Math.max(1, world.options.days - 2)) * DAY + 19 * HOUR }, { ...USB.logitechReceiver, at: world.start - 90 * DAY });
    addBenign(world, { id: 'benign-pi-hobbyist', scenario: 'pi-hobbyist', title: 'Raspberry Pi hobbyist', looks_like: ['F-04', 'F-05'], why_benign: 'The generic Linux Foundation gadget id with a Raspberry Pi Ethernet-gadget product string on a long-tenured engineer\'s laptop; no KVM strings, no remote tools.' }, [e], 'engineer');
  },
};
