// Ids are random UUIDs: unique across tabs, devices and files that are later merged.
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}
