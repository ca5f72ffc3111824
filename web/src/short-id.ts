/**
 * A short label for a record id. Ids are UUID version 7: their first characters are a timestamp
 * and are the same for every record made within about a minute, so the label is the last eight
 * hexadecimal characters, which are random.
 */
export function shortId(id: string): string {
  return id.slice(-8);
}
