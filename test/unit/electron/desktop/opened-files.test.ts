import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenedFileQueue, estatePathsInArgv } from '../../../../electron/desktop/opened-files.js';
import { makeBadEstates, makeGoodEstate } from '../../../../scripts/bad-estates.js';
import { tempLibrary } from '../../../support/temp-library.js';

// The declared file association: a double-clicked estate opens through the same checks
// as File › Open, and a hostile one is refused with its message.

let dir: string;
let t: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-opened-'));
  t = tempLibrary();
});
afterEach(() => {
  t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('files the operating system asks the desktop app to open', () => {
  it('finds the estate paths in a command line, relative to where it was started', () => {
    expect(estatePathsInArgv(['--inspect', 'notes.txt', 'Meridian.WAVEPLAN', '/tmp/b.waveplan', '--flag=x.waveplan'], '/home/me')).toEqual(['/home/me/Meridian.WAVEPLAN', '/tmp/b.waveplan']);
  });

  it('adds a good file to the library as a checked copy, opens one already there as it is, and refuses a hostile one', async () => {
    const good = join(dir, 'From a colleague.waveplan');
    makeGoodEstate(good);
    const before = readFileSync(good);
    const hostile = makeBadEstates(join(dir, 'bad')).get('trigger-strips-classes.waveplan') as string;
    const inLibrary = t.library.create('Already here');
    const queue = new OpenedFileQueue();
    queue.add([good, hostile, join(t.dir, `${inLibrary.id}.waveplan`), join(dir, 'missing.waveplan')]);
    queue.add([good]); // the same file twice is opened once

    const result = await queue.take(t.library);
    expect(queue.pending).toBe(0);
    expect(result.opened.map((e) => e.name)).toEqual(['Meridian (from a stranger)', 'Already here']);
    expect(result.opened[1]?.id).toBe(inLibrary.id);
    expect(result.refused.map((r) => r.fileName)).toEqual(['trigger-strips-classes.waveplan', 'missing.waveplan']);
    expect(result.refused[0]?.message).toMatch(/holds more than estate data: an extra trigger “strip”/);
    expect(result.refused[1]?.message).toMatch(/^“missing\.waveplan” is not there any more/);
    expect(readFileSync(good).equals(before)).toBe(true);
    expect(t.library.list()).toHaveLength(2);
  });

  it('refuses a file that is not an estate, with its message', async () => {
    const notes = join(dir, 'notes.waveplan');
    writeFileSync(notes, 'not an estate');
    const queue = new OpenedFileQueue();
    queue.add([notes]);
    expect((await queue.take(t.library)).refused[0]?.message).toMatch(/not an SQLite database at all/);
  });
});
