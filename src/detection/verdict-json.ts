/**
 * A verdict's JSON line, as `JSON.stringify(verdict)` writes it, built from its parts: most
 * verdicts have no signals and empty lists, and the generic walk of JSON.stringify costs as much as
 * a third of the scan on a short listing. Brands (made in one place, mentions.ts, always in the key
 * order brandId, nominative, productLine) and categories are written by hand; signals, whose
 * optional fields depend on their kind, go through JSON.stringify. Tested against JSON.stringify.
 */
import type { Verdict } from './types.ts';

export function verdictJson(v: Verdict): string {
  let out = `{"id":${JSON.stringify(v.id)},"flagged":${v.flagged},"action":"${v.action}","score":${JSON.stringify(v.score)},"signals":${v.signals.length === 0 ? '[]' : JSON.stringify(v.signals)},"brands":${v.brands.length === 0 ? '[]' : brandsJson(v.brands)},"suppressed":${v.suppressed.length === 0 ? '[]' : JSON.stringify(v.suppressed)},"automated":{"detection":true,"decision":${v.automated.decision}},"policyVersion":${JSON.stringify(v.policyVersion)}`;
  if (v.categories !== undefined) out += `,"categories":${stringsJson(v.categories)}`;
  return `${out}}`;
}

function brandsJson(brands: Verdict['brands']): string {
  let out = '[';
  for (let i = 0; i < brands.length; i++) {
    const b = brands[i]!;
    out += `${i === 0 ? '' : ','}{"brandId":${JSON.stringify(b.brandId)},"nominative":${b.nominative}`;
    if (b.productLine !== undefined) out += `,"productLine":${JSON.stringify(b.productLine)}`;
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
