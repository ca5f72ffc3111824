import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeLink } from './admission.ts';
import {
  ibanChecksumValid,
  identifierHasher,
  normaliseAddress,
  normaliseEmail,
  normaliseLegalName,
  normalisePayoutAccount,
  normalisePhone,
  normaliseRegistrationNumber,
  normaliseTrader,
} from './trader.ts';
import { clustersFromScratch, UnionFind } from './union-find.ts';

test('legal names compare without case, accents, punctuation and company forms', () => {
  const same = [
    'Golden Dragon Trading Co., Ltd.',
    'GOLDEN DRAGON TRADING',
    'golden-dragon trading co ltd',
    'Gölden Dragon Trading Limited',
    'Ｇｏｌｄｅｎ Dragon Trading LLC',
  ];
  for (const name of same) assert.equal(normaliseLegalName(name), 'goldendragontrading', name);
  assert.equal(normaliseLegalName('金龙贸易有限公司'), normaliseLegalName('金龙贸易公司'));
  assert.equal(normaliseLegalName('Ltd'), 'ltd', 'a name that is only a company form stays');
  assert.equal(normaliseLegalName('...'), '');
  assert.notEqual(normaliseLegalName('Golden Dragon'), normaliseLegalName('Golden Tiger'));
});

test('phones must be E.164 after removing separators; 00 reads as +', () => {
  assert.equal(normalisePhone('+86 138-0013 8000'), '+8613800138000');
  assert.equal(normalisePhone('0086 (138) 0013.8000'), '+8613800138000');
  assert.equal(normalisePhone('138 0013 8000'), null, 'no country code');
  assert.equal(normalisePhone('+86 call me'), null);
  assert.equal(normalisePhone('+1234567890123456'), null, 'more than 15 digits');
});

test('e-mail: lower case, no +tag, Gmail without dots', () => {
  assert.equal(normaliseEmail(' Sales+shop2@Dragon.Example '), 'sales@dragon.example');
  assert.equal(normaliseEmail('j.o.h.n@googlemail.com'), 'john@gmail.com');
  assert.equal(normaliseEmail('not-an-email'), null);
  assert.equal(normaliseEmail('a@b'), null, 'a domain needs a dot');
  assert.equal(normaliseEmail('+tag@dragon.example'), null, 'nothing left before the tag');
});

test('payout accounts: IBANs checked mod 97, other ids kept upper-case without spaces', () => {
  assert.ok(ibanChecksumValid('DE89370400440532013000'));
  assert.ok(ibanChecksumValid('GB82WEST12345698765432'));
  assert.deepEqual(normalisePayoutAccount('de89 3704 0044 0532 0130 00'), {
    value: 'DE89370400440532013000',
  });
  assert.deepEqual(normalisePayoutAccount('DE89370400440532013001'), { rule: 'iban-checksum' });
  assert.deepEqual(normalisePayoutAccount('DE89 37'), { rule: 'iban-format' });
  assert.deepEqual(normalisePayoutAccount('alipay-2088 1234'), { value: 'ALIPAY20881234' });
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/), (iban) => {
      // Check digits run 02..98: exactly one of them makes any IBAN body valid.
      const body = iban.slice(0, 2) + iban.slice(4);
      let valid = 0;
      for (let d = 2; d <= 98; d++)
        if (ibanChecksumValid(`${body.slice(0, 2)}${String(d).padStart(2, '0')}${body.slice(2)}`)) valid++;
      return valid === 1;
    }),
    { numRuns: 50 },
  );
});

test('registration numbers and addresses', () => {
  assert.equal(normaliseRegistrationNumber('hrb 12-345'), 'HRB12345');
  assert.equal(normaliseAddress('12, Main Street, Room 5'), normaliseAddress('12 main st. rm 5'));
});

test('a malformed identifier is a field error naming the rule; duplicates collapse', () => {
  const { identifiers, errors } = normaliseTrader(
    {
      email: 'nope',
      phone: '12345',
      payoutAccount: 'DE89370400440532013001',
      legalName: '!!!',
      fingerprints: ['Dev-1', 'dev-1 ', ' '],
    },
    '/stores/2/trader',
  );
  assert.deepEqual(
    errors.map((e) => [e.pointer, e.rule]),
    [
      ['/stores/2/trader/legalName', 'not-empty'],
      ['/stores/2/trader/phone', 'e164'],
      ['/stores/2/trader/email', 'email'],
      ['/stores/2/trader/payoutAccount', 'iban-checksum'],
      ['/stores/2/trader/fingerprints/2', 'not-empty'],
    ],
  );
  assert.deepEqual(identifiers, [{ kind: 'fingerprint', value: 'dev-1' }]);
});

test('hashes are keyed per kind and per master key', () => {
  const a = identifierHasher(Buffer.from('key-a-0123456789abcdef0123456789'));
  const b = identifierHasher(Buffer.from('key-b-0123456789abcdef0123456789'));
  const value = '+8613800138000';
  assert.equal(a({ kind: 'phone', value }).hash, a({ kind: 'phone', value }).hash);
  assert.notEqual(a({ kind: 'phone', value }).hash, a({ kind: 'fingerprint', value }).hash);
  assert.notEqual(a({ kind: 'phone', value }).hash, b({ kind: 'phone', value }).hash);
  assert.match(a({ kind: 'phone', value }).hash, /^[0-9a-f]{64}$/);
});

test('union-find components equal a naive transitive closure', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }), { minLength: 1, maxLength: 25 }),
      (sets) => {
        const byStore = new Map(sets.map((s, i) => [`s${String(i).padStart(2, '0')}`, s.map(String)]));
        // Naive: repeat merging components that share a value until nothing changes.
        let comps = [...byStore].map(([store, ids]) => ({ stores: [store], ids: new Set(ids) }));
        for (let merged = true; merged; ) {
          merged = false;
          outer: for (let i = 0; i < comps.length; i++)
            for (let j = i + 1; j < comps.length; j++)
              if ([...comps[i]!.ids].some((v) => comps[j]!.ids.has(v))) {
                comps[i] = {
                  stores: [...comps[i]!.stores, ...comps[j]!.stores],
                  ids: new Set([...comps[i]!.ids, ...comps[j]!.ids]),
                };
                comps = comps.filter((_, k) => k !== j);
                merged = true;
                break outer;
              }
        }
        const naive = comps.map((c) => c.stores.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
        assert.deepEqual(clustersFromScratch(byStore), naive);
      },
    ),
    { numRuns: 200 },
  );
  const uf = new UnionFind<number>();
  uf.union(1, 2);
  uf.union(3, 4);
  assert.equal(uf.find(1), uf.find(2));
  assert.notEqual(uf.find(1), uf.find(3));
});

test('the link in words names the stores, marketplaces and kinds, never the values', () => {
  const text = describeLink({
    barred: { id: 'c', marketplaceName: 'Shop B', status: 'closed' },
    path: [
      { storeId: 'b', marketplaceName: 'Shop A', kinds: ['phone'] },
      { storeId: 'c', marketplaceName: 'Shop B', kinds: ['email', 'payout_account'] },
    ],
  });
  assert.equal(
    text,
    'This store shares its phone number with store b on Shop A; store b shares its e-mail address and payout account with store c on Shop B, which is closed.',
  );
});
