import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { defineColumns, optional } from '../csv-columns.js';
import { csvEvent, csvIdentity, csvTimestamp, deviceSerial, parseCsvRow, postalAddress, requiredText, withAttributes } from '../csv-records.js';
import { defineSource } from '../define-source.js';

/** The canonical shipment columns (docs/sources/csv-imports.md). */
export const SHIPMENT_COLUMNS = [
  'shipment_id',
  'employee_id',
  'asset_tag',
  'device_serial',
  'ship_date',
  'recipient_name',
  'address_line1',
  'address_line2',
  'city',
  'region',
  'postal_code',
  'country',
  'carrier',
  'status',
] as const;

/**
 * A carrier's tracking number names a parcel, not the shipment record: it stands in for shipment_id
 * only when the export has no id column, so a file with both never sees them as one conflicting column.
 */
export const SHIPMENT_HELPER_COLUMNS = ['tracking_number'] as const;
type ShipmentColumn = (typeof SHIPMENT_COLUMNS)[number] | (typeof SHIPMENT_HELPER_COLUMNS)[number];

/** Asset-management and logistics export headers, compared after normalizeHeader. */
const ALIASES: Record<string, ShipmentColumn> = {
  shipmentnumber: 'shipment_id',
  shipmentno: 'shipment_id',
  orderid: 'shipment_id',
  ordernumber: 'shipment_id',
  orderno: 'shipment_id',
  trackingno: 'tracking_number',
  trackingid: 'tracking_number',
  'tracking#': 'tracking_number',
  employeenumber: 'employee_id',
  employeeno: 'employee_id',
  workerid: 'employee_id',
  assettag: 'asset_tag',
  assetnumber: 'asset_tag',
  assetid: 'asset_tag',
  'asset#': 'asset_tag',
  serialnumber: 'device_serial',
  serial: 'device_serial',
  serialno: 'device_serial',
  deviceserial: 'device_serial',
  deviceserialnumber: 'device_serial',
  's/n': 'device_serial',
  shipdate: 'ship_date',
  shippedat: 'ship_date',
  shippedon: 'ship_date',
  shippeddate: 'ship_date',
  dateshipped: 'ship_date',
  shippingdate: 'ship_date',
  dispatchdate: 'ship_date',
  shiptoname: 'recipient_name',
  shipto: 'recipient_name',
  recipient: 'recipient_name',
  consignee: 'recipient_name',
  delivertoname: 'recipient_name',
  address: 'address_line1',
  address1: 'address_line1',
  addressline1: 'address_line1',
  street: 'address_line1',
  streetaddress: 'address_line1',
  shiptoaddress: 'address_line1',
  shiptoaddress1: 'address_line1',
  address2: 'address_line2',
  addressline2: 'address_line2',
  shiptoaddress2: 'address_line2',
  shiptocity: 'city',
  town: 'city',
  state: 'region',
  province: 'region',
  'state/province': 'region',
  shiptostate: 'region',
  zip: 'postal_code',
  zipcode: 'postal_code',
  postcode: 'postal_code',
  postalcode: 'postal_code',
  shiptozip: 'postal_code',
  shiptopostalcode: 'postal_code',
  shiptocountry: 'country',
  countrycode: 'country',
  shippingcarrier: 'carrier',
  courier: 'carrier',
  shipmentstatus: 'status',
  deliverystatus: 'status',
};

const columns = defineColumns<ShipmentColumn>([...SHIPMENT_COLUMNS, ...SHIPMENT_HELPER_COLUMNS], ALIASES);

/** Maps a header cell to its column (canonical or helper), or undefined for an extra column. */
export function canonicalColumn(header: string): ShipmentColumn | undefined {
  return columns.columnOf(header);
}

const ShipmentRow = z
  .object({
    shipment_id: optional(z.string()),
    tracking_number: optional(z.string()),
    ship_date: requiredText.pipe(csvTimestamp),
    device_serial: optional(deviceSerial),
    asset_tag: optional(z.string()),
  })
  .loose()
  .refine((row) => row.shipment_id || row.tracking_number, { message: 'required (or tracking_number)', path: ['shipment_id'] })
  .refine((row) => row.device_serial || row.asset_tag, { message: 'a row needs device_serial or asset_tag', path: ['device_serial'] });

/** Device shipments from an asset or logistics export: who a company laptop went to, and where. */
export default defineSource({
  id: 'logistics.shipments-csv',
  title: 'Device shipments CSV',
  description:
    'Company device shipments from an asset-management or logistics export (or the canonical columns of ' +
    'docs/sources/csv-imports.md): a shipment.recipient record with the ship-to address and a device.shipped event.',
  dataset: 'logistics.shipments',
  framings: ['csv'],
  expects: `a CSV header with shipment_id (or Tracking Number) and device_serial or asset_tag (columns: ${SHIPMENT_COLUMNS.join(', ')})`,
  example: 'shipment_id,employee_id,device_serial,ship_date,recipient_name,address_line1,city,region,postal_code,country',
  sniff(first) {
    if (!Array.isArray(first) || columns.covers(first, ['shipment_id', 'tracking_number']) === 0) return 0;
    const device = columns.covers(first, ['device_serial', 'asset_tag']) > 0;
    const shipping = columns.covers(first, ['ship_date', 'address_line1', 'postal_code', 'carrier', 'recipient_name']) > 0;
    if (device) return shipping ? 0.97 : 0.9;
    return shipping ? 0.5 : 0;
  },
  redact: (record, fingerprintKey) => columns.redact(record, fingerprintKey),
  normalize(record, ctx) {
    const parsed = parseCsvRow(columns, ShipmentRow, record, ctx.fingerprintKey);
    if (!parsed.ok) return parsed;
    const { data, row, attributes } = parsed.value;
    const shipmentId = (data.shipment_id ?? data.tracking_number)!;
    const line = [row.address_line1, row.address_line2].filter(Boolean).join(', ');
    const shipTo = postalAddress('ship_to', {
      line: line || undefined,
      city: row.city,
      region: row.region,
      postal_code: row.postal_code,
      country: row.country,
    });
    withAttributes(attributes, {
      asset_tag: data.asset_tag,
      carrier: row.carrier,
      status: row.status,
      tracking_number: data.tracking_number,
      ship_date: data.ship_date,
    });
    const identity = csvIdentity({
      kind: 'shipment.recipient',
      system: 'shipments-csv',
      sourceId: shipmentId,
      rawRef: ctx.rawRef,
      name: row.recipient_name,
      employeeId: row.employee_id,
      identifiers: {
        addresses: shipTo ? [shipTo] : [],
        device_serials: data.device_serial ? [data.device_serial] : [],
      },
      attributes,
    });
    const event: Event = csvEvent({
      id: shipmentId,
      dataset: 'logistics.shipments',
      action: 'device.shipped',
      timestamp: data.ship_date,
      rawRef: ctx.rawRef,
      identityId: identity.id,
    });
    if (data.device_serial) event.device = { serial_number: data.device_serial };
    event.logistics = {
      ...(data.asset_tag ? { asset_tag: data.asset_tag } : {}),
      ...(row.carrier ? { carrier: row.carrier } : {}),
      ...(row.status ? { status: row.status } : {}),
    };
    return { ok: true, value: { events: [event], identities: [identity] } };
  },
});
