// saxen (bpmn-moddle's XML parser) ships no types; the SVG tests use it as a strict XML reader.
declare module 'saxen' {
  export class Parser {
    on(event: 'error', handler: (error: Error) => void): void;
    on(event: 'text', handler: (text: string, decode: (s: string) => string) => void): void;
    on(
      event: 'openTag',
      handler: (
        name: string,
        attrs: () => Record<string, string>,
        decode: (s: string) => string,
        selfClosing: boolean,
      ) => void,
    ): void;
    on(event: 'closeTag', handler: (name: string) => void): void;
    parse(xml: string): void;
  }
}
