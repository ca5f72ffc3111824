/**
 * A verdict's JSON line, as `JSON.stringify(verdict)` writes it, built from its parts: most
 * verdicts have no signals and empty lists, and the generic walk of JSON.stringify costs as much as
 * a third of the scan on a short listing. Brands (made in one place, mentions.ts, always in the key
 * order brandId, nominative, productLine) and categories are written by hand; signals, whose
 * optional fields depend on their kind, go through JSON.stringify (a walk of them in JavaScript
 * measured slower than V8's own). Strings that need no escaping are quoted without a call to
 * JSON.stringify, number texts and the policy version's JSON are remembered. Tested against
 * JSON.stringify (verdict-json.test.ts, capabilities.test.ts).
 */
import type { Verdict } from './types.ts';

export function verdictJson(v: Verdict): string {
  let out = `{"id":${quote(v.id)},"flagged":${v.flagged},"action":"${v.action}","score":${numberJson(v.score)},"signals":${v.signals.length === 0 ? '[]' : JSON.stringify(v.signals)},"brands":${v.brands.length === 0 ? '[]' : brandsJson(v.brands)},"suppressed":${v.suppressed.length === 0 ? '[]' : JSON.stringify(v.suppressed)},"automated":{"detection":true,"decision":${v.automated.decision}},"policyVersion":${policyVersionJson(v.policyVersion)}`;
  if (v.categories !== undefined) out += `,"categories":${stringsJson(v.categories)}`;
  return `${out}}`;
}

function brandsJson(brands: Verdict['brands']): string {
  let out = '[';
  for (let i = 0; i < brands.length; i++) {
    const b = brands[i]!;
    out += `${i === 0 ? '' : ','}{"brandId":${quote(b.brandId)},"nominative":${b.nominative}`;
    if (b.productLine !== undefined) out += `,"productLine":${quote(b.productLine)}`;
    out += '}';
  }
  return `${out}]`;
}

/** Category ids are plain ASCII words: joined as they are, else through JSON.stringify. */
const PLAIN = /^[\w-]*$/;
function stringsJson(list: readonly string[]): string {
  for (let i = 0; i < list.length; i++) if (!PLAIN.test(list[i]!)) return JSON.stringify(list);
  return list.length === 0 ? '[]' : `["${list.join('","')}"]`;
}

/** A string JSON.stringify leaves as it is between its quotes: no ", \, C0 control or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters JSON.stringify escapes
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** JSON.stringify(text), without its call when nothing needs escaping (nearly always). */
function quote(text: string): string {
  return typeof text === 'string' && VERBATIM.test(text) ? `"${text}"` : JSON.stringify(text);
}

let lastPolicyVersion = '';
let lastPolicyVersionJson = '""';
function policyVersionJson(version: string): string {
  if (version !== lastPolicyVersion) {
    lastPolicyVersionJson = JSON.stringify(version);
    lastPolicyVersion = version;
  }
  return lastPolicyVersionJson;
}

/** Texts of numbers seen: V8 formats a fraction in ~100 ns, and scores and weights repeat. */
const numberTexts = new Map<number, string>();
const MAX_NUMBER_TEXTS = 4096;
function numberJson(n: number): string {
  if (typeof n !== 'number') return JSON.stringify(n);
  let text = numberTexts.get(n);
  if (text === undefined) {
    // JSON.stringify writes non-finite numbers as null, -0 as 0 (as `${-0}` does, and the map's
    // SameValueZero keys take -0 for 0)
    text = Number.isFinite(n) ? `${n}` : 'null';
    if (numberTexts.size >= MAX_NUMBER_TEXTS) numberTexts.clear();
    numberTexts.set(n, text);
  }
  return text;
}
