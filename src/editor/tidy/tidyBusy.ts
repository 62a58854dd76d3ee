// Whether "Städa upp" is running: a big flow takes seconds in the worker, and the button shows
// it is working (and takes no second click) until the result is applied or given up.
import { create } from 'zustand';

export const useTidyBusy = create<{ busy: boolean }>()(() => ({ busy: false }));
