// Answers worked out once per object and kept only as long as the object lives (resources, snapshot indexes, data).

/** `compute` memoised per argument, weakly: for objects that are never changed once made (the model is frozen). */
export function memoWeak<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
