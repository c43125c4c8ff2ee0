import type { Kysely, Migration } from 'kysely';

/** The MFA authenticator and the device's management state of each sign-in (E-07, E-09). */
export const signInDevice: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('events').addColumn('mfa_device', 'text').execute();
    await db.schema.alterTable('events').addColumn('device_managed', 'integer').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('events').dropColumn('mfa_device').execute();
    await db.schema.alterTable('events').dropColumn('device_managed').execute();
  },
};
