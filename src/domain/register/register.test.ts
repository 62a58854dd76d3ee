import { describe, expect, it } from 'vitest';
import { registerEntrySchema } from '../schema/process';
import { anEntry } from '../../test/builders';
import { DEFAULT_REGISTER, REGISTER_PALETTE } from './defaultRegister';
import { findEntryByName, isCustomerEntry, newRegisterEntry, reconcileRegister } from './register';

const local = [
  anEntry('kg-invanare', 'Invånare', 'kundgrupp', { shortName: 'INV' }),
  anEntry('u-sbf', 'Samhällsbyggnadsförvaltningen', 'forvaltning', { shortName: 'SBF' }),
  anEntry('b-energi', 'Energibolaget', 'bolag'),
];

describe('the default register', () => {
  it('is valid, with unique ids and names', () => {
    for (const e of DEFAULT_REGISTER) expect(registerEntrySchema.parse(e)).toEqual(e);
    expect(new Set(DEFAULT_REGISTER.map((e) => e.id)).size).toBe(DEFAULT_REGISTER.length);
    expect(new Set(DEFAULT_REGISTER.map((e) => e.name)).size).toBe(DEFAULT_REGISTER.length);
  });

  it('holds the four customer groups of the method', () => {
    const groups = DEFAULT_REGISTER.filter((e) => e.kind === 'kundgrupp').map((e) => e.id);
    expect(groups).toEqual(['kg-invanare', 'kg-foretagare', 'kg-besokare', 'kg-framtidare']);
  });

  it('offers only valid colours for new entries', () => {
    for (const color of REGISTER_PALETTE) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('findEntryByName', () => {
  it('matches names ignoring case and surrounding space, Swedish letters included', () => {
    expect(findEntryByName(local, '  INVÅNARE ')?.id).toBe('kg-invanare');
    expect(findEntryByName(local, 'samhällsbyggnadsförvaltningen')?.id).toBe('u-sbf');
  });

  it('falls back to the short name, but prefers a full-name match', () => {
    expect(findEntryByName(local, 'sbf')?.id).toBe('u-sbf');
    const clash = [anEntry('a', 'Annat', 'bolag', { shortName: 'Energibolaget' }), ...local];
    expect(findEntryByName(clash, 'Energibolaget')?.id).toBe('b-energi');
  });

  it('finds nothing for blank or unknown names, nor an empty short name', () => {
    expect(findEntryByName(local, '   ')).toBeUndefined();
    expect(findEntryByName(local, 'Okänd')).toBeUndefined();
    expect(findEntryByName([anEntry('x', 'X')], '')).toBeUndefined();
  });
});

describe('newRegisterEntry', () => {
  it('makes a trimmed entry with a fresh id and the next palette colour', () => {
    const a = newRegisterEntry('  Projektkontoret ', []);
    expect(a).toMatchObject({
      kind: 'forvaltning',
      name: 'Projektkontoret',
      shortName: '',
      color: REGISTER_PALETTE[0],
    });
    expect(a.id).toMatch(/^r-/);
    expect(registerEntrySchema.safeParse(a).success).toBe(true);
    const b = newRegisterEntry('Turister', local, 'kundgrupp');
    expect(b).toMatchObject({ kind: 'kundgrupp', color: REGISTER_PALETTE[3] });
    expect(b.id).not.toBe(a.id);
  });

  it('cycles through the palette', () => {
    const many = Array.from({ length: REGISTER_PALETTE.length }, (_, i) =>
      anEntry(`e${i}`, `E${i}`),
    );
    expect(newRegisterEntry('N', many).color).toBe(REGISTER_PALETTE[0]);
  });
});

describe('isCustomerEntry', () => {
  it('is true only for customer groups', () => {
    expect(isCustomerEntry(local[0])).toBe(true);
    expect(isCustomerEntry(local[1])).toBe(false);
    expect(isCustomerEntry(undefined)).toBe(false);
  });
});

describe('reconcileRegister', () => {
  it('adds nothing when the file only uses entries this workspace has', () => {
    const result = reconcileRegister(local, [local[1]!], ['u-sbf', 'kg-invanare']);
    expect(result.add).toEqual([]);
    expect([...result.idMap]).toEqual([]);
  });

  it('keeps the local entry when ids match, even if the file names it differently', () => {
    const renamed = anEntry('u-sbf', 'Stadsbyggnad');
    expect(reconcileRegister(local, [renamed], ['u-sbf']).add).toEqual([]);
  });

  it('maps a file entry with another id but the same name and kind onto the local one', () => {
    const theirs = anEntry('r-123', 'samhällsbyggnadsförvaltningen', 'forvaltning');
    const result = reconcileRegister(local, [theirs], ['r-123']);
    expect(result.add).toEqual([]);
    expect(result.idMap.get('r-123')).toBe('u-sbf');
  });

  it('adds a same-named entry of another kind rather than merging unlike things', () => {
    const theirs = anEntry('r-9', 'Energibolaget', 'extern');
    const result = reconcileRegister(local, [theirs], ['r-9']);
    expect(result.add).toEqual([theirs]);
    expect(result.idMap.has('r-9')).toBe(false);
  });

  it('adds new entries once, even when listed twice', () => {
    const a = anEntry('r-a', 'Bygglovsenheten');
    const result = reconcileRegister(local, [a, { ...a }], ['r-a', 'r-a']);
    expect(result.add).toEqual([a]);
  });

  it('matches a later file entry against one added earlier from the same file', () => {
    const a = anEntry('r-a', 'Bygglovsenheten');
    const b = anEntry('r-b', 'BYGGLOVSENHETEN');
    const result = reconcileRegister(local, [a, b], ['r-a', 'r-b']);
    expect(result.add).toEqual([a]);
    expect(result.idMap.get('r-b')).toBe('r-a');
  });

  it('adds a placeholder for a lane reference nobody defines', () => {
    const result = reconcileRegister(local, [], ['r-0123456789abcdef', 'u-sbf']);
    expect(result.add).toEqual([
      {
        id: 'r-0123456789abcdef',
        kind: 'forvaltning',
        name: 'Okänd enhet (r-0123456789)',
        shortName: '',
        color: '#e2e8f0',
      },
    ]);
    expect(registerEntrySchema.safeParse(result.add[0]).success).toBe(true);
  });
});
