import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ORG_KINDS, ROLES } from '../../src/auth/principal.ts';
import { COUNTER_EVIDENCE_KINDS, COUNTER_GROUNDS } from '../../src/counter-notices/counter-notice.ts';
import { deadlineKinds } from '../../src/deadlines/deadline.kinds.ts';
import { RedressOption, StatementBody } from '../../src/decisions/statement.schema.ts';
import { DECISION_CAUSES } from '../../src/decisions/statement.ts';
import { SIGNAL_KINDS } from '../../src/detection/types.ts';
import { ERROR_CODES } from '../../src/errors/app-error.ts';
import { ITEM_STATES } from '../../src/http/schemas.ts';
import { notificationDefinitions } from '../../src/notifications/notification.kinds.ts';
import { policyDefinitions } from '../../src/policies/define.ts';
import '../../src/platform.ts';
import { REJECTION_REASONS, REMOVAL_REASONS } from '../../src/review/review.ts';
import { timelineEventKinds } from '../../src/timeline/timeline.ts';

const WEB_SRC = new URL('../../web/src/', import.meta.url).pathname;
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const load = (lang: string) =>
  flatten(JSON.parse(readFileSync(join(WEB_SRC, 'i18n', `${lang}.json`), 'utf8')) as Tree);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const en = load('en');
const zh = load('zh-CN');

/** The keys one of the two languages lacks, as "<lang>: <key>". */
const missingLabels = (keys: readonly string[]) =>
  keys.flatMap((key) =>
    (
      [
        ['en', en],
        ['zh-CN', zh],
      ] as const
    )
      .filter(([, map]) => !map.has(key))
      .map(([lang]) => `${lang}: ${key}`),
  );

test('en and zh-CN have the same keys, none empty', () => {
  assert.deepEqual(
    [...en.keys()].filter((k) => !zh.has(k)),
    [],
    'keys missing in zh-CN',
  );
  assert.deepEqual(
    [...zh.keys()].filter((k) => !en.has(k)),
    [],
    'keys missing in en',
  );
  for (const [lang, map] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const)
    assert.deepEqual(
      [...map].filter(([, v]) => v.trim() === '').map(([k]) => k),
      [],
      `empty strings in ${lang}`,
    );
});

test('every key the source names exists in both languages', () => {
  // t('key'), labelKey: 'key', i18nKey="key"; template keys (`party.${x}`) need their family.
  const literal = /\b(?:t\(\s*|labelKey:\s*|i18nKey=)['"]([a-zA-Z0-9_.-]+)['"]/g;
  const family = /\bt\(\s*`([a-zA-Z0-9_]+)\.\$\{/g;
  const missing: string[] = [];
  let checked = 0;
  for (const file of sources(WEB_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(literal)) {
      checked++;
      const key = m[1]!;
      if (!en.has(key) || !zh.has(key)) missing.push(`${file.slice(WEB_SRC.length)}: ${key}`);
    }
    for (const m of text.matchAll(family)) {
      const prefix = `${m[1]}.`;
      if (![...en.keys()].some((k) => k.startsWith(prefix)))
        missing.push(`${file.slice(WEB_SRC.length)}: ${prefix}*`);
    }
  }
  assert.ok(checked > 50, `only ${checked} keys found in the source: is the scanner broken?`);
  assert.deepEqual(missing, []);
});

test('Chinese strings are translated, not copied from English', () => {
  const same = [...en].filter(
    ([k, v]) => zh.get(k) === v && /[a-z]{4,}/.test(v) && !/OpenIPP|SHA|CSV|API/.test(v),
  );
  assert.deepEqual(
    same.map(([k]) => k),
    [],
  );
});

test('labels built from an API value (orgKind.<kind>) exist for every value the API can send', () => {
  // The portal shows the key itself when a label is missing ("orgKind.buyer" on the admin pages).
  const families: Record<string, readonly string[]> = {
    orgKind: ORG_KINDS,
    role: ROLES,
    ground: COUNTER_GROUNDS,
    counterEvidence: COUNTER_EVIDENCE_KINDS,
    state: ITEM_STATES,
    reasonCode: [...REJECTION_REASONS, ...REMOVAL_REASONS],
    signalKind: SIGNAL_KINDS,
    problem: Object.keys(ERROR_CODES),
  };
  const missing: string[] = [];
  for (const [family, values] of Object.entries(families))
    for (const value of values)
      for (const [lang, map] of [
        ['en', en],
        ['zh-CN', zh],
      ] as const)
        if (!map.has(`${family}.${value}`)) missing.push(`${lang}: ${family}.${value}`);
  assert.deepEqual(missing, []);
});

test('every notification kind the server defines reads as a sentence in both languages', () => {
  // The notifications page showed the bare code ("test_buy.handed_over") for every kind.
  const kinds = notificationDefinitions().map((d) => d.kind);
  assert.ok(kinds.length >= 20, `only ${kinds.length} kinds registered: were the modules loaded?`);
  assert.deepEqual(missingLabels(kinds.map((kind) => `notificationKind.${kind}`)), []);
});

test('every item-history event reads in both languages, with every cause it can give', () => {
  // The timeline showed the server's English titles, with ISO dates, in the Chinese portal.
  const kinds = timelineEventKinds();
  assert.ok(kinds.length >= 30, `only ${kinds.length} event kinds registered: were the modules loaded?`);
  const keys = [
    ...kinds.map((kind) => `timelineEvent.${kind}`),
    ...DECISION_CAUSES.map((cause) => `timelineCause.${cause}`),
  ];
  assert.deepEqual(missingLabels(keys), []);
});

test('a statement of reasons reads in both languages for every restriction, ground and redress', () => {
  // The Chinese portal showed the statement's English sentences.
  const values = (schema: unknown) =>
    (schema as { anyOf: Array<{ const: string }> }).anyOf.map((x) => x.const);
  const body = StatementBody.properties;
  const keys = [
    ...values(body.restriction.properties.kind).map((k) => `statementText.restriction.${k}`),
    ...values(body.ground.properties.decisionGround).map((k) => `statementText.ground.${k}`),
    ...values(RedressOption.properties.kind).map((k) => `statementText.redress.${k}`),
  ];
  assert.ok(keys.length >= 14, keys.join());
  assert.deepEqual(missingLabels(keys), []);
});

test('every deadline kind the server registers has a label in both languages', () => {
  // The item timeline showed "provisional_review · Reviewer · … · running".
  const kinds = deadlineKinds().map((d) => d.kind);
  assert.ok(kinds.length >= 10, `only ${kinds.length} kinds registered: were the modules loaded?`);
  assert.deepEqual(missingLabels(kinds.map((kind) => `deadlineKind.${kind}`)), []);
});

test('every policy is described in both languages (the policy list shows the label, not the English the server keeps)', () => {
  const keys = policyDefinitions().map((p) => p.key);
  assert.ok(keys.length >= 10, `policies registered: ${keys.length}`);
  assert.deepEqual(missingLabels(keys.map((key) => `policyDescription.${key}`)), []);
});

/**
 * The rule ids the server gives with a problem or a field error: the second argument of
 * AppError.field and every `rule: '...'` in the server's sources. Rule ids that are not problems'
 * are left out: notifier-standing thresholds (worded as notifiers.qualify.*) and a detection
 * signal's rule.
 */
function serverProblemRules(): string[] {
  const notProblems = new Set([
    'conforming-share',
    'counter-notice-share',
    'takedown-success',
    'monthly-volume',
    'factory-code',
  ]);
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/AppError\.field\(\s*[^,]+?,\s*'([a-z][a-zA-Z0-9-]*)',/g))
          found.add(m[1]!);
        for (const m of text.matchAll(/\brule: '([a-z][a-zA-Z0-9-]*)'/g)) found.add(m[1]!);
      }
    }
  };
  walk(new URL('../../src/', import.meta.url).pathname);
  return [...found].filter((rule) => !notProblems.has(rule)).sort();
}

test('every rule the server refuses a request by is worded in both languages (the Chinese portal showed the English detail)', () => {
  const rules = serverProblemRules();
  assert.ok(rules.length >= 150, `rules found: ${rules.length}`);
  assert.ok(rules.includes('appeal-window') && rules.includes('store-suspended'), rules.join());
  assert.deepEqual(missingLabels(rules.map((rule) => `problem.rule.${rule}`)), []);
});
