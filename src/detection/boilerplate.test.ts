/**
 * Seller boilerplate skipped after it was found clean: spans still point into the original text,
 * verdicts equal those of a detector that scans every line, and a line's context stays in its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoilerplateMemo, lineKey } from './boilerplate.ts';
import { Detector } from './detector.ts';
import { TextNormalizer } from './normalize.ts';
import { TEST_BRANDS } from './test-fixtures.ts';
import type { ListingInput } from './types.ts';

const SHIPPING = 'Shipping: we dispatch within 2 business days from our warehouse, tracking included.';
const RETURNS = 'Returns: 30-day returns accepted for unused items in their original packaging.';
const ABOUT = 'About us: a small family business with over ten years of experience in retail.';

function listings(): ListingInput[] {
  const out: ListingInput[] = [];
  const cues = ['Gucci Marmont 1:1 mirror', 'Gucci Marmont bag', 'replica Gucci', 'Louis Vuitton Neverfull'];
  for (let i = 0; i < 40; i++) {
    const cue = cues[i % cues.length]!;
    const lines = [SHIPPING, RETURNS, ABOUT];
    lines.splice(i % 3, 0, `Item: ${cue} black, size ${i % 7}`);
    out.push({ id: `b${i}`, title: `${cue} ${i}`, description: lines.join('\n'), price: 40 + i });
  }
  return out;
}

describe('boilerplate memo', () => {
  it('gives the verdicts of a detector that scans every line, spans in the original text', () => {
    const memo = new Detector(TEST_BRANDS, undefined, undefined, { now: new Date('2026-06-01') });
    const full = new Detector(TEST_BRANDS, undefined, undefined, {
      now: new Date('2026-06-01'),
      skipBoilerplate: false,
    });
    for (let round = 0; round < 3; round++)
      for (const listing of listings()) {
        const a = memo.scan(listing);
        assert.deepEqual(a, full.scan(listing));
        for (const signal of a.signals)
          if (signal.span?.field === 'description')
            assert.equal(listing.description!.slice(signal.span.start, signal.span.end), signal.span.text);
      }
  });

  it('does not copy a line whose last letter the next line may continue ("… g u c c i i" / "i …")', () => {
    const memo = new Detector(TEST_BRANDS, undefined, undefined, { now: new Date('2026-06-01') });
    const full = new Detector(TEST_BRANDS, undefined, undefined, {
      now: new Date('2026-06-01'),
      skipBoilerplate: false,
    });
    // spaced-out letters merge across a line break: the "i i" ending the first line and the lone "i"
    // starting the second are one unit, so the disguised name reads "repeated letters" there
    const spelled = 'Pick of the week from the shop: g u c c i i';
    for (let round = 0; round < 6; round++) {
      const listing: ListingInput = {
        id: `o${round}`,
        title: `Leather bag ${round}`,
        description: `${spelled}\n${round % 2 === 0 ? 'i n stock, ask' : 'Shipping: tracked, 3 days'}\n${SHIPPING}`,
        price: 60,
      };
      assert.deepEqual(memo.scan(listing), full.scan(listing), `round ${round}`);
    }
  });

  it('skips a line only after a scan found nothing in it', () => {
    const memo = new BoilerplateMemo();
    const text = `Gucci Marmont replica bag\n${SHIPPING}\n${RETURNS}`;
    assert.equal(memo.compact(text), text);
    // the first line has a hit at offset 0, the others none
    memo.learn(Int32Array.of(0), Int32Array.of(5), 1);
    assert.equal(memo.compact(text), 'Gucci Marmont replica bag');
    assert.equal(
      memo.compact(`${SHIPPING}\nDM for pictures of this Gucci bag now`),
      'DM for pictures of this Gucci bag now',
    );
  });

  it('keys lines, not their surroundings, and compares them whole', () => {
    const a = `x\n${SHIPPING}\ny`;
    assert.equal(lineKey(a, 2, 2 + SHIPPING.length), lineKey(SHIPPING, 0, SHIPPING.length));
    assert.notEqual(lineKey(SHIPPING, 0, SHIPPING.length), lineKey(RETURNS, 0, RETURNS.length));
    const memo = new BoilerplateMemo();
    memo.compact(`Item: bag\n${SHIPPING}`);
    memo.learn(Int32Array.of(0), Int32Array.of(5), 1);
    // one character changed where the key does not look: same key, not the remembered line
    const at = [...Array(SHIPPING.length).keys()].find((i) => {
      const changed = `${SHIPPING.slice(0, i)}#${SHIPPING.slice(i + 1)}`;
      return lineKey(changed, 0, changed.length) === lineKey(SHIPPING, 0, SHIPPING.length);
    })!;
    const changed = `${SHIPPING.slice(0, at)}#${SHIPPING.slice(at + 1)}`;
    assert.equal(memo.compact(`Item: bag\n${changed}`), `Item: bag\n${changed}`);
    assert.equal(memo.compact(`Item: bag\n${SHIPPING}`), 'Item: bag');
  });

  it('finds a remembered line by its start only when the whole line is that line', () => {
    const memo = new BoilerplateMemo();
    // two clean lines sharing their first 40 characters, learned from one description
    const longer = `${SHIPPING} Insured.`;
    memo.compact(`Item: bag\n${SHIPPING}\n${longer}`);
    memo.learn(Int32Array.of(0), Int32Array.of(5), 1);
    assert.equal(memo.compact(`Item: bag\n${longer}\n${SHIPPING}`), 'Item: bag');
    // the remembered line followed by more text on its line is another line, scanned
    const runOn = `${SHIPPING} Also on weekends.`;
    assert.equal(memo.compact(`Item: bag\n${runOn}`), `Item: bag\n${runOn}`);
    // at the end of the text, and at its start
    assert.equal(memo.compact(`${SHIPPING}\nItem: bag`), 'Item: bag');
    assert.equal(memo.compact(`Item: bag, black\n${SHIPPING}`), 'Item: bag, black');
    // a line shorter than the remembered one, whose next line continues it, is not that line
    const cut = SHIPPING.slice(0, 30);
    const rest = SHIPPING.slice(30);
    assert.equal(memo.compact(`Item: bag\n${cut}\n${rest}`), `Item: bag\n${cut}\n${rest}`);
  });

  it('copies a line with hits from its fourth sighting, if its hits end in it', () => {
    const memo = new BoilerplateMemo();
    const normalizer = new TextNormalizer();
    const made: string[] = [];
    const maker = (line: string) => {
      made.push(line);
      return normalizer.snapshotLine(line);
    };
    const marker = 'Original packaging, genuine leather, replica of nothing here';
    const text = `${marker}\n${SHIPPING}`;
    const sighting = () => {
      const count = memo.plan(text);
      memo.learn(Int32Array.of(9), Int32Array.of(18), 1, maker);
      return count;
    };
    assert.equal(sighting(), -1); // both lines new
    assert.deepEqual(made, []); // the line with a hit is only marked as seen
    assert.equal(sighting(), 1); // the shipping line is skipped; the marker line seen again
    assert.equal(sighting(), 1);
    assert.deepEqual(made, []); // seen three times: a listing updated twice, not boilerplate
    assert.equal(sighting(), 1);
    assert.deepEqual(made, [marker]);
    assert.equal(memo.plan(text), 1);
    assert.equal(memo.segmentSnapshot[0]?.line, marker);
    // a line whose hit runs on past its end (into the next line) is never copied
    const other = new BoilerplateMemo();
    const crossing = `${marker}\n${RETURNS}`;
    for (let round = 0; round < 5; round++) {
      other.plan(crossing);
      other.learn(Int32Array.of(marker.length - 4), Int32Array.of(marker.length + 6), 1, maker);
    }
    // and the returns line, into which that hit runs, is not clean: it is scanned every time too
    assert.equal(other.plan(crossing), -1);
    assert.equal(made.length, 1);
    // seen after another line, the returns line is clean and skipped
    const after = `${SHIPPING}\n${RETURNS}`;
    const fresh = new BoilerplateMemo();
    fresh.plan(after);
    fresh.learn(new Int32Array(0), new Int32Array(0), 0, maker);
    assert.equal(fresh.plan(after), 0);
  });
});

describe('context stays within a line', () => {
  it('a negation at the end of one line does not negate a marker on the next', () => {
    const detector = new Detector(TEST_BRANDS, undefined, undefined, { now: new Date('2026-06-01') });
    const v = detector.scan({
      id: 'n1',
      title: 'Gucci Marmont bag',
      description: 'Returns are accepted if not\nreplica grade Gucci Marmont, mirror quality',
    });
    assert.ok(v.flagged, JSON.stringify(v.suppressed));
    const negated = detector.scan({
      id: 'n2',
      title: 'Gucci Marmont bag',
      description: 'Returns accepted.\nthis is not a replica, genuine Gucci Marmont',
    });
    assert.ok(!negated.signals.some((s) => s.kind === 'marker'), JSON.stringify(negated.signals));
  });
});
