// A property of a plan object that is worked out the first time it is read, then kept.
//
// A plan of a large estate holds a map of every workload to its wave (100,000 entries at
// 100,000 workloads), which the plan's own steps never read: it is made when a reader
// first asks. The property is an own, enumerable
// getter, so everything that reads the plan sees the same values as before: a spread,
// JSON, a structured clone (postMessage to and from the plan worker) and a deep equality
// all read it like a value. Once read (or written), it becomes a plain value.
//
// Not for many small objects: defining an accessor costs microseconds (measured: 10,000
// wave objects each with a lazy list of hybrid links took longer than making the links).

/** Makes `key` of `target` (already a property, so the key order stays) read `make()` once, when first asked. */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: (value: T[K]) => void settle(value),
  });
}
