import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { WaveplanError } from '../../../../shared/errors.js';
import { formatCount, NOTHING_IMPORTED, refuse } from './read-limits.js';

// Streams one XML part of a workbook, chunk by chunk as it is inflated, into a handler that
// sees elements by their LOCAL names (an .xlsx may write <x:c> as well as <c>). The parser
// buffers a text node or an attribute whole, so a run of XML with no '<' longer than the
// limit is refused before it reaches the parser.

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlPlace {
  fileName: string;
  /** The part, as a person would name it: `sheet “vInfo” (xl/worksheets/sheet1.xml)`. */
  part: string;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name: `id` finds `r:id`. */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const key in attributes) {
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(colon + 1) === local && key.slice(0, colon) !== 'xmlns') return attributes[key];
  }
  return undefined;
}

export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private decoder: TextDecoder | undefined;
  /** Characters since the last '<'. */
  private run = 0;

  constructor(
    handler: XmlHandler,
    private readonly runLimit: number,
    private readonly place: XmlPlace,
  ) {
    this.parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
    this.parser.on('closetag', (tag) => handler.close(localName(tag.name)));
    this.parser.on('text', (text) => handler.text(text));
    this.parser.on('cdata', (text) => handler.text(text));
  }

  write(chunk: Uint8Array): void {
    this.decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    if (this.decoder) this.feed(this.decoder.decode());
    this.guard(() => this.parser.close());
  }

  private feed(text: string): void {
    let lt = text.indexOf('<');
    if (lt < 0) this.run += text.length;
    else {
      this.run += lt;
      this.checkRun();
      for (let next = text.indexOf('<', lt + 1); next >= 0; lt = next, next = text.indexOf('<', lt + 1)) {
        this.run = next - lt - 1;
        this.checkRun();
      }
      this.run = text.length - lt - 1;
    }
    this.checkRun();
    this.guard(() => this.parser.write(text));
  }

  private checkRun(): void {
    if (this.run > this.runLimit)
      refuse(
        `${this.place.fileName}: ${this.place.part} holds a text or attribute of more than ${formatCount(this.runLimit)} characters; no real cell holds that much (Excel's limit is 32,767). ${NOTHING_IMPORTED}`,
      );
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof WaveplanError) throw error;
      refuse(
        `${this.place.fileName} is damaged: ${this.place.part} is not well-formed XML (${error instanceof Error ? error.message : String(error)}). Open it in Excel and save it again as .xlsx. ${NOTHING_IMPORTED}`,
      );
    }
  }
}
