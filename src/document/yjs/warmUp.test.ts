import { describe, expect, it } from 'vitest';
import { warmRemotePath } from './warmUp';

describe('warmRemotePath', () => {
  it('takes a change through projection, check and diff once, and only once per page', () => {
    // The whole way: the second doc saw the relabel as one operation, as a co-editor's would be.
    expect(warmRemotePath()).toBe(true);
    expect(warmRemotePath()).toBe(false);
  });
});
