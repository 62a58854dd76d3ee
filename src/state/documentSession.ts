// The app's one document session (src/document) and how components read it: useDocument with a
// selector, re-rendering only when the selected value changes. The store is a read-only mirror
// of the session, updated on each of its change events; every write goes through the session.
import { create } from 'zustand';
import type { Process } from '../domain/model/types';
import { createLocalSession } from '../document/localSession';
import { registerPort } from './registerService';

export const documentSession = createLocalSession(registerPort);

export interface DocumentView {
  doc: Process | null;
  canUndo: boolean;
  canRedo: boolean;
}

export const useDocument = create<DocumentView>()(() => ({
  doc: null,
  canUndo: false,
  canRedo: false,
}));

documentSession.subscribe(() =>
  useDocument.setState({
    doc: documentSession.doc,
    canUndo: documentSession.canUndo,
    canRedo: documentSession.canRedo,
  }),
);
