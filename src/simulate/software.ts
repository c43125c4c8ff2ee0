/**
 * Software the simulated laptops carry, with what osquery's `apps` (macOS) and `programs` (Windows)
 * tables report for it. Versions are those current in late 2026-ish; only the shape matters.
 */
interface Software {
  version: string;
  mac?: { bundle: string; file: string };
  win?: { publisher: string; dir: string };
}

const CATALOG: Readonly<Record<string, Software>> = {
  'Google Chrome': { version: '141.0', mac: { bundle: 'com.google.Chrome', file: 'Google Chrome.app' }, win: { publisher: 'Google LLC', dir: 'C:\\Program Files\\Google\\Chrome\\Application' } },
  Slack: { version: '4.46', mac: { bundle: 'com.tinyspeck.slackmacgap', file: 'Slack.app' }, win: { publisher: 'Slack Technologies Inc.', dir: 'C:\\Program Files\\Slack' } },
  Zoom: { version: '6.6', mac: { bundle: 'us.zoom.xos', file: 'zoom.us.app' }, win: { publisher: 'Zoom Video Communications, Inc.', dir: 'C:\\Program Files\\Zoom' } },
  'Microsoft Teams': { version: '25.1', mac: { bundle: 'com.microsoft.teams2', file: 'Microsoft Teams.app' }, win: { publisher: 'Microsoft Corporation', dir: 'C:\\Program Files\\WindowsApps\\MSTeams' } },
  'Microsoft Outlook': { version: '16.102', mac: { bundle: 'com.microsoft.Outlook', file: 'Microsoft Outlook.app' }, win: { publisher: 'Microsoft Corporation', dir: 'C:\\Program Files\\Microsoft Office\\root\\Office16' } },
  '1Password': { version: '8.11', mac: { bundle: 'com.1password.1password', file: '1Password.app' }, win: { publisher: 'AgileBits Inc.', dir: 'C:\\Program Files\\1Password' } },
  'CrowdStrike Falcon': { version: '7.28', mac: { bundle: 'com.crowdstrike.falcon.App', file: 'Falcon.app' }, win: { publisher: 'CrowdStrike, Inc.', dir: 'C:\\Program Files\\CrowdStrike' } },
  'Visual Studio Code': { version: '1.105', mac: { bundle: 'com.microsoft.VSCode', file: 'Visual Studio Code.app' }, win: { publisher: 'Microsoft Corporation', dir: 'C:\\Program Files\\Microsoft VS Code' } },
  'Docker Desktop': { version: '4.47', mac: { bundle: 'com.docker.docker', file: 'Docker.app' }, win: { publisher: 'Docker Inc.', dir: 'C:\\Program Files\\Docker\\Docker' } },
  iTerm2: { version: '3.6', mac: { bundle: 'com.googlecode.iterm2', file: 'iTerm.app' } },
  Postman: { version: '11.60', mac: { bundle: 'com.postmanlabs.mac', file: 'Postman.app' }, win: { publisher: 'Postman', dir: 'C:\\Users\\Public\\Postman' } },
  Figma: { version: '125.8', mac: { bundle: 'com.figma.Desktop', file: 'Figma.app' }, win: { publisher: 'Figma, Inc.', dir: 'C:\\Program Files\\Figma' } },
  Salesforce: { version: '3.2', mac: { bundle: 'com.salesforce.desktop', file: 'Salesforce.app' }, win: { publisher: 'Salesforce, Inc.', dir: 'C:\\Program Files\\Salesforce' } },
  TeamViewer: { version: '15.70', mac: { bundle: 'com.teamviewer.TeamViewer', file: 'TeamViewer.app' }, win: { publisher: 'TeamViewer Germany GmbH', dir: 'C:\\Program Files\\TeamViewer' } },
  'Splashtop Business': { version: '3.7', mac: { bundle: 'com.splashtop.business', file: 'Splashtop Business.app' }, win: { publisher: 'Splashtop Inc.', dir: 'C:\\Program Files (x86)\\Splashtop\\Splashtop Remote\\Client for STB' } },
  'Splashtop Streamer': { version: '3.7', mac: { bundle: 'com.splashtop.Splashtop-Streamer', file: 'Splashtop Streamer.app' }, win: { publisher: 'Splashtop Inc.', dir: 'C:\\Program Files (x86)\\Splashtop\\Splashtop Remote\\Server' } },
  'ScreenConnect Client': { version: '24.3', mac: { bundle: 'com.screenconnect.client', file: 'ScreenConnect Client.app' }, win: { publisher: 'ConnectWise, LLC', dir: 'C:\\Program Files (x86)\\ScreenConnect Client' } },
  'Microsoft Remote Desktop': { version: '10.9', mac: { bundle: 'com.microsoft.rdc.macos', file: 'Microsoft Remote Desktop.app' }, win: { publisher: 'Microsoft Corporation', dir: 'C:\\Program Files\\Remote Desktop' } },
  'Royal TSX': { version: '6.2', mac: { bundle: 'com.lemonmojo.RoyalTSX.App', file: 'Royal TSX.app' } },
  AnyDesk: { version: '9.0.5', mac: { bundle: 'com.philandro.anydesk', file: 'AnyDesk.app' }, win: { publisher: 'AnyDesk Software GmbH', dir: 'C:\\Program Files (x86)\\AnyDesk' } },
  'Chrome Remote Desktop Host': { version: '141.0', mac: { bundle: 'com.google.chromeremotedesktop.me2me', file: 'Chrome Remote Desktop Host.app' }, win: { publisher: 'Google LLC', dir: 'C:\\Program Files (x86)\\Google\\Chrome Remote Desktop' } },
  RustDesk: { version: '1.4.2', mac: { bundle: 'com.carriez.rustdesk', file: 'RustDesk.app' }, win: { publisher: 'Purslane Ltd', dir: 'C:\\Program Files\\RustDesk' } },
  'Astrill VPN': { version: '3.10', mac: { bundle: 'com.astrill.AstrillVPN', file: 'Astrill.app' }, win: { publisher: 'Astrill Systems Corp.', dir: 'C:\\Program Files (x86)\\Astrill' } },
  'Raspberry Pi Imager': { version: '1.9.6', mac: { bundle: 'org.raspberrypi.imagingutility', file: 'Raspberry Pi Imager.app' }, win: { publisher: 'Raspberry Pi Ltd', dir: 'C:\\Program Files (x86)\\Raspberry Pi Imager' } },
  Arduino: { version: '2.3.6', mac: { bundle: 'cc.arduino.IDE2', file: 'Arduino IDE.app' }, win: { publisher: 'Arduino SA', dir: 'C:\\Program Files\\Arduino IDE' } },
};

/** The osquery row of one installed program on a host of the given OS, or undefined when it has no build for that OS. */
export function softwareRow(name: string, os: 'macOS' | 'Windows'): { table: 'apps' | 'programs'; row: Record<string, string> } | undefined {
  const s = CATALOG[name];
  if (!s) throw new Error(`unknown simulator software ${name}`);
  if (os === 'macOS' && s.mac) {
    return {
      table: 'apps',
      row: { name: s.mac.file, bundle_identifier: s.mac.bundle, bundle_name: name, bundle_short_version: s.version, path: `/Applications/${s.mac.file}` },
    };
  }
  if (os === 'Windows' && s.win) {
    return { table: 'programs', row: { name, version: s.version, install_location: s.win.dir, publisher: s.win.publisher } };
  }
  return undefined;
}

/** The everyday baseline every laptop gets, by department. */
export function baselineSoftware(department: string): string[] {
  const base = ['Google Chrome', 'Slack', 'Zoom', 'Microsoft Outlook', '1Password', 'CrowdStrike Falcon'];
  if (department === 'Engineering') return [...base, 'Visual Studio Code', 'Docker Desktop', 'iTerm2', 'Postman'];
  if (department === 'Design' || department === 'Product') return [...base, 'Figma'];
  if (department === 'Sales') return [...base, 'Salesforce'];
  // IT staff support colleagues with the company's sanctioned remote-support tool.
  if (department === 'IT') return [...base, 'TeamViewer', 'Microsoft Remote Desktop'];
  return base;
}
