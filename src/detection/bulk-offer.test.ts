import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasNumeral } from './bulk-offer.ts';
import { HAN_NUMERAL_CHARS } from './numerals.ts';

describe('hasNumeral', () => {
  it('answers as the class of digits and Han numerals for every UTF-16 code unit', () => {
    const NUMERAL = new RegExp(`[\\d${HAN_NUMERAL_CHARS}]`);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `ab${String.fromCharCode(c)}`;
      if (hasNumeral(text) !== NUMERAL.test(text)) differ.push(c);
    }
    assert.deepEqual(differ, []);
  });

  it('finds a numeral anywhere in a title, and none in a title without one', () => {
    assert.equal(hasNumeral('Zorvik sneakers x5 available'), true);
    assert.equal(hasNumeral('女包 冬季 三件 现货'), true);
    assert.equal(hasNumeral('女包 冬季 机械表 白色 Zorvik 😀'), false);
    assert.equal(hasNumeral(''), false);
  });
});
