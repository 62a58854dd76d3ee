// Any UTF-16 text, lone surrogates included and frequent. fast-check's own 'binary' unit covers
// the same ground but takes seconds to set up, which timed tests out on a busy machine.
import fc from 'fast-check';

const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom(
    '\ud800',
    '\udbff',
    '\udc00',
    '\udfff',
    '👍',
    '👨\u200d👩\u200d👧',
    'e\u0301',
    '<',
    '&',
  ),
);

export const anyText = (maxLength: number) =>
  fc.array(unit, { maxLength }).map((units) => units.join(''));
