// A "Typ" cell as a step kind: the method's words in Swedish and English, and the words other
// tools put there (BPMN's task/gateway/event). Unknown words are null: the caller guesses.
import type { StepKind } from '../../domain/model/types';
import { fold } from './words';

const KIND_WORDS: [StepKind, string[]][] = [
  ['need', ['behov', 'start', 'need', 'start event', 'startevent', 'kundbehov', 'trigger']],
  [
    'outcome',
    [
      'resultat',
      'varde',
      'levererat varde',
      'slut',
      'outcome',
      'result',
      'end',
      'value',
      'end event',
    ],
  ],
  [
    'decision',
    ['beslut', 'val', 'villkor', 'beslutspunkt', 'decision', 'gateway', 'choice', 'fraga'],
  ],
  ['wait', ['vantan', 'vanta', 'ko', 'vantetid', 'wait', 'waiting', 'queue', 'delay']],
  ['activity', ['aktivitet', 'steg', 'moment', 'uppgift', 'activity', 'task', 'step', 'process']],
  ['subprocess', ['delprocess', 'underprocess', 'subprocess', 'sub process']],
  ['informationObject', ['underlag', 'dokument', 'blankett', 'information', 'document', 'form']],
  ['itSystem', ['it stod', 'it system', 'system', 'itstod', 'it']],
  ['problem', ['problem', 'smartpunkt', 'pain point', 'issue']],
  ['improvement', ['forbattring', 'forbattringsforslag', 'ide', 'improvement', 'idea']],
  ['note', ['notering', 'anteckning', 'kommentar', 'note', 'comment']],
];

const BY_WORD = new Map<string, StepKind>(
  KIND_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

export function kindOf(cell: string): StepKind | null {
  const word = fold(cell).replace(/\?/g, '').trim();
  return word ? (BY_WORD.get(word) ?? null) : null;
}
