// What a learner's code may not reach, taken away in the code-cell worker before any of it runs.
// A dedicated worker already has no DOM; this removes every way to the network (and to more workers),
// refuses module imports (static, dynamic, through eval or the Function constructors), and string
// timers (another eval). `lockDown` fails closed: if a name cannot be removed, it throws.

/** Globals removed from the worker: the network, nested workers, and the worker's own off switch. */
export const blocked = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "WebTransport",
  "EventSource",
  "importScripts",
  "Worker",
  "SharedWorker",
  "FontFace",
  "caches",
  "close"
];

const importPattern = /\bimport\b\s*(\(|\.|\{|\*|["'`]|[A-Za-z_$])/;

/** Error for code that tries to load a module; the message is for the learner. */
export function importError() {
  return new Error("Code cells cannot import modules or load anything from the network: the library, aq and the lesson data are already in scope.");
}

/** Throws when `source` contains an import (static `import x from`, `import(…)`, `import.meta`). */
export function screen(source) {
  if (importPattern.test(String(source))) throw importError();
}

function remove(scope, name) {
  for (let o = scope; o; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) {
      try {
        delete o[name];
      } catch {
        // non-configurable: shadowed below
      }
    }
  }
  if (name in scope) Object.defineProperty(scope, name, {value: undefined, writable: false, configurable: false});
  if (scope[name] !== undefined) throw new Error(`The code-cell sandbox could not remove ${name}; code cells are disabled.`);
}

function guardConstructor(Native) {
  const guarded = new Proxy(Native, {
    apply(target, thisArg, args) {
      for (const a of args) screen(a);
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args) {
      for (const a of args) screen(a);
      return Reflect.construct(target, args);
    }
  });
  Object.defineProperty(Native.prototype, "constructor", {value: guarded, writable: false, configurable: false});
  return guarded;
}

/**
 * Locks the worker down. Returns `evaluate(source)`, an indirect eval kept from before the lock-down
 * (it returns the completion value of the last statement, as a REPL shows it).
 */
export function lockDown(scope = globalThis) {
  const nativeEval = scope.eval;
  for (const name of blocked) remove(scope, name);
  scope.Function = guardConstructor(Function);
  guardConstructor(Object.getPrototypeOf(async function () {}).constructor);
  guardConstructor(Object.getPrototypeOf(function* () {}).constructor);
  guardConstructor(Object.getPrototypeOf(async function* () {}).constructor);
  scope.eval = function evalGuarded(source) {
    if (typeof source === "string") screen(source);
    return nativeEval(source);
  };
  for (const timer of ["setTimeout", "setInterval"]) {
    const native = scope[timer].bind(scope);
    scope[timer] = (handler, ...rest) => {
      if (typeof handler !== "function") throw new TypeError(`${timer} takes a function in code cells, not a string of code.`);
      return native(handler, ...rest);
    };
  }
  return (source) => {
    screen(source);
    return nativeEval(source);
  };
}
