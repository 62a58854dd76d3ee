// draw.io labels as the plain text a person reads in draw.io, never as markup.
import { describe, expect, it } from 'vitest';
import { labelText } from './labels';

describe('labelText', () => {
  it('turns line breaks and blocks into spaces and drops every tag', () => {
    expect(labelText('Ansökan<br>inkommen', true)).toBe('Ansökan inkommen');
    expect(labelText('<div>Granska</div><div><span style="x">ärendet</span></div>', true)).toBe(
      'Granska ärendet',
    );
    expect(labelText('<font color="#23497d">Bygglov</font>', true)).toBe('Bygglov');
  });

  it('decodes entities once, after the tags are gone', () => {
    expect(labelText('A&nbsp;&amp;&nbsp;B', true)).toBe('A & B');
    expect(labelText('&lt;script&gt;x&lt;/script&gt;', true)).toBe('<script>x</script>');
    expect(labelText('&amp;lt;b&amp;gt;', true)).toBe('&lt;b&gt;');
    expect(labelText('&#229;&#xE4;&ouml;', true)).toBe('åäö');
  });

  it('refuses numeric references to no character', () => {
    expect(labelText('a&#0;b&#xD800;c&#x110000;', true)).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });

  it('drops a tag cut off at the end rather than showing half of it', () => {
    expect(labelText('Beslut<span style="col', true)).toBe('Beslut');
  });

  it('keeps a plain label as it is, white space made single', () => {
    expect(labelText('  Ta <emot>\n ansökan ', false)).toBe('Ta <emot> ansökan');
  });
});
