// Answers worked out once per object and kept only as long as the object lives (resources, snapshot indexes, data).

/**
 * `compute` memoised per argument, weakly: for objects that are never changed once made (the model is frozen).
 * `compute` must not return undefined (one lookup per call tells a miss).
 */
export function memoWeak<K extends object, V extends NonNullable<unknown>>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
