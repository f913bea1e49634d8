// How one value is written in the estate text: plain where YAML's core schema reads it
// back as the same string, double-quoted (JSON's escapes, which YAML shares) otherwise.
// Written by hand rather than by the yaml library's stringify: at 10,000 workloads the
// fixed layout is several times faster, and the reader (the yaml library) proves it.

// Letters, digits and a few marks that mean nothing to YAML inside a plain scalar.
const PLAIN = /^[A-Za-z_][A-Za-z0-9 _.@()/+-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Words the core schema reads as something else than a string.
const RESERVED = /^(?:true|false|null|~|\.inf|\.nan|-?\.inf)$/i;

export function yamlString(text: string): string {
  if (DAY.test(text)) return text;
  if (PLAIN.test(text) && !text.endsWith(' ') && !RESERVED.test(text)) return text;
  return JSON.stringify(text);
}

export function yamlNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

export function yamlScalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return yamlNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new Error(`Not a scalar: ${typeof value}`);
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A value on one line (flow style): lists of scalars and small objects such as blackouts and graph positions. */
export function yamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (isPlainObject(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${yamlString(k)}: ${yamlFlow(v)}`)
      .join(', ')} }`.replace('{  }', '{}');
  return yamlScalar(value);
}

/**
 * A value as a block, one leaf per line, at `indent` spaces: objects as mappings, lists
 * of objects as sequences, lists of scalars on one line. What the settings are written with.
 */
export function yamlBlock(key: string, value: unknown, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  const name = yamlString(key);
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    lines.push(`${pad}${name}:`);
    for (const [k, v] of Object.entries(value)) yamlBlock(k, v, indent + 2, lines);
  } else if (Array.isArray(value) && value.length > 0 && value.some((v) => isPlainObject(v) || Array.isArray(v))) {
    lines.push(`${pad}${name}:`);
    for (const item of value) {
      if (isPlainObject(item) && Object.keys(item).length > 0) {
        const inner: string[] = [];
        for (const [k, v] of Object.entries(item)) yamlBlock(k, v, indent + 4, inner);
        inner[0] = `${pad}  - ${inner[0]!.trimStart()}`;
        lines.push(...inner);
      } else lines.push(`${pad}  - ${yamlFlow(item)}`);
    }
  } else lines.push(`${pad}${name}: ${yamlFlow(value)}`);
}
