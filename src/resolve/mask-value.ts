import type { LinkKind } from './link-kinds.js';

const DOT = '•';

function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  if (text.length <= keepStart + keepEnd) return DOT.repeat(Math.max(3, text.length));
  return `${text.slice(0, keepStart)}${DOT.repeat(3)}${text.slice(text.length - keepEnd)}`;
}

function maskIp(ip: string): string {
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}:${DOT}`;
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.${DOT}` : maskMiddle(ip, 2, 0);
}

/** An address key (`country|postal|region|city|street`) shown by place, with the street hidden. */
function maskAddress(key: string): string {
  const [country = '', postal = '', region = '', city = ''] = key.split('|');
  const place = [city, region, postal, country].filter((part) => part !== '').join(', ');
  return `${DOT.repeat(3)} ${place}`.trim();
}

/**
 * How a shared value is shown in output: enough to tell two values apart and to find the record,
 * never the whole identifier (phones keep the last two digits, e-mails the first letter and the
 * domain, payout accounts their last four, IPs their /24).
 */
export function maskValue(kind: LinkKind, value: string): string {
  switch (kind) {
    case 'phone':
      return maskMiddle(value, value.startsWith('+1') ? 2 : 3, 2);
    case 'email': {
      const at = value.lastIndexOf('@');
      return at > 0 ? `${value[0]}${DOT.repeat(3)}@${value.slice(at + 1)}` : maskMiddle(value, 1, 0);
    }
    case 'payout': {
      // Keys are `<kind>:<fingerprint>|<last4>` or `wallet:<address>`.
      const [method = 'account'] = value.split(':');
      if (method === 'wallet') return `wallet ${maskMiddle(value.slice('wallet:'.length), 4, 4)}`;
      const last4 = value.split('|')[1] ?? '';
      return `${method} ${DOT.repeat(4)}${last4}`;
    }
    case 'address':
      return maskAddress(value);
    case 'ip':
      return maskIp(value);
    case 'device_serial':
      return maskMiddle(value, 3, 2);
    case 'mfa_device':
    case 'ssh_key':
      return maskMiddle(value, 8, 0);
    case 'resume':
    case 'photo':
      return value;
  }
}
