// A cross-functional flowchart built the way Visio's CFF template stores one (a "CFF Container",
// "Swimlane" masters with the lane name as text, flowchart masters in the lanes, dynamic
// connectors glued through <Connects>). Made here because no real cross-functional .vsdx with a
// licence that allows keeping it was found; see fixtures/README.md. Used by unit and e2e tests.
import { strToU8, zipSync, type Zippable } from 'fflate';

const NS =
  "xmlns='http://schemas.microsoft.com/office/visio/2012/main' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'";
const REL_NS = "xmlns='http://schemas.openxmlformats.org/package/2006/relationships'";

const MASTERS = [
  'CFF Container',
  'Swimlane',
  'Process',
  'Decision',
  'Start/End',
  'Dynamic connector',
  'Document',
  'Separator',
] as const;
type MasterName = (typeof MASTERS)[number];

const cell = (n: string, v: number) => `<Cell N='${n}' V='${v}'/>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');

interface Box {
  id: number;
  master: MasterName;
  text?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  sub?: string;
}

function shapeXml(b: Box): string {
  const m = MASTERS.indexOf(b.master) + 1;
  const text = b.text === undefined ? '' : `<Text><cp IX='0'/>${esc(b.text)}\n</Text>`;
  return (
    `<Shape ID='${b.id}' NameU='${b.master}.${b.id}' Type='${b.sub ? 'Group' : 'Shape'}' Master='${m}'>` +
    cell('PinX', b.x) +
    cell('PinY', b.y) +
    cell('Width', b.w) +
    cell('Height', b.h) +
    cell('LocPinX', b.w / 2) +
    cell('LocPinY', b.h / 2) +
    text +
    (b.sub ? `<Shapes>${b.sub}</Shapes>` : '') +
    '</Shape>'
  );
}

function connectorXml(id: number, text = ''): string {
  const m = MASTERS.indexOf('Dynamic connector') + 1;
  return (
    `<Shape ID='${id}' NameU='Dynamic connector.${id}' Type='Shape' Master='${m}'>` +
    cell('BeginX', 0) +
    cell('BeginY', 0) +
    cell('EndX', 1) +
    cell('EndY', 0) +
    (text ? `<Text>${esc(text)}</Text>` : '') +
    '</Shape>'
  );
}

/**
 * Three horizontal lanes (a customer lane first), seven steps, seven glued connectors (two
 * labelled), one connector with a loose end and one phase separator. `vertical` draws the same
 * flow with vertical swimlanes running down the page.
 */
export function cffVsdx(options: { vertical?: boolean } = {}): Uint8Array {
  const lanes = ['Invånare', 'Servicecenter', 'Bygglovsenheten'];
  // Lane i spans y from 6 - 1.5 i down by 1.5 inches; steps sit in their lane's middle.
  const at = (lane: number, column: number) =>
    options.vertical
      ? { x: 1.5 + lane * 2 + 1, y: 9 - column * 1.25 }
      : { x: 1.5 + column * 1.5, y: 6 - lane * 1.5 - 0.75 };
  const laneBox = (i: number) =>
    options.vertical
      ? { x: 1.5 + i * 2 + 1, y: 5.5, w: 2, h: 9 }
      : { x: 5.5, y: 6 - i * 1.5 - 0.75, w: 11, h: 1.5 };
  const steps: Box[] = [
    { id: 20, master: 'Start/End', text: 'Ansökan skickas', ...at(0, 0), w: 1, h: 0.5 },
    { id: 21, master: 'Process', text: 'Registrera ärende', ...at(1, 1), w: 1, h: 0.75 },
    { id: 22, master: 'Decision', text: 'Komplett?', ...at(2, 2), w: 1, h: 0.75 },
    { id: 23, master: 'Process', text: 'Komplettera ansökan', ...at(0, 3), w: 1, h: 0.75 },
    { id: 24, master: 'Process', text: 'Fatta beslut', ...at(2, 4), w: 1, h: 0.75 },
    { id: 25, master: 'Document', text: 'Beslut', ...at(2, 5), w: 1, h: 0.75 },
    { id: 26, master: 'Start/End', text: 'Beslut mottaget', ...at(0, 6), w: 1, h: 0.5 },
  ];
  const flows: [number, number, number, string?][] = [
    [30, 20, 21],
    [31, 21, 22],
    [32, 22, 23, 'Nej'],
    [33, 23, 22],
    [34, 22, 24, 'Ja'],
    [35, 24, 25],
    [36, 25, 26],
  ];
  const laneShapes = lanes.map((name, i) => {
    const b = laneBox(i);
    // The last lane keeps its name in a header sub-shape, as some template versions do.
    const last = i === lanes.length - 1;
    const header = last
      ? `<Shape ID='${90 + i}' Type='Shape' MasterShape='2'>${cell('PinX', 0.15)}${cell('PinY', b.h / 2)}${cell('Width', 0.3)}${cell('Height', b.h)}<Text>${esc(name)}</Text></Shape>`
      : undefined;
    return shapeXml({
      id: 10 + i,
      master: 'Swimlane',
      ...(last ? {} : { text: name }),
      ...b,
      ...(header ? { sub: header } : {}),
    });
  });
  const container = shapeXml({
    id: 1,
    master: 'CFF Container',
    text: 'Bygglov från ansökan till beslut',
    x: 5.5,
    y: 4,
    w: 11.4,
    h: 5,
  });
  const page =
    `<?xml version='1.0' encoding='utf-8' ?><PageContents ${NS}><Shapes>` +
    container +
    laneShapes.join('') +
    shapeXml({ id: 40, master: 'Separator', x: 6, y: 4, w: 0.1, h: 4.5 }) +
    steps.map(shapeXml).join('') +
    flows.map(([id, , , label]) => connectorXml(id, label)).join('') +
    connectorXml(37) +
    '</Shapes><Connects>' +
    flows
      .map(
        ([id, from, to]) =>
          `<Connect FromSheet='${id}' FromCell='BeginX' FromPart='9' ToSheet='${from}' ToCell='PinX' ToPart='3'/>` +
          `<Connect FromSheet='${id}' FromCell='EndX' FromPart='12' ToSheet='${to}' ToCell='PinX' ToPart='3'/>`,
      )
      .join('') +
    `<Connect FromSheet='37' FromCell='BeginX' FromPart='9' ToSheet='26' ToCell='PinX' ToPart='3'/>` +
    '</Connects></PageContents>';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>`,
    ),
    'visio/pages/pages.xml': strToU8(
      `<?xml version='1.0' encoding='utf-8' ?><Pages ${NS}><Page ID='0' NameU='Page-1' Name='Bygglov'><Rel r:id='rId1'/></Page></Pages>`,
    ),
    'visio/pages/_rels/pages.xml.rels': strToU8(
      `<?xml version='1.0'?><Relationships ${REL_NS}><Relationship Id='rId1' Type='http://schemas.microsoft.com/visio/2010/relationships/page' Target='page1.xml'/></Relationships>`,
    ),
    'visio/pages/page1.xml': strToU8(page),
    'visio/masters/masters.xml': strToU8(
      `<?xml version='1.0' encoding='utf-8' ?><Masters ${NS}>` +
        MASTERS.map(
          (m, i) =>
            `<Master ID='${i + 1}' NameU='${m}' Name='${m}'><Rel r:id='rId${i + 1}'/></Master>`,
        ).join('') +
        '</Masters>',
    ),
    'visio/masters/_rels/masters.xml.rels': strToU8(
      `<?xml version='1.0'?><Relationships ${REL_NS}>` +
        MASTERS.map(
          (_, i) =>
            `<Relationship Id='rId${i + 1}' Type='http://schemas.microsoft.com/visio/2010/relationships/master' Target='master${i + 1}.xml'/>`,
        ).join('') +
        '</Relationships>',
    ),
  };
  MASTERS.forEach((m, i) => {
    const oneD = m === 'Dynamic connector' ? cell('BeginX', 0) + cell('EndX', 1) : '';
    files[`visio/masters/master${i + 1}.xml`] = strToU8(
      `<?xml version='1.0' encoding='utf-8' ?><MasterContents ${NS}><Shapes><Shape ID='5' Type='Shape'>${cell('Width', 1)}${cell('Height', 0.75)}${oneD}</Shape></Shapes></MasterContents>`,
    );
  });
  return zipSync(files);
}
