import { describe, expect, it } from 'vitest';
import { epochFromReason, epochOfRoom, parseRoom, roomName, roomWithoutEpoch } from './rooms';

describe('room names and refusals', () => {
  it('names epochs as the server does, and reads them back', () => {
    expect(roomName('p-1')).toBe('process:p-1');
    expect(roomName('p-1', 3)).toBe('process:p-1@3');
    // An id that already looks epoched keeps its epoch written out, so it cannot be misread.
    expect(roomName('odd@2')).toBe('process:odd@2@0');
    expect(epochOfRoom('process:p-1')).toBe(0);
    expect(epochOfRoom('process:p-1@3')).toBe(3);
    expect(epochOfRoom('process:odd@2@0')).toBe(0);
    expect(parseRoom('process:odd@2@0')).toEqual({ processId: 'odd@2', epoch: 0 });
    expect(parseRoom('register:org')).toBeNull();
    expect(parseRoom('process:')).toBeNull();
    expect(roomWithoutEpoch('process:p-1@3')).toBe('process:p-1');
  });

  it('takes the current epoch only from an epoch refusal', () => {
    expect(epochFromReason('epoch:4')).toBe(4);
    expect(epochFromReason('forbidden')).toBeNull();
    expect(epochFromReason('epoch:')).toBeNull();
    expect(epochFromReason('epoch:-1')).toBeNull();
    expect(epochFromReason('epoch:01')).toBeNull();
  });
});
