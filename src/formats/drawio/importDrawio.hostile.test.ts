// Hostile and broken files: each is refused with a reason (the UI says it in an alert and changes
// nothing), never thrown, never half-read; crafted ids and labels stay harmless text.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDrawio } from './importDrawio';
import { inflatePage } from './inflate';
import { MAX_CELLS, MAX_DRAWIO_CHARS, MAX_DRAWIO_DEPTH, MAX_PAGES } from './limits';
import { fixture, view } from './testkit';

const options = { title: 't', defaultLaneName: 'Processen' };

function compress(xml: string): string {
  const bytes = deflateSync(strToU8(encodeURIComponent(xml)));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const model = (cells: string) =>
  `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel>`;
const lane =
  '<mxCell id="L" value="Bygglov" style="swimlane;horizontal=0;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="600" height="160" as="geometry"/></mxCell>';
const step = (id: string, value: string, extra = '') =>
  `<mxCell id="${id}" value="${value}" style="rounded=1;html=1;${extra}" vertex="1" parent="L"><mxGeometry x="${id.length * 40}" y="40" width="80" height="40" as="geometry"/></mxCell>`;

function refused(text: string) {
  const result = importDrawio(text, options);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('refused before parsing', () => {
  it('a file over the size cap', () => {
    expect(refused(' '.repeat(MAX_DRAWIO_CHARS + 1))).toBe('tooLarge');
  });

  it('a DOCTYPE or an ENTITY, even inside a compressed page', () => {
    const laughs = '<!DOCTYPE m [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>';
    expect(refused(`${laughs}<mxfile><diagram>x</diagram></mxfile>`)).toBe('doctype');
    const inner = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${model(lane)}`;
    expect(refused(`<mxfile><diagram name="p">${compress(inner)}</diagram></mxfile>`)).toBe(
      'doctype',
    );
  });

  it('nesting deeper than the cap', () => {
    const deep = '<g>'.repeat(MAX_DRAWIO_DEPTH + 1) + '</g>'.repeat(MAX_DRAWIO_DEPTH + 1);
    expect(refused(`<mxfile><diagram>${deep}</diagram></mxfile>`)).toBe('tooDeep');
  });
});

describe('broken files', () => {
  it('a file cut short, plain or compressed', () => {
    const text = fixture('cross_functional_flowchart_1.drawio.xml');
    expect(refused(text.slice(0, Math.floor(text.length / 2)))).toBe('notXml');
    const cut = text.replace(
      /(<diagram[^>]*>)([^<]*)/,
      (_, open: string, b64: string) => open + b64.slice(0, 200),
    );
    expect(['corrupt', 'notXml']).toContain(refused(cut));
  });

  it('compressed content that is not base64 or not deflate', () => {
    expect(refused('<mxfile><diagram>!!!not base64!!!</diagram></mxfile>')).toBe('corrupt');
    expect(refused(`<mxfile><diagram>${btoa('plain text, not deflate')}</diagram></mxfile>`)).toBe(
      'corrupt',
    );
  });

  it('other XML, an empty file, a file without pages', () => {
    expect(refused('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe('notDrawio');
    expect(refused(' \n')).toBe('empty');
    expect(refused('<mxfile host="x"></mxfile>')).toBe('empty');
  });
});

describe('too much of a good thing', () => {
  it('more pages than the cap, or more cells on a page', () => {
    const page = `<diagram name="p">${model(lane)}</diagram>`;
    expect(refused(`<mxfile>${page.repeat(MAX_PAGES + 1)}</mxfile>`)).toBe('tooManyPages');
    expect(refused(model('<mxCell id="c"/>'.repeat(MAX_CELLS)))).toBe('tooManyCells');
  });
});

describe('deflate bombs', () => {
  it('stops inflating at the cap, however far the stream would go', () => {
    const bomb = compress(model('<mxCell id="x" value="' + 'A'.repeat(3_000_000) + '"/>'));
    expect(bomb.length).toBeLessThan(20_000);
    expect(inflatePage(bomb, 1_000_000)).toEqual({ ok: false, error: 'bomb' });
    expect(refused(`<mxfile><diagram name="b">${bomb}</diagram></mxfile>`)).toBe('bomb');
  });

  it('inflates a real page well within the caps', () => {
    const page = /<diagram[^>]*>([^<]+)</.exec(
      fixture('cross_functional_flowchart_2.drawio.xml'),
    )![1]!;
    const inflated = inflatePage(page);
    expect(inflated.ok && inflated.xml.startsWith('<mxGraphModel')).toBe(true);
  });
});

describe('crafted content stays text', () => {
  it('ids named __proto__ and constructor are ordinary ids', () => {
    const cells =
      lane +
      step('__proto__', 'Ansökan') +
      step('constructor', 'Beslut') +
      '<mxCell id="e" edge="1" source="__proto__" target="constructor" parent="L" value="ja"/>';
    const result = importDrawio(model(cells), options);
    if (!result.ok) throw new Error(result.error);
    const v = view(result.pages[0]!);
    expect(v.steps).toEqual(['Bygglov: activity Ansökan', 'Bygglov: activity Beslut']);
    expect(v.labels).toEqual(['ja']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an element named __proto__ is refused, not merged into objects', () => {
    expect(refused(model(lane + '<__proto__ polluted="1"/>'))).toBe('notXml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('markup in an HTML label becomes its text; escaped markup stays visible text', () => {
    const label = '&lt;img src=x onerror=alert(1)&gt;Granska&lt;br&gt;&amp;lt;b&amp;gt;ärende';
    const result = importDrawio(model(lane + step('s', label)), options);
    if (!result.ok) throw new Error(result.error);
    expect(view(result.pages[0]!).steps).toEqual(['Bygglov: activity Granska <b>ärende']);
  });

  it('a parent cycle does not hang the walk', () => {
    const cells =
      '<mxCell id="a" value="A" vertex="1" parent="b"><mxGeometry width="80" height="40" as="geometry"/></mxCell>' +
      '<mxCell id="b" value="B" vertex="1" parent="a"><mxGeometry width="80" height="40" as="geometry"/></mxCell>';
    const result = importDrawio(model(cells), options);
    expect(result.ok).toBe(true);
  });

  it('vertices outside every lane, images and loose edges are listed, not dropped silently', () => {
    const cells =
      lane +
      step('s1', 'Ta emot') +
      '<mxCell id="far" value="Loggan" style="rounded=1" vertex="1" parent="1"><mxGeometry x="2000" y="2000" width="80" height="40" as="geometry"/></mxCell>' +
      '<mxCell id="img" value="" style="shape=image;image=data:x" vertex="1" parent="L"><mxGeometry x="300" y="40" width="40" height="40" as="geometry"/></mxCell>' +
      '<mxCell id="loose" edge="1" source="s1" parent="L"/>' +
      '<mxCell id="self" edge="1" source="s1" target="s1" parent="L"/>';
    const result = importDrawio(model(cells), options);
    if (!result.ok) throw new Error(result.error);
    const reasons = result.pages[0]!.simplified.map((s) => `${s.id}:${s.reason}`).sort();
    expect(reasons).toEqual([
      'far:outsideLanes',
      'img:image',
      'loose:danglingEdge',
      'self:selfLoop',
    ]);
    expect(view(result.pages[0]!).steps).toEqual(['Bygglov: activity Ta emot']);
  });
});
