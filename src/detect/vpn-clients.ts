import type { SoftwareSignature } from './software-match.js';

/**
 * A VPN or proxy client that changes where the computer's traffic appears to come from.
 * `astrill`: the provider DPRK IT-worker reporting names most (research §4.3); `consumer`: other
 * commercial VPNs; `circumvention`: proxy clients built to get around national firewalls.
 */
export interface VpnClient extends SoftwareSignature {
  tier: 'astrill' | 'consumer' | 'circumvention';
}

/**
 * Written for molehunt from the providers' own download and support pages (process and package names
 * of their Windows, macOS and Linux clients) and, for Astrill on Linux, the process tree the research
 * notes quote (F-07: `astrill` with children `asproxy` and `asovpnc`). Corporate clients are never
 * here (see CORPORATE_VPN).
 */
export const VPN_CLIENTS: readonly VpnClient[] = [
  {
    name: 'Astrill VPN', tier: 'astrill', processes: ['astrill', 'astrillvpn', 'asproxy', 'asovpnc'], packages: [/^astrill/],
    source: 'research F-07 (astrill-watchdog README: astrill, asproxy, asovpnc); astrill.com client downloads',
  },
  { name: 'Mullvad VPN', tier: 'consumer', processes: ['mullvad-daemon', 'mullvad-vpn', 'mullvad-gui'], packages: [/^mullvad( vpn)?\b/, /^mullvad-vpn$/], source: 'mullvad.net (mullvad-daemon, Mullvad VPN app)' },
  { name: 'ExpressVPN', tier: 'consumer', processes: ['expressvpn', 'expressvpnd', 'expressvpnservice', 'expressvpn.daemon'], packages: [/^expressvpn\b/], source: 'expressvpn.com support (expressvpnd on Linux)' },
  { name: 'NordVPN', tier: 'consumer', processes: ['nordvpn', 'nordvpnd', 'nordvpn-service'], packages: [/^nordvpn\b/], source: 'nordvpn.com support (nordvpnd on Linux); NordLayer, the business product, is not matched' },
  { name: 'Proton VPN', tier: 'consumer', processes: ['protonvpn', 'protonvpnservice', 'protonvpn-app'], packages: [/^proton ?vpn\b/, /^proton-vpn/], source: 'protonvpn.com support' },
  { name: 'Surfshark', tier: 'consumer', processes: ['surfshark', 'surfshark.service'], packages: [/^surfshark\b/], source: 'surfshark.com support' },
  { name: 'Private Internet Access', tier: 'consumer', processes: ['pia-daemon', 'pia-client', 'pia-service'], packages: [/^private internet access\b/, /^pia-vpn$/], source: 'privateinternetaccess.com support (pia-daemon)' },
  { name: 'CyberGhost', tier: 'consumer', processes: ['cyberghost', 'cyberghost.service'], packages: [/^cyberghost\b/], source: 'cyberghostvpn.com support' },
  { name: 'Hotspot Shield', tier: 'consumer', processes: ['hotspotshield', 'hsscp'], packages: [/^hotspot ?shield\b/], source: 'hotspotshield.com support' },
  { name: 'TorGuard', tier: 'consumer', processes: ['torguard'], packages: [/^torguard\b/], source: 'torguard.net downloads' },
  { name: 'IPVanish', tier: 'consumer', processes: ['ipvanish'], packages: [/^ipvanish\b/], source: 'ipvanish.com downloads' },
  { name: 'Windscribe', tier: 'consumer', processes: ['windscribe', 'windscribeservice', 'windscribe-cli'], packages: [/^windscribe\b/], source: 'windscribe.com downloads' },
  { name: 'PureVPN', tier: 'consumer', processes: ['purevpn'], packages: [/^purevpn\b/], source: 'purevpn.com downloads' },
  { name: 'VyprVPN', tier: 'consumer', processes: ['vyprvpn', 'vyprvpnservice'], packages: [/^vyprvpn\b/], source: 'vyprvpn.com downloads' },
  { name: 'TunnelBear', tier: 'consumer', processes: ['tunnelbear'], packages: [/^tunnelbear\b/], source: 'tunnelbear.com downloads' },
  { name: 'hide.me VPN', tier: 'consumer', processes: ['hide.me'], packages: [/^hide\.me( vpn)?\b/], source: 'hide.me downloads' },
  { name: 'LetsVPN', tier: 'consumer', processes: ['letsvpn'], packages: [/^letsvpn\b/, /^快连/], source: 'letsvpn.world (LetsVPN / 快连)' },
  { name: 'Psiphon', tier: 'circumvention', processes: ['psiphon3', 'psiphon'], packages: [/^psiphon\b/], source: 'psiphon.ca downloads (psiphon3.exe)' },
  { name: 'Lantern', tier: 'circumvention', processes: ['lantern'], packages: [/^lantern$/], source: 'lantern.io downloads' },
  { name: 'Shadowsocks', tier: 'circumvention', processes: ['shadowsocks', 'ss-local', 'sslocal'], packages: [/^shadowsocks/], source: 'shadowsocks.org clients (ss-local, shadowsocks-libev)' },
  { name: 'V2Ray/Xray client', tier: 'circumvention', processes: ['v2rayn', 'v2ray', 'xray', 'v2rayu'], packages: [/^v2ray/, /^xray$/], source: 'v2fly.org and XTLS/Xray-core releases; v2rayN, V2rayU front ends' },
  { name: 'Clash', tier: 'circumvention', processes: ['clash', 'clash-verge', 'clash for windows', 'clashx', 'mihomo'], packages: [/^clash( verge| for windows)?\b/, /^clashx/, /^mihomo\b/], source: 'Clash / Clash Verge / ClashX / mihomo project releases' },
];

/**
 * Corporate remote-access and zero-trust clients: never a finding, whatever a future pattern above
 * might match. Mesh VPNs (Tailscale, ZeroTier) and generic tunnels (WireGuard, OpenVPN) are here too:
 * companies run them, and they do not choose an exit country for the user.
 */
export const CORPORATE_VPN = /globalprotect|anyconnect|cisco secure client|zscaler|forticlient|pulse secure|ivanti secure|netskope|nordlayer|twingate|tailscale|zerotier|cloudflare warp|wireguard|openvpn|prisma access|check ?point|f5 access|big-ip edge|netextender|perimeter ?81|harmony sase|cato client|aws vpn client|azure vpn client/i;
