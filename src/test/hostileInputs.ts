// The hostile-input corpus: files, links and strings that are not what they claim to be, or only
// almost. Every decoder's unit tests run through it (corpus.ts adds their invariants) and so does
// the end-to-end run through the real UI (e2e/hostile-corpus.spec.ts). Plain data and builders
// only, no test runner, so both can import it.
import { deflateSync, strToU8 } from 'fflate';
import type { Process } from '../domain/model/types';
import { aFile, aSmallProcess, anEntry } from './builders';

const NESTING = 10_000;

/** A valid process file as text, to damage in every way below. */
export function validFileText(process: Process = aSmallProcess()): string {
  return JSON.stringify(
    aFile(process, [anEntry('kg-invanare', 'Invånare', 'kundgrupp'), anEntry('u-sbf', 'SBF')]),
    null,
    2,
  );
}

/** (b1) Structure and types: texts that are not, or not quite, a process file. */
export function structureCorpus(valid = validFileText()): string[] {
  const file = JSON.parse(valid) as Record<string, unknown>;
  const withVersion = (v: unknown) => JSON.stringify({ ...file, formatVersion: v });
  return [
    '',
    '   \n\t',
    '\uFEFF' + valid,
    '\uFFFD\uFFFD\u0000',
    'null',
    '[]',
    '"string"',
    '1e309',
    '-0',
    'true',
    `[${valid}]`,
    withVersion(undefined),
    withVersion('2'),
    withVersion(-1),
    withVersion(0),
    withVersion(1.5),
    withVersion('NaN'),
    withVersion(999),
    valid.replace('"formatVersion": 2', '"formatVersion": 1e309'),
    valid + 'garbage',
    valid + valid,
    valid.slice(0, valid.length / 2),
    '['.repeat(NESTING) + ']'.repeat(NESTING),
    '{"a":'.repeat(NESTING) + '1' + '}'.repeat(NESTING),
    valid.replace(
      '"process": {',
      `"process": {"deep": ${'['.repeat(NESTING)}${']'.repeat(NESTING)},`,
    ),
    '['.repeat(NESTING),
    '{"id":"a","id":"b"}',
    valid.replace('"id": "p-test"', '"id": "p-test", "id": "p-other"'),
  ];
}

/** Keys that reach a prototype, and ordinary-looking ones that shadow Object's methods. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
export const SHADOWING_KEYS = ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const pollution = [
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"prototype":{"polluted":1}}',
  // The same keys spelt with escapes: JSON.parse decodes them to the same strings.
  '{"\\u005f_proto__":{"polluted":1}}',
  '{"__pr\\u006fto__":{"polluted":1}}',
  '{"constructo\\u0072":{"prototype":{"polluted":1}}}',
];

/** (b1) Prototype keys in every place of a valid file where an object is. */
export function prototypeCorpus(valid = validFileText()): string[] {
  const places: [string, string][] = [
    ['{', 'root'],
    ['"process": {', 'process'],
    ['"properties": {', 'step properties'],
    ['"steps": [', 'steps array'],
    ['"register": [', 'register array'],
  ];
  const out: string[] = [];
  for (const payload of pollution) {
    const members = payload.slice(1, -1);
    for (const [anchor] of places) {
      const at = valid.indexOf(anchor);
      if (at === -1) continue;
      const inArray = anchor.endsWith('[');
      const insert = inArray ? `${payload},` : `${members},`;
      out.push(valid.slice(0, at + anchor.length) + insert + valid.slice(at + anchor.length));
    }
    out.push(payload);
  }
  // As map keys (HUKI cells) and as ids.
  out.push(valid.replace('"huki": {}', '"huki": {"__proto__": {"__proto__": "H"}}'));
  out.push(valid.replace('"huki": {}', '"huki": {"s1": {"constructor": "H", "toString": "U"}}'));
  for (const key of [...PROTOTYPE_KEYS, ...SHADOWING_KEYS]) {
    out.push(valid.replaceAll('"s1"', JSON.stringify(key)));
    out.push(valid.replaceAll('"l1"', JSON.stringify(key)));
  }
  return out;
}

/** (b1) Numbers and geometry a renderer or layout could choke on. */
export function numberCorpus(valid = validFileText()): string[] {
  const values = ['null', '1e308', '-1e308', '-0', '1e-320', '-5', '0', '1e9', '"12"', '[]', '{}'];
  const fields = ['"x": 40', '"width": ', '"height": ', '"y": 20'];
  const out: string[] = [];
  for (const field of fields) {
    const at = valid.indexOf(field);
    if (at === -1) continue;
    const end = valid.indexOf(',', at);
    const name = field.slice(0, field.indexOf(':') + 1);
    for (const v of values) out.push(valid.slice(0, at) + `${name} ${v}` + valid.slice(end));
  }
  return out;
}

/** (b1) Referential integrity: dangling, duplicate and self references. */
export function referenceCorpus(process: Process = aSmallProcess()): string[] {
  const variants: Process[] = [
    { ...process, connections: [...process.connections, conn('cx', 's1', 'missing')] },
    { ...process, connections: [...process.connections, conn('cx', 's2', 's2')] },
    { ...process, steps: [...process.steps, { ...process.steps[0]! }] },
    { ...process, connections: [...process.connections, { ...process.connections[0]! }] },
    { ...process, steps: process.steps.map((s) => ({ ...s, laneId: 'deleted' })) },
    { ...process, lanes: [], steps: process.steps },
    {
      ...process,
      steps: [],
      connections: Array.from({ length: 10_000 }, (_, i) => conn(`c${i}`, 'a', 'b')),
    },
  ];
  return variants.map((p) => validFileText(p));
}

function conn(id: string, from: string, to: string) {
  return { id, kind: 'flow' as const, from, to, label: '' };
}

/** (b4) Text that must stay text in every user-visible field. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__xss++">',
  '<svg onload="window.__xss++">',
  '"><svg/onload=window.__xss++>',
  '</text><script>window.__xss++</script>',
  '<foreignObject><iframe srcdoc="<script>parent.__xss++</script>">',
  '<a href="javascript:window.__xss++">x</a>',
  "{{constructor.constructor('window.__xss++')()}}",
  '<style>@import url(https://evil.invalid/x.css)</style>',
  'onMouseOver=window.__xss++ a=',
  '#fff" onmouseover="window.__xss++',
  'red;background:url(https://evil.invalid/p.png)',
  'expression(alert(1))',
  'url(javascript:window.__xss++)',
  'javascript:window.__xss++',
  ' JaVaScRiPt:window.__xss++',
  'java\tscript:x',
  'java&#x09;script:x',
  '&#106;&#97;&#118;&#97;',
  '%6Aavascript:x',
  '\u0000javascript:x',
  'data:text/html;base64,PHNjcmlwdD4=',
  '//evil.invalid/x',
  'https://evil.invalid\\@good',
  ') /AA << /O << /S /JavaScript /JS (app.alert(1)) >> >> (',
  '/dummy] /AA << >> /Garbage [',
  '((((\\\\\\)',
  '</jspdf:metadata></rdf:Description>',
  'faktura\u202Efdp.exe',
  'a\u200d\u200cb\ufeff',
  'Z' + '\u0301'.repeat(400),
  '\ud800 lone high, lone low \udc00',
  'NUL\u0000inside',
  'rad 1\r\nrad 2\nrad 3\r',
  'Åsa Öberg, Ärende, Straße',
  '👩‍👩‍👧 🚀 🇸🇪',
  '=HYPERLINK("https://evil.invalid")',
  "=cmd|' /C calc'!A0",
  '${{7*7}} {{7*7}}',
  '__proto__',
  'constructor',
];

/** (b3) Share-link fragments that are not a link we made, or only almost. */
export function linkCorpus(valid: string): string[] {
  const payload = valid.slice(valid.indexOf('.') + 1);
  return [
    '',
    '#',
    '#v9:',
    '#v9.' + payload,
    'v1.',
    '#v1.',
    '#v1.@@@@',
    '#v1.' + payload.replace(/-/g, '+'),
    '#v1.' + payload.replace(/_/g, ' '),
    '#v1.' + encodeURIComponent(encodeURIComponent(payload + '%')),
    '#v1.%6A%61',
    '#v1.🙂🙂',
    '#v1.' + 'A'.repeat(2 * 1024 * 1024),
    '#v1.' + payload + 'garbage',
    '#javascript:alert(1)',
    '#<script>window.__xss++</script>',
    valid,
  ];
}

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const defs = (body: string, attrs = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="${BPMN}" id="d"${attrs}>${body}</bpmn:definitions>`;
const task = (attrs: string) => defs(`<bpmn:process id="p"><bpmn:task ${attrs}/></bpmn:process>`);

/** (b2) BPMN XML: entities, broken XML, odd characters, odd names and semantics. */
export function bpmnCorpus(): string[] {
  const nested = (n: number) =>
    defs(
      '<bpmn:process id="p">' +
        Array.from({ length: n }, (_, i) => `<bpmn:subProcess id="s${i}">`).join('') +
        '</bpmn:subProcess>'.repeat(n) +
        '</bpmn:process>',
    );
  return [
    `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;">]>${task('id="t" name="&lol9;"')}`,
    `<!DOCTYPE x [<!ENTITY x SYSTEM "http://127.0.0.1:1/">]>${task('id="t" name="&x;"')}`,
    `<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>${task('id="t"')}`,
    `<?xml-stylesheet href="https://evil.invalid/x.xsl"?>${task('id="t" name="styled"')}`,
    defs('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd"/>'),
    defs('<bpmn:process id="p"><bpmn:task id="t">'),
    defs('<bpmn:process id="p"></bpmn:task>'),
    task('id=t name=unquoted'),
    task('id="t" id="u"'),
    task('id="t" name="a<b"'),
    defs('<bpmn:process id="p"><![CDATA[never closed'),
    defs('<bpmn:process id="p"><!-- -- --></bpmn:process>'),
    task('id="t" name="nul\u0000byte"'),
    defs('<bpmn:process id="p"/>') + 'text after root',
    defs('<bpmn:process id="p"/>') + defs('<bpmn:process id="q"/>'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss++</script></svg>',
    '<html><body>not bpmn</body></html>',
    nested(5_000),
    task('id="t" name="&#0;"'),
    task('id="t" name="&#xD800;"'),
    task('id="t" name="&#1114112;"'),
    task('id="t" name="RTL &#x202E;exe.pdf &#65279;"'),
    task('id="t" name="&nbsp; unknown entity"'),
    `<definitions xmlns="${BPMN}" id="d"><process id="p"><task id="t" name="default ns"/></process></definitions>`,
    `<bpmn:definitions xmlns:bpmn="http://evil.invalid/not-bpmn" id="d"><bpmn:process id="p"/></bpmn:definitions>`,
    task('id="t" __proto__="x" constructor="y" $type="bpmn:Process" $parent="z" $attrs="w"'),
    defs(
      `<bpmn:process id="p"><bpmn:task id="t"><bpmn:extensionElements><script>window.__xss++</script></bpmn:extensionElements></bpmn:task></bpmn:process>`,
    ),
    defs(
      `<bpmn:process id="p"><bpmn:task id="t"><bpmn:extensionElements><fv:data xmlns:fv="https://flodesverkstan.se/schema/bpmn/1">{"__proto__":{"polluted":1},"record":"step","step":{"constructor":{"prototype":{"polluted":1}}}}</fv:data></bpmn:extensionElements></bpmn:task></bpmn:process>`,
    ),
    defs(
      `<bpmn:process id="p"><bpmn:startEvent id="a"/><bpmn:sequenceFlow id="f" sourceRef="a"/><bpmn:sequenceFlow id="g" targetRef="missing" sourceRef="a"/></bpmn:process>`,
    ),
    defs(
      `<bpmn:process id="p"><bpmn:task id="t"/><bpmn:task id="t"/><bpmn:task id="has space"/><bpmn:task id="&lt;/text&gt;"/></bpmn:process>`,
    ),
    defs(
      `<bpmn:process id="p"><bpmn:task id="t" name="x"><bpmn:documentation>&lt;script&gt;window.__xss++&lt;/script&gt;</bpmn:documentation></bpmn:task></bpmn:process>` +
        `<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"><bpmndi:BPMNPlane bpmnElement="p"><bpmndi:BPMNShape bpmnElement="t"><dc:Bounds x="NaN" y="-1e308" width="1e999" height="-5"/></bpmndi:BPMNShape><bpmndi:BPMNShape bpmnElement="gone"><dc:Bounds x="1" y="1" width="1" height="1"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
    ),
  ];
}

/** A named item of the corpus, as a file chooser or the address bar takes it. */
export interface HostileItem {
  name: string;
  text: string;
  /** What the item is about, for the result table. */
  note: string;
}

/** Ids the schema accepts and a path segment does not take as they are (issue 15, finding 7). */
export const ROUTE_HOSTILE_IDS = [
  'a b',
  'a/b',
  'a?b',
  'a#b',
  'a.b',
  'a:b',
  '.',
  '..',
  '%41',
  '~0041',
];

/** A process that deflates over 300 to 1: thirty steps, each with the same separator line
 * pasted into its description thousands of times. Valid, and its link a decoder takes for a bomb. */
export function repetitiveProcess(): Process {
  const base = aSmallProcess();
  const description = '-'.repeat(20_000);
  const copies = Array.from({ length: 30 }, (_, i) => ({
    ...base.steps[1]!,
    id: `r${i}`,
    x: 700 + i * 220,
    properties: { ...base.steps[1]!.properties, description },
  }));
  return { ...base, steps: [...base.steps, ...copies] };
}

/** A link as anyone could write one, past the checks our own encoder makes. */
export function rawShareFragment(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return 'v1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const fileOf = (process: Process) => JSON.parse(validFileText(process)) as Record<string, unknown>;

/** The reproductions of issue 15 that come in through a process file or a course pack. */
export function issueFiles(): HostileItem[] {
  const file = fileOf(aSmallProcess());
  const pack = (processes: unknown[]) =>
    JSON.stringify({ packVersion: 1, application: 'Flödesverkstan', title: 'Kurs', processes });
  return [
    ...ROUTE_HOSTILE_IDS.map((id) => ({
      name: 'id.json',
      text: validFileText({ ...aSmallProcess(), id, title: `Id ${id}` }),
      note: `process id ${JSON.stringify(id)}`,
    })),
    {
      name: 'packversion.json',
      text: JSON.stringify({ ...file, packVersion: 1 }),
      note: 'process file with a top-level packVersion key',
    },
    {
      name: 'rtl.json',
      text: validFileText({ ...aSmallProcess(), title: 'Faktura\u202Egpj.exe' }),
      note: 'RTL override in the title',
    },
    {
      name: 'pack-newer.json',
      text: pack([{ ...file, formatVersion: 99 }, file]),
      note: 'course pack: one process from a newer version, one readable',
    },
    {
      name: 'pack-all-newer.json',
      text: pack([{ ...file, formatVersion: 99 }]),
      note: 'course pack: only processes from a newer version',
    },
    {
      name: 'pack-unreadable.json',
      text: pack([{}, { process: 1 }, 'x']),
      note: 'course pack with nothing readable',
    },
    { name: 'pack-empty.json', text: pack([]), note: 'course pack without processes' },
    {
      name: 'repetitive.json',
      text: validFileText(repetitiveProcess()),
      note: 'process that deflates over 300:1 (its share link)',
    },
  ];
}

const backup = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'flodesverkstan-backup',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    processes: [],
    register: [],
    revisions: [],
    ...over,
  });

/** Files offered to Inställningar → Återställ från säkerhetskopia. */
export function backupCorpus(): HostileItem[] {
  const entry = { formatVersion: 2, process: aSmallProcess() };
  return [
    {
      name: 'nothing-readable.json',
      text: backup({
        processes: [{ formatVersion: 2, process: { id: 'x' } }],
        register: [{ id: 1 }],
      }),
      note: 'backup with nothing readable',
    },
    { name: 'empty-backup.json', text: backup({}), note: 'backup with nothing in it' },
    {
      name: 'newer-backup.json',
      text: backup({ version: 2 }),
      note: 'backup from a newer version',
    },
    {
      name: 'newer-process.json',
      text: backup({ processes: [{ ...entry, formatVersion: 99 }] }),
      note: 'backup holding a process from a newer version',
    },
    { name: 'process-file.json', text: validFileText(), note: 'a process file, not a backup' },
    {
      name: 'pack.json',
      text: issueFiles().find((f) => f.name === 'pack-newer.json')!.text,
      note: 'a course pack, not a backup',
    },
    { name: 'not-json.json', text: '{"format": "flodesverkstan-backup",', note: 'cut-off JSON' },
    {
      name: 'deep.json',
      text: backup({ processes: [JSON.parse('['.repeat(60) + ']'.repeat(60)) as unknown] }),
      note: 'deeply nested entry',
    },
    {
      name: 'prototype.json',
      text: backup({ processes: [entry] }).replace(
        '"processes"',
        '"__proto__": {"polluted": 1}, "processes"',
      ),
      note: 'prototype key in the frame',
    },
    {
      name: 'no-register.json',
      text: backup({ processes: [entry], register: 'nej' }),
      note: 'register of the wrong type',
    },
    {
      name: 'readable-without-register.json',
      text: backup({ processes: [entry], register: [{ broken: true }] }),
      note: 'one readable process, register unreadable',
    },
  ];
}
