import type { SoftwareSignature } from './software-match.js';

/**
 * A remote-access product: software that lets someone elsewhere see and drive this computer.
 * `reported` lists the research sources (../shared/research/dprk-indicators.md §4.2) that name it
 * in DPRK IT-worker cases; `aliases` are other names an organization may use for it in config.
 */
export interface RemoteAccessTool extends SoftwareSignature {
  aliases: readonly string[];
  kind: 'remote-desktop' | 'rmm' | 'vnc';
  reported: readonly string[];
}

/**
 * The project's own catalog of remote-access products, written for molehunt (not copied from
 * LOLRMM; a test compares the two when ../shared is present). Names are those the vendors' own
 * installers, download pages and administrator documentation use; each row says which vendor
 * site that is. Where the executable names were not certain, the row matches package names only.
 *
 * Deliberately left out:
 * - operating-system built-ins (Windows Remote Desktop and Quick Assist, macOS Screen Sharing and
 *   Remote Management, GNOME Remote Desktop, vino, krfb): present on every machine, so their
 *   presence says nothing; enabling them is configuration, not inventory;
 * - viewers that only connect out (VNC Viewer, Remote Utilities Viewer, Splashtop Business app,
 *   the Chrome Remote Desktop web client and extension): they reach another computer, not this one;
 * - meeting tools with screen control (GoTo Meeting, Zoho Meeting, Zoom, Teams): ordinary work;
 * - mesh VPNs (Tailscale, ZeroTier, Hamachi): they carry traffic, they do not show a screen or
 *   take the keyboard; NanoKVM ships Tailscale, but that runs on the KVM, not on the laptop.
 */
export const REMOTE_ACCESS_TOOLS: readonly RemoteAccessTool[] = [
  {
    name: 'AnyDesk', aliases: [], kind: 'remote-desktop', reported: ['S5', 'S12', 'S20'],
    processes: ['anydesk'], packages: [/^anydesk\b/, /^com\.philandro\.anydesk/],
    source: 'anydesk.com (downloads; Windows/macOS/Linux command-line documentation: `anydesk --install`, `--set-password`)',
  },
  {
    name: 'TeamViewer', aliases: ['TeamViewer Host', 'TeamViewer QuickSupport'], kind: 'remote-desktop', reported: ['S5'],
    processes: ['teamviewer', 'teamviewer_service', 'teamviewerd', 'teamviewer_desktop', 'tv_w32', 'tv_x64'],
    packages: [/^teamviewer\b/, /^com\.teamviewer\./],
    source: 'teamviewer.com (Windows service TeamViewer_Service.exe, Linux daemon teamviewerd, QuickSupport tv_w32/tv_x64)',
  },
  {
    name: 'Chrome Remote Desktop', aliases: ['CRD', 'Chromoting'], kind: 'remote-desktop', reported: ['S5', 'S12', 'S20'],
    processes: ['remoting_host', 'remoting_desktop', 'remoting_start_host', 'remoting_me2me_host', 'chrome-remote-desktop-host'],
    packages: [/^chrome remote desktop host\b/, /^chrome-remote-desktop$/, /^chromeremotedesktophost\b/],
    source: 'remotedesktop.google.com and support.google.com/chrome/answer/1649523 (host service "chromoting", remoting_start_host); research §4.2',
  },
  {
    name: 'RustDesk', aliases: [], kind: 'remote-desktop', reported: ['S5'],
    processes: ['rustdesk'], packages: [/^rustdesk\b/, /^com\.carriez\.rustdesk/],
    source: 'rustdesk.com/docs (client and --service)',
  },
  {
    name: 'GoTo Resolve', aliases: ['GoToAssist', 'GoTo Assist', 'GoToRemote', 'GoTo'], kind: 'rmm', reported: ['S5'],
    processes: ['gotoassist'], processPatterns: [/^gotoresolve/], packages: [/^goto ?resolve\b/, /^goto ?assist\b/],
    source: 'goto.com/it-management/resolve (GoTo Resolve Unattended agent); research §4.2 names GoToRemote',
  },
  {
    name: 'GoToMyPC', aliases: [], kind: 'remote-desktop', reported: ['S5'],
    processes: [], packages: [/^gotomypc\b/],
    source: 'get.gotomypc.com (host installer "GoToMyPC")',
  },
  {
    name: 'LogMeIn', aliases: ['LogMeIn Pro', 'LogMeIn Rescue', 'LogMeIn Central'], kind: 'remote-desktop', reported: ['S5'],
    processes: ['logmein', 'lmiguardiansvc', 'logmeinsystray', 'lmi_rescue', 'lmi_rescue_srv'],
    packages: [/^logmein$/, /^logmein (pro|rescue applet|rescue calling card)\b/],
    source: 'logmein.com support (LogMeIn host service LMIGuardianSvc, Rescue applet lmi_rescue); Hamachi (a VPN) is excluded',
  },
  {
    name: 'Splashtop', aliases: ['Splashtop Streamer', 'Splashtop SOS'], kind: 'remote-desktop', reported: [],
    processes: ['srservice', 'srmanager', 'srserver', 'sragent', 'splashtopsos'],
    packages: [/^splashtop (streamer|sos)\b/, /^splashtop-streamer$/],
    source: 'support-splashtopbusiness.splashtop.com (Streamer service SRService/SRServer); the Business viewer app is excluded',
  },
  {
    name: 'ScreenConnect', aliases: ['ConnectWise Control', 'ConnectWise ScreenConnect'], kind: 'rmm', reported: [],
    processes: ['screenconnect.clientservice', 'screenconnect.windowsclient'],
    packages: [/^screenconnect client\b/, /^connectwise control client\b/],
    source: 'docs.connectwise.com ScreenConnect (client service "ScreenConnect Client (<instance id>)")',
  },
  {
    name: 'Zoho Assist', aliases: [], kind: 'rmm', reported: [],
    processes: ['za_connect', 'zaservice', 'zohours', 'zohoursservice', 'za_access'],
    packages: [/^zoho assist\b/],
    source: 'zoho.com/assist (Unattended Access agent); Zoho Meeting is excluded',
  },
  {
    name: 'Parsec', aliases: [], kind: 'remote-desktop', reported: [],
    processes: ['parsecd'], packages: [/^parsec$/, /^parsec (app|teams)\b/, /^tv\.parsec\./],
    source: 'support.parsec.app (parsecd; its Windows service name is too generic to match alone)',
  },
  {
    name: 'NoMachine', aliases: [], kind: 'remote-desktop', reported: [],
    processes: ['nxserver', 'nxnode', 'nxd', 'nxservice', 'nxservice64'], packages: [/^nomachine\b/],
    source: 'nomachine.com/documents (server nxserver, nxnode, nxd)',
  },
  {
    name: 'RealVNC Server', aliases: ['RealVNC', 'VNC Connect', 'VNC Server'], kind: 'vnc', reported: [],
    processes: ['vncserver', 'vncserver-x11', 'vncserver-x11-serviced', 'vncserver-virtuald', 'vncserverui', 'vncagent'],
    packages: [/^(realvnc )?vnc (server|connect)\b/, /^realvnc-vnc-server$/, /^realvnc server\b/, /^com\.realvnc\.vncserver/],
    source: 'help.realvnc.com (VNC Server, vncserver-x11-serviced, Windows vncserver/vncagent)',
  },
  {
    name: 'TightVNC', aliases: [], kind: 'vnc', reported: [],
    processes: ['tvnserver'], packages: [/^tightvnc\b/, /^tightvncserver$/],
    source: 'tightvnc.com (server tvnserver.exe; Debian package tightvncserver)',
  },
  {
    name: 'UltraVNC', aliases: ['uvnc'], kind: 'vnc', reported: [],
    processes: ['winvnc', 'uvnc_service'], packages: [/^ultravnc\b/],
    source: 'uvnc.com (server winvnc.exe, service uvnc_service)',
  },
  {
    name: 'TigerVNC', aliases: [], kind: 'vnc', reported: [],
    processes: ['x0vncserver', 'winvnc4'], packages: [/^tigervnc-(server|standalone-server|scraping-server)$/],
    source: 'tigervnc.org (x0vncserver; distribution packages tigervnc-server / tigervnc-standalone-server)',
  },
  {
    name: 'x11vnc', aliases: [], kind: 'vnc', reported: [],
    processes: ['x11vnc'], packages: [/^x11vnc$/],
    source: 'github.com/LibVNC/x11vnc (program and distribution package x11vnc)',
  },
  {
    name: 'Remote Utilities', aliases: [], kind: 'remote-desktop', reported: [],
    processes: ['rutserv', 'rfusclient'], packages: [/^remote utilities\b.*\b(host|agent)\b/],
    source: 'remoteutilities.com/support (Host service rutserv.exe); the Viewer is excluded',
  },
  {
    name: 'Atera', aliases: ['Atera Agent', 'AteraAgent'], kind: 'rmm', reported: [],
    processes: ['ateraagent', 'atera_agent'], packages: [/^atera ?agent\b/],
    source: 'support.atera.com (Windows service AteraAgent)',
  },
  {
    name: 'Supremo', aliases: ['Supremo Remote Desktop'], kind: 'remote-desktop', reported: [],
    processes: ['supremo', 'supremoservice', 'supremohelper', 'supremosystem'], packages: [/^supremo$/, /^supremo remote desktop\b/],
    source: 'supremocontrol.com (Supremo.exe, SupremoService)',
  },
  {
    name: 'DWService', aliases: ['DWAgent'], kind: 'rmm', reported: [],
    processes: ['dwagent', 'dwagsvc'], packages: [/^dwagent\b/, /^dwservice\b/],
    source: 'dwservice.net (agent DWAgent, Windows service dwagsvc)',
  },
  {
    name: 'Ammyy Admin', aliases: ['Ammyy'], kind: 'remote-desktop', reported: [],
    processes: ['ammyy_admin', 'aa_v3'], packages: [/^ammyy\b/],
    source: 'ammyy.com (portable AMMYY_Admin.exe / AA_v3.exe)',
  },
  {
    name: 'MeshCentral', aliases: ['Mesh Agent', 'MeshAgent'], kind: 'rmm', reported: [],
    processes: ['meshagent'], packages: [/^mesh ?agent\b/],
    source: 'meshcentral.com and github.com/Ylianst/MeshAgent (agent meshagent)',
  },
  {
    name: 'ToDesk', aliases: [], kind: 'remote-desktop', reported: [],
    processes: ['todesk', 'todesk_service'], packages: [/^todesk\b/],
    source: 'todesk.com (ToDesk.exe, ToDesk_Service)',
  },
  {
    name: 'Sunlogin', aliases: ['AweSun', 'Oray Sunlogin'], kind: 'remote-desktop', reported: [],
    processes: ['sunloginclient', 'awesun', 'orayremoteservice', 'orayremoteshell'], packages: [/^(sunlogin|awesun)\b/, /^向日葵/],
    source: 'sunlogin.oray.com and awesun.app (SunloginClient.exe; AweSun is the international brand)',
  },
  {
    name: 'HopToDesk', aliases: [], kind: 'remote-desktop', reported: [],
    processes: ['hoptodesk'], packages: [/^hoptodesk\b/],
    source: 'hoptodesk.com (a RustDesk derivative, HopToDesk.exe)',
  },
  {
    name: 'Getscreen.me', aliases: ['Getscreen'], kind: 'remote-desktop', reported: [],
    processes: ['getscreen'], packages: [/^getscreen(\.me)?\b/],
    source: 'getscreen.me (agent getscreen.exe)',
  },
  {
    name: 'AnyViewer', aliases: [], kind: 'remote-desktop', reported: [],
    processes: [], packages: [/^anyviewer\b/],
    source: 'anyviewer.com (AOMEI AnyViewer installer)',
  },
  {
    name: 'Jump Desktop Connect', aliases: ['Jump Desktop'], kind: 'remote-desktop', reported: [],
    processes: ['jumpconnect', 'jumpservice'], packages: [/^jump desktop connect\b/],
    source: 'jumpdesktop.com (host "Jump Desktop Connect"); the Jump Desktop viewer is excluded',
  },
  {
    name: 'Radmin Server', aliases: ['Radmin'], kind: 'remote-desktop', reported: [],
    processes: ['rserver3'], packages: [/^radmin server\b/],
    source: 'radmin.com (Radmin Server 3, rserver3.exe); Radmin Viewer is excluded',
  },
  {
    name: 'BeyondTrust Remote Support', aliases: ['Bomgar', 'BeyondTrust'], kind: 'rmm', reported: [],
    processes: [], processPatterns: [/^bomgar-(scc|pac)\b/], packages: [/^(beyondtrust|bomgar) (remote support )?jump client\b/],
    source: 'beyondtrust.com/docs/remote-support (Jump Client bomgar-scc)',
  },
  {
    name: 'NinjaOne', aliases: ['NinjaRMM', 'NinjaOne Agent'], kind: 'rmm', reported: [],
    processes: ['ninjarmmagent', 'ninjarmmagentpatcher'], packages: [/^ninjarmmagent\b/, /^ninjaone agent\b/],
    source: 'ninjaone.com documentation (Windows agent NinjaRMMAgent)',
  },
  {
    name: 'Datto RMM', aliases: ['CentraStage'], kind: 'rmm', reported: [],
    processes: ['aemagent', 'cagservice'], packages: [/^datto rmm\b/],
    source: 'rmm.datto.com help (agent service CagService, AEMAgent)',
  },
  {
    name: 'Kaseya VSA', aliases: ['Kaseya'], kind: 'rmm', reported: [],
    processes: ['agentmon'], packages: [/^kaseya agent\b/],
    source: 'help.kaseya.com (VSA agent AgentMon.exe)',
  },
  {
    name: 'Action1', aliases: [], kind: 'rmm', reported: [],
    processes: [], packages: [/^action1 agent\b/],
    source: 'action1.com/documentation (program "Action1 Agent"; its executable names were not confirmed, so packages only)',
  },
  {
    name: 'DameWare', aliases: ['SolarWinds DameWare'], kind: 'remote-desktop', reported: [],
    processes: ['dwrcs'], packages: [/^(solarwinds )?dameware (mini )?remote control service\b/],
    source: 'solarwinds.com DameWare documentation (client agent service dwrcs.exe)',
  },
];
