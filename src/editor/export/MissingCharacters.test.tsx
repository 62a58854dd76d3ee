// What the PDF dialog says about characters its font lacks (rendered on the server: Node, no DOM).
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { MissingCharacters } from './MissingCharacters';

const fixture = JSON.parse(readFileSync('e2e/fixtures/unicode.json', 'utf8')) as {
  process: Process;
  register: RegisterEntry[];
};

describe('MissingCharacters', () => {
  it('lists the emoji of a label, and not the Sámi, Polish, Cyrillic or Greek letters', () => {
    const html = renderToStaticMarkup(
      <MissingCharacters process={fixture.process} register={fixture.register} />,
    );
    expect(html).toContain('role="note"');
    expect(html).toContain('Tecken som PDF-typsnittet saknar och som skrivs som □: 🎉</p>');
  });

  it('lists a character of a lane name the process uses, and nothing for a clean flow', () => {
    const clean = {
      ...fixture.process,
      steps: fixture.process.steps.map((s) => ({ ...s, label: 'Steg' })),
    };
    expect(
      renderToStaticMarkup(<MissingCharacters process={clean} register={fixture.register} />),
    ).toBe('');
    const register = fixture.register.map((e, i) => (i === 1 ? { ...e, name: '東京 enhet' } : e));
    const unused = [...register, { ...register[1]!, id: 'unused', name: 'Ωא' }];
    expect(renderToStaticMarkup(<MissingCharacters process={clean} register={unused} />)).toContain(
      'skrivs som □: 東 京</p>',
    );
  });
});
