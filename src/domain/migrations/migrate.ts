// The migration chain: each entry lifts a file from version N to N+1. Files are plain JSON
// here (not yet validated); the schema check runs after the last step.
import { CURRENT_FORMAT_VERSION } from '../schema/process';
import { migrateV1ToV2 } from './v1ToV2';
import { migrateV2ToV3 } from './v2ToV3';

type Json = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file. */
const MIGRATIONS: Record<number, (file: Json) => Json> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

export type MigrationResult =
  | { ok: true; file: Json; from: number }
  | { ok: false; code: 'noVersion' | 'newerVersion'; version?: number };

export function migrate(file: Json): MigrationResult {
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'noVersion' };
  }
  if (version > CURRENT_FORMAT_VERSION) return { ok: false, code: 'newerVersion', version };
  let current = file;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, code: 'noVersion', version: v };
    current = step(current);
  }
  return { ok: true, file: current, from: version };
}
