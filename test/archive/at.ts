/** `list[i]`, failing the test when there is no such item (noUncheckedIndexedAccess without `!`). */
export function at<T>(list: ArrayLike<T>, i = 0): T {
  const v = list[i];
  if (v === undefined) throw new Error(`expected an item at index ${i}; there are ${list.length}`);
  return v;
}
