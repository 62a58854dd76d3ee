// What the PDF export is asked for, and the already-translated words it writes.
import type { TextViewLabels } from '../../domain/analysis/textView';
import type { SvgLabels } from '../svg/processSvg';

export type PageSize = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';
export type FitMode = 'fit' | 'tile';

export interface PdfOptions {
  size: PageSize;
  /** "auto": the one that gives the larger text (one page) or fewer pages (tiled). */
  orientation: Orientation | 'auto';
  mode: FitMode;
  /** The flow as numbered text at the end: the diagram's text alternative. */
  textAppendix: boolean;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = {
  size: 'A3',
  orientation: 'auto',
  mode: 'fit',
  // On: without it a PDF reader or a screen reader finds the diagram but not the flow.
  textAppendix: true,
};

/** Every word on the pages, in the user's language; values already formatted. */
export interface PdfLabels {
  /** The document language, for PDF readers and screen readers. */
  language: 'sv' | 'en';
  svg: SvgLabels;
  words: {
    category: string;
    status: string;
    variant: string;
    purpose: string;
    customerGroups: string;
    need: string;
    outcome: string;
    owner: string;
    objectsIn: string;
    objectsOut: string;
    measures: string;
    actions: string;
    changed: string;
    version: string;
    legend: string;
    diagram: string;
    steps: string;
    number: string;
    step: string;
    lane: string;
    description: string;
    activeTime: string;
    waitingTime: string;
    itSystems: string;
    findings: string;
    belongsTo: string;
    noFindings: string;
    keyFigures: string;
    /** "Sida {page} av {pages}" */
    page: string;
    /** "Del {row}:{column} av {rows}×{columns}" */
    tile: string;
    creator: string;
  };
  values: {
    category: string;
    status: string;
    variant: string;
    customerGroups: string;
    changed: string;
    version: string;
  };
  /** For a to-be with its as-is at hand: the comparison page, worded by the caller. */
  comparison?: {
    heading: string;
    columns: [string, string, string];
    rows: [string, string, string][];
    changesHeading: string;
    changes: string[];
  };
  /** The text view's words, for the appendix. */
  textView: { heading: string; labels: TextViewLabels };
  /** The key figures as [name, value] rows, computed and worded by the caller. */
  keyFigureRows: [string, string][];
  /** Kind names for findings ("Problem", "Förbättringsförslag"). */
  duration(value: { value: number; unit: 'min' | 'h' | 'd' | 'w' } | null): string;
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
