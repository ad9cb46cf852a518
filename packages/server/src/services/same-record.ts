/** Field order can differ between a request or file and the row mapping, so compare sorted entries. */
export function sameRecord(a: object, b: object): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: object): string {
  return JSON.stringify(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)));
}
