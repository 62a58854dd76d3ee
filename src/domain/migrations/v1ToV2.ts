// v1 → v2: lanes stopped carrying their own name and colour and refer to the organisation
// register instead, so one unit has one name and colour in every process. The file now carries
// the register entries it uses. v1 lane names that match the default register map onto its
// entries; others become new entries.
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { findEntryByName } from '../register/register';
import type { RegisterEntry } from '../model/types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function migrateV1ToV2(file: Json): Json {
  const process = isObject(file.process) ? file.process : {};
  const lanes = Array.isArray(process.lanes) ? process.lanes : [];
  const register: RegisterEntry[] = [];
  const newLanes = lanes.map((raw: unknown) => {
    const lane = isObject(raw) ? raw : {};
    const name = typeof lane.name === 'string' && lane.name.trim() ? lane.name.trim() : 'Simbana';
    const color =
      typeof lane.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(lane.color)
        ? lane.color
        : '#e2e8f0';
    let entry = findEntryByName(register, name) ?? findEntryByName(DEFAULT_REGISTER, name);
    if (!entry) {
      entry = {
        id: `r-${String(lane.id ?? register.length)}`,
        kind: lane.customer === true ? 'kundgrupp' : 'forvaltning',
        name,
        shortName: '',
        color,
      };
    }
    if (!register.some((e) => e.id === entry.id)) register.push(entry);
    return { id: lane.id, registerId: entry.id, height: lane.height };
  });
  return {
    ...file,
    formatVersion: 2,
    process: { ...process, lanes: newLanes },
    register,
  };
}
