/**
 * Numbered migrations. Each migration turns records of version N-1 into version N, record by
 * record, as plain objects — so the same code migrates a stored Y.Doc (see board/migrate.ts) and a
 * JSON backup being imported. Add a migration by appending to MIGRATIONS and raising SCHEMA_VERSION.
 */
import { SCHEMA_VERSION, type RootName } from './roots.ts';

export type PlainRecord = Record<string, unknown>;
export interface Migration {
  version: number;
  description: string;
  records: Partial<Record<RootName, (record: PlainRecord) => PlainRecord>>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 2,
    description: 'single lever → list of levers; locked flags',
    records: {
      interventions: ({ lever, ...rest }) => ({
        ...rest,
        levers: Array.isArray(rest.levers) ? rest.levers : typeof lever === 'string' && lever ? [lever] : [],
        locked: rest.locked ?? false,
      }),
      stakeholders: (r) => ({ ...r, locked: r.locked ?? false }),
    },
  },
  {
    version: 3,
    description: 'B-2.2 attributes: emissions compensated by sinks, energy or fuel removed, indicators for monitoring',
    records: {
      interventions: (r) => ({ ...r, sinksTco2e: r.sinksTco2e ?? null, energyRemoved: r.energyRemoved ?? '', indicators: r.indicators ?? '' }),
    },
  },
  {
    // Nothing to rewrite: the schema still reads a version 3 agenda (a list of titles) as steps
    // without a duration, and a board without `agendaCurrent` has no current step. The version
    // tells an older server that a backup's agenda is one it cannot read.
    version: 4,
    description: 'agenda steps with an id and a duration in minutes; the current step',
    records: {},
  },
];

/** The migrations to run on a board of `fromVersion`, in order. Throws for a board from the future. */
export function migrationsFrom(fromVersion: number): Migration[] {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) throw new Error(`unknown schema version ${fromVersion}`);
  if (fromVersion > SCHEMA_VERSION) {
    throw new Error(`board schema version ${fromVersion} is newer than this server's ${SCHEMA_VERSION}`);
  }
  return MIGRATIONS.filter((m) => m.version > fromVersion).sort((a, b) => a.version - b.version);
}
