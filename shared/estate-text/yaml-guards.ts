import { type Document, type LineCounter, visit } from 'yaml';
import { shownName } from '../text/shown-name.js';
import { EstateTextError, type TextProblem } from './text-problems.js';

// What a YAML document must not do to be read as an estate's text, said at its line:
// expand aliases without end (a "billion laughs"), carry YAML types the form does not
// have, or nest or split itself in ways the library words for a programmer.

// The core schema's own tags: the library also resolves !!binary, !!set, !!omap, !!pairs and !!timestamp,
// which would reach the schemas as a Buffer, a Set or a Date and be refused in JavaScript's words.
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Every node tagged with a type an estate's text does not have, at its line. */
export function foreignTags(doc: Document, counter: LineCounter): TextProblem[] {
  const problems: TextProblem[] = [];
  visit(doc, {
    Node(_, node) {
      if (!node.tag || CORE_TAGS.has(node.tag)) return;
      const line = node.range ? counter.linePos(node.range[0]).line : 1;
      problems.push({ line, where: '', message: `the tag “${shownName(node.tag.replace('tag:yaml.org,2002:', '!!'))}” is not part of an estate’s text; write the value plainly` });
    },
  });
  return problems;
}

/** The yaml library's message for a problem, in words for the person who wrote the text. */
export function yamlMessage(message: string): string {
  const first = message.split('\n')[0]!;
  // The parser gives up on text nested thousands deep (a hostile file); an estate's text is a few levels deep.
  if (/call stack/i.test(first)) return 'the text is nested too deeply to read (an estate’s text is a few levels deep)';
  if (/multiple documents/i.test(first)) return 'the text holds more than one document (a line “---” starts another); an estate’s text is one';
  return first;
}

/** Aliases expanded at most this many times: the text form writes none, and a "billion laughs" file is refused. */
const MAX_ALIAS_COUNT = 100;

/** The document as plain values, refusing aliases expanded past the limit at the first alias's line. */
export function valueOf(doc: Document, counter: LineCounter, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let line = 1;
    visit(doc, {
      Alias(_, alias) {
        if (alias.range) line = counter.linePos(alias.range[0]).line;
        return visit.BREAK;
      },
    });
    const message = `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, which Waveplan does not read (a file built to exhaust memory looks like this); write the values out`;
    throw new EstateTextError(fileName, [{ line, where: '', message }]);
  }
}
