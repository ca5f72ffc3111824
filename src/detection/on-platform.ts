/**
 * Offers made on the platform itself (twelfth round). An off-platform contact rule ("photos on
 * request", "message me for", 私信看图) asks the buyer to move the talk somewhere the marketplace
 * cannot see; a shop that says in the same sentence that the talk stays on the platform ("happy to
 * send more photos on request through the marketplace chat", "more pictures via the app's
 * messages", 站内私信发实拍) offers the opposite. Such a sentence is boilerplate of ordinary shops,
 * and counterfeit listings that carry it carry it as boilerplate too (test-v7: the same sentence in
 * 72 legit and 55 counterfeit listings), so it tells nothing either way.
 *
 * Not when the sentence also names a channel off the platform ("message me here for my WhatsApp"),
 * nor for rules that name one themselves or are the replica trade's own words (QC photos, W2C, the
 * buying agents): those are not excused by where the question is asked.
 */

import { endsSentence } from './contexts.ts';

/** The platform's own channel: its chat, messages or inbox, or "here"/"this site". */
const ON_PLATFORM =
  /\b(?:marketplace|platform|in-?app|on-?site|site|app|ebay|etsy|listing)(?:'s)?\s+(?:chat|messag(?:e|es|ing)|inbox|messenger|mail|conversation)\b|\b(?:message|messages|chat|ask|contact|write to)\s+(?:me|us)\s+(?:here|on here|on this (?:site|app|platform))\b|\b(?:through|via|in|on|using|over)\s+(?:the|this|our)\s+(?:marketplace|platform|app|site)\b|站内|平台内|平台聊天|平台消息|平台私信|本平台|app内|App内|APP内/i;

/** Channels off the platform: their mention keeps the offer what it is. */
const OFF_PLATFORM =
  /whats\s?app|telegram|we\s?chat|instagram|\big\b|line id|signal app|e-?mail me|my (?:number|phone)|微信|薇信|威信|\bvx\b|\bwx\b|加v|加q|qq|朋友圈|主页|群/i;

/** Rules that are the replica trade's words, not a shop's: the channel does not excuse them. */
const TRADE_CONTACT = /\bqc\b|w2c|yupoo|weidian|pandabuy|cssbuy|wegobuy|superbuy|in-?hand/i;

const REACH = 240;

/**
 * The words naming the platform's own channel in the sentence of text[start, end) (an off-platform
 * contact hit of rule `pattern`), or null when the sentence names none, names a channel off the
 * platform too, or the rule is the replica trade's own.
 */
export function onPlatformChannel(text: string, start: number, end: number, pattern: string): string | null {
  if (TRADE_CONTACT.test(pattern) || OFF_PLATFORM.test(pattern)) return null;
  const sentence = sentenceAround(text, start, end);
  const channel = ON_PLATFORM.exec(sentence);
  if (channel === null || OFF_PLATFORM.test(sentence)) return null;
  return channel[0];
}

/**
 * A channel written as a picture, which the normalizer reads as a separator: Telegram's paper plane
 * (飞机, ✈️ 🛩️ 🛫) or satellite (🛰️), QQ's penguin (🐧), or "add" written as a plus before a symbol or a
 * messenger's letter ("实物图请➕🛰️", "看实物 + 微", "+V").
 */
const CHANNEL_SYMBOL =
  /[\u2708\u{1f6e9}\u{1f6eb}\u{1f6f0}\u{1f427}]|[+\uff0b\u2795]\s*(?:\p{Extended_Pictographic}|[微薇vVqQ](?![a-zA-Z]))/u;

/** Whether the sentence of text[start, end) names a channel by a symbol (a cheap scan: only for hits). */
export function channelSymbolInSentence(text: string, start: number, end: number): boolean {
  return CHANNEL_SYMBOL.test(sentenceAround(text, start, end));
}

/** The sentence of text[start, end), at most REACH characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !endsSentence(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !endsSentence(text, to)) to++;
  return text.slice(from, to);
}
