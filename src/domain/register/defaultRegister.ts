// The organisation register a new workspace starts with: a typical Swedish municipal group.
// Ids are stable so files exchanged between colleagues refer to the same entries.
// Colours are light tints: lane text (dark) stays readable on them (WCAG AA).
import type { RegisterEntry } from '../model/types';

export const DEFAULT_REGISTER: readonly RegisterEntry[] = [
  { id: 'kg-invanare', kind: 'kundgrupp', name: 'Invånare', shortName: 'INV', color: '#fde68a' },
  {
    id: 'kg-foretagare',
    kind: 'kundgrupp',
    name: 'Företagare',
    shortName: 'FÖR',
    color: '#fed7aa',
  },
  { id: 'kg-besokare', kind: 'kundgrupp', name: 'Besökare', shortName: 'BES', color: '#fecdd3' },
  {
    id: 'kg-framtidare',
    kind: 'kundgrupp',
    name: 'Framtidare',
    shortName: 'FRA',
    color: '#e9d5ff',
  },
  {
    id: 'u-ksf',
    kind: 'forvaltning',
    name: 'Kommunstyrelseförvaltningen',
    shortName: 'KSF',
    color: '#dbeafe',
  },
  {
    id: 'u-buf',
    kind: 'forvaltning',
    name: 'Barn- och utbildningsförvaltningen',
    shortName: 'BUF',
    color: '#dcfce7',
  },
  {
    id: 'u-vof',
    kind: 'forvaltning',
    name: 'Vård- och omsorgsförvaltningen',
    shortName: 'VOF',
    color: '#e0f2fe',
  },
  {
    id: 'u-avf',
    kind: 'forvaltning',
    name: 'Arbete- och välfärdsförvaltningen',
    shortName: 'AVF',
    color: '#ccfbf1',
  },
  {
    id: 'u-kff',
    kind: 'forvaltning',
    name: 'Kultur- och fritidsförvaltningen',
    shortName: 'KFF',
    color: '#fae8ff',
  },
  {
    id: 'u-mhf',
    kind: 'forvaltning',
    name: 'Miljö- och hälsoskyddsförvaltningen',
    shortName: 'MHF',
    color: '#ecfccb',
  },
  {
    id: 'u-sbf',
    kind: 'forvaltning',
    name: 'Samhällsbyggnadsförvaltningen',
    shortName: 'SBF',
    color: '#e2e8f0',
  },
  {
    id: 'u-tf',
    kind: 'forvaltning',
    name: 'Tekniska förvaltningen',
    shortName: 'TF',
    color: '#f1f5f9',
  },
  { id: 'b-bostad', kind: 'bolag', name: 'Bostadsbolaget', shortName: 'BOST', color: '#ffedd5' },
  { id: 'b-energi', kind: 'bolag', name: 'Energibolaget', shortName: 'ENER', color: '#fef9c3' },
  {
    id: 'b-fastighet',
    kind: 'bolag',
    name: 'Fastighetsbolaget',
    shortName: 'FAST',
    color: '#f5f5f4',
  },
  {
    id: 'b-naringsliv',
    kind: 'bolag',
    name: 'Näringslivsbolaget',
    shortName: 'NÄR',
    color: '#d1fae5',
  },
  { id: 'b-stadshus', kind: 'bolag', name: 'Stadshus AB', shortName: 'SH', color: '#e5e7eb' },
  {
    id: 'e-raddning',
    kind: 'extern',
    name: 'Räddningstjänsten',
    shortName: 'RTJ',
    color: '#fee2e2',
  },
  { id: 'e-regionen', kind: 'extern', name: 'Regionen', shortName: 'REG', color: '#cffafe' },
  { id: 'e-staten', kind: 'extern', name: 'Staten', shortName: 'STAT', color: '#ede9fe' },
];

/** Tints offered for new entries, in order. */
export const REGISTER_PALETTE = [
  '#dbeafe',
  '#dcfce7',
  '#fef9c3',
  '#fae8ff',
  '#ffedd5',
  '#ccfbf1',
  '#fee2e2',
  '#e0e7ff',
  '#ecfccb',
  '#f1f5f9',
] as const;
