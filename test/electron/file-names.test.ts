import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProjectFileName, hasProjectExtension, openDialogOptions, saveDialogOptions, withProjectExtension } from '../../electron/file-names';

describe('dialog options', () => {
  it('Open offers .fanplan, .json and .gz', () => {
    const o = openDialogOptions();
    expect(o.properties).toEqual(['openFile']);
    expect(o.filters[0].extensions).toEqual(['fanplan', 'json', 'gz']);
  });

  it('Save defaults to .fanplan in the given folder and confirms overwrites', () => {
    const o = saveDialogOptions('/home/u/plans', 'Tokyo.fanplan');
    expect(o.defaultPath).toBe(path.join('/home/u/plans', 'Tokyo.fanplan'));
    expect(o.filters[0].extensions).toEqual(['fanplan']);
    expect(o.properties).toContain('showOverwriteConfirmation');
  });
});

describe('file names', () => {
  it.each([
    ['Tokyo', 'Tokyo.fanplan'],
    ['Tokyo.fanplan', 'Tokyo.fanplan'],
    ['export.json', 'export.json'],
    ['Osaka: wards / north', 'Osaka wards north.fanplan'],
    ['..', 'Untitled.fanplan'],
    ['', 'Untitled.fanplan'],
    ['plan. ', 'plan.fanplan'],
    ['v1.2 draft', 'v1.2 draft.fanplan'],
  ])('proposes %j as %j', (input, expected) => {
    expect(defaultProjectFileName(input)).toBe(expected);
  });

  it('adds .fanplan to a chosen path with no extension only', () => {
    expect(withProjectExtension('/p/plan')).toBe('/p/plan.fanplan');
    expect(withProjectExtension('/p/plan.json')).toBe('/p/plan.json');
    expect(hasProjectExtension('a.GZ')).toBe(true);
    expect(hasProjectExtension('a.txt')).toBe(false);
  });
});
