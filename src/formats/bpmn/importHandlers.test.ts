// The BPMN import's element handlers, each on its own: elements are built by hand the way
// bpmn-moddle hands them over (references resolved to the element objects).
import { describe, expect, it } from 'vitest';
import { createContext, runDeferred, type ImportContext } from './import/context';
import { handleFlowElements } from './import/flowNodes';
import { handleParticipant } from './import/lanes';
import { handleMessageFlow } from './import/messageFlows';
import type { El } from './moddle';

const el = (type: string, id: string, props: Record<string, unknown> = {}): El => ({
  $type: `bpmn:${type}`,
  id,
  ...props,
});

/** The deferred pass as the walker runs it, with every node made a step under its own id. */
function finish(ctx: ImportContext, renamed: Record<string, string> = {}) {
  const ids = ctx.nodes.map((n) => renamed[String(n.el.id)] ?? String(n.el.id));
  runDeferred(ctx, {
    idOf: new Map(ctx.nodes.map((n, i) => [String(n.el.id), ids[i]!])),
    stepIds: new Set(ids),
  });
}

describe('handleMessageFlow', () => {
  it('between tasks in two pools: one information connection, no step added, no warning', () => {
    const ctx = createContext();
    const send = el('SendTask', 'send');
    const receive = el('ReceiveTask', 'receive');
    handleFlowElements(ctx, el('Process', 'a', { flowElements: [send] }), 'a');
    handleFlowElements(ctx, el('Process', 'b', { flowElements: [receive] }), 'b');
    handleMessageFlow(
      ctx,
      el('MessageFlow', 'mf', { name: ' Beslut\n ', sourceRef: send, targetRef: receive }),
    );
    expect(ctx.nodes.map((n) => n.el.id)).toEqual(['send', 'receive']);
    // Made only once both ends are steps.
    expect(ctx.connections).toEqual([]);
    finish(ctx);
    expect(ctx.connections).toEqual([
      {
        id: 'mf',
        kind: 'information',
        from: 'send',
        to: 'receive',
        label: 'Beslut',
        bpmn: { type: 'bpmn:MessageFlow', id: 'mf' },
      },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it('from a black-box pool: a step in its lane where the flow leaves it, and a warning', () => {
    const ctx = createContext();
    const customer = el('Participant', 'customer', { name: 'Skatteverket' });
    ctx.bounds.set('customer', { x: 0, y: 0, width: 800, height: 100 });
    handleParticipant(ctx, customer);
    const start = el('StartEvent', 'start');
    handleFlowElements(ctx, el('Process', 'p', { flowElements: [start] }), 'p');
    ctx.waypoints.set('mf', [
      { $type: 'dc:Point', x: 300, y: 100 },
      { $type: 'dc:Point', x: 420, y: 200 },
    ]);
    handleMessageFlow(ctx, el('MessageFlow', 'mf', { sourceRef: customer, targetRef: start }));

    // A pool with no process of its own is read as the customer, whatever it is called.
    expect(ctx.lanes).toMatchObject([{ id: 'customer', customer: true }]);
    const standIn = ctx.nodes.find((n) => n.el.id === 'mf_from');
    expect(standIn).toMatchObject({
      kind: 'activity',
      standIn: true,
      el: { name: 'Skatteverket' },
    });
    expect(ctx.laneOfNode.get('mf_from')).toBe('customer');
    // Under the flow's first point, in the middle of the pool's band.
    expect(ctx.bounds.get('mf_from')).toEqual({ x: 250, y: 20, width: 100, height: 60 });
    expect(ctx.warnings.map((w) => [w.id, w.type])).toEqual([['mf', 'bpmn:MessageFlow']]);
    finish(ctx);
    expect(ctx.connections).toMatchObject([{ from: 'mf_from', to: 'start', kind: 'information' }]);
  });

  it('to a pool we have no lane for: no step made, and the flow is dropped with a warning', () => {
    const ctx = createContext();
    const task = el('Task', 't');
    handleFlowElements(ctx, el('Process', 'p', { flowElements: [task] }), 'p');
    handleMessageFlow(
      ctx,
      el('MessageFlow', 'mf', { sourceRef: task, targetRef: el('Participant', 'elsewhere') }),
    );
    expect(ctx.nodes).toHaveLength(1);
    expect(ctx.warnings).toEqual([]);
    finish(ctx);
    expect(ctx.connections).toEqual([]);
    expect(ctx.warnings).toMatchObject([
      { id: 'mf', reason: 'connection to something that is not a step' },
    ]);
  });
});

describe('boundary events and flows in a process', () => {
  it('a boundary event keeps the id of the activity it sits on, also one later in the file', () => {
    const ctx = createContext();
    const review = el('UserTask', 'review');
    const timeout = el('BoundaryEvent', 'timeout', {
      attachedToRef: review,
      eventDefinitions: [{ $type: 'bpmn:TimerEventDefinition' }],
    });
    handleFlowElements(ctx, el('Process', 'p', { flowElements: [timeout, review] }), 'p');
    expect(ctx.nodes.map((n) => [n.el.id, n.kind, n.attachedTo])).toEqual([
      ['timeout', 'wait', 'review'],
      ['review', 'activity', undefined],
    ]);
  });

  it('a boundary event whose host is missing is still a step, attached to nothing', () => {
    const ctx = createContext();
    handleFlowElements(ctx, el('Process', 'p', { flowElements: [el('BoundaryEvent', 'b')] }), 'p');
    expect(ctx.nodes).toHaveLength(1);
    expect(ctx.nodes[0]!.attachedTo).toBeUndefined();
    // Only what every boundary event gets: BPMN's event is shown as a wait step.
    expect(ctx.warnings).toMatchObject([{ id: 'b', reason: expect.stringMatching(/wait step/) }]);
  });

  it('flows follow a renamed step, and one to a missing end is dropped only in the deferred pass', () => {
    const ctx = createContext();
    const a = el('Task', 'a');
    const b = el('Task', 'b');
    handleFlowElements(
      ctx,
      el('Process', 'p', {
        flowElements: [
          a,
          b,
          el('SequenceFlow', 'ab', {
            sourceRef: a,
            targetRef: b,
            conditionExpression: { $type: 'bpmn:FormalExpression', body: ' ok ' },
          }),
          el('SequenceFlow', 'gone', { sourceRef: a, targetRef: el('Task', 'nowhere') }),
          el('DataObject', 'data'),
        ],
      }),
      'p',
    );
    expect(ctx.nodes.map((n) => n.el.id)).toEqual(['a', 'b']);
    expect(ctx.warnings).toEqual([]);
    finish(ctx, { b: 'b-renamed' });
    expect(ctx.connections).toMatchObject([
      { id: 'ab', kind: 'flow', from: 'a', to: 'b-renamed', label: 'ok' },
    ]);
    expect(ctx.warnings.map((w) => w.id)).toEqual(['gone']);
  });
});
