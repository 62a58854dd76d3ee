// Issue 21 item 5: a MIWG file imported and exported again has the pools, lanes, nodes and flows
// it came with: no participant or lane that the import made up to hold its nodes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import type { ProcessFile } from '../../domain/model/types';
import { countBpmn } from './bpmnCounts.testkit';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { EXPECTED } from './miwgCounts';
import { createModdle, list, type El } from './moddle';

const now = new Date('2026-11-25T06:00:00Z');
const read = (name: string) => readFileSync(`src/formats/bpmn/fixtures/miwg/${name}.bpmn`, 'utf8');

async function load(xml: string): Promise<ProcessFile> {
  const result = await importBpmn(xml, { now });
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  const loaded = loadDocument(JSON.stringify(result.file));
  if (!loaded.ok) throw new Error(`load failed: ${JSON.stringify(loaded.error)}`);
  return loaded.file;
}

describe('MIWG import → export keeps the structure of the file', () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: participants, lanes, nodes and flows counted in our export equal the file's`, async () => {
      const source = await countBpmn(read(name));
      // The counter agrees with the suite's own table, so it counts what the table means.
      expect(source).toEqual(EXPECTED[name]);
      const { process, register } = await load(read(name));
      const xml = await exportBpmn(process, register);
      expect(await countBpmn(xml)).toEqual(source);
      // And again from our own export: what it marked comes back marked.
      const again = await load(xml);
      expect(await countBpmn(await exportBpmn(again.process, again.register))).toEqual(source);
    });
  }
});

/** The root elements of an export, read back with bpmn-moddle. */
async function roots(xml: string): Promise<El[]> {
  const { rootElement } = await createModdle().fromXML(xml);
  return list((rootElement as unknown as El).rootElements);
}

const poolInLanes = (outsideDrawn: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="x">
  <collaboration id="c"><participant id="pool" name="Bygglov" processRef="p"/></collaboration>
  <process id="p">
    <laneSet id="ls"><lane id="lane1" name="Handläggare"><flowNodeRef>a</flowNodeRef></lane></laneSet>
    <task id="a" name="Granska"/>
    <task id="b" name="Arkivera"/>
    <sequenceFlow id="f" sourceRef="a" targetRef="b"/>
  </process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="c">
    <bpmndi:BPMNShape id="pool_di" bpmnElement="pool"><dc:Bounds x="0" y="0" width="600" height="300"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="lane1_di" bpmnElement="lane1"><dc:Bounds x="30" y="0" width="570" height="150"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="a_di" bpmnElement="a"><dc:Bounds x="100" y="40" width="100" height="80"/></bpmndi:BPMNShape>
    ${outsideDrawn ? '<bpmndi:BPMNShape id="b_di" bpmnElement="b"><dc:Bounds x="300" y="190" width="100" height="80"/></bpmndi:BPMNShape>' : ''}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>`;

describe('lanes the import made up go out as what they were', () => {
  it('A.1.0 (a process without a pool) goes out without a collaboration or participant', async () => {
    const { process, register } = await load(read('A.1.0'));
    const types = (await roots(await exportBpmn(process, register))).map((r) => r.$type);
    expect(types).toEqual(['bpmn:Process']);
  });

  it('B.1.0: the pool drawn without lanes goes out without a laneSet', async () => {
    const { process, register } = await load(read('B.1.0'));
    const out = await roots(await exportBpmn(process, register));
    const collaboration = out.find((r) => r.$type === 'bpmn:Collaboration')!;
    const pools = list(collaboration.participants);
    const laneless = pools.find((p) => p.name === 'Participant')!;
    expect(list((laneless.processRef as El).laneSets)).toEqual([]);
    const laned = pools.find((p) => p.name === 'Pool')!;
    const lanes = list(list((laned.processRef as El).laneSets)[0]?.lanes).map((l) => l.name);
    expect(lanes).toEqual(['Lane 1', 'Lane 2']);
  });

  for (const drawn of [true, false]) {
    it(`a node outside every lane of a pool (${drawn ? 'drawn' : 'not drawn'}) stays outside`, async () => {
      const { process, register } = await load(poolInLanes(drawn));
      const out = await roots(await exportBpmn(process, register));
      expect(out.filter((r) => r.$type === 'bpmn:Collaboration')).toHaveLength(1);
      const bpmnProcess = out.find((r) => r.$type === 'bpmn:Process')!;
      const lanes = list(list(bpmnProcess.laneSets)[0]?.lanes);
      expect(lanes.map((l) => [l.name, list(l.flowNodeRef).map((n) => n.name)])).toEqual([
        ['Handläggare', ['Granska']],
      ]);
      const tasks = list(bpmnProcess.flowElements).filter((e) => e.$type === 'bpmn:Task');
      expect(tasks.map((t) => t.name).sort()).toEqual(['Arkivera', 'Granska']);
    });
  }
});
