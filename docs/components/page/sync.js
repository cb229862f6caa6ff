// The two windows of a presentation (the room's and the speaker's) share one BroadcastChannel per
// lesson: a mirrored input changed in either window is set in the other, a reveal button pressed in
// either is pressed in the other, and the slide follows (see present.js).
import {applyInput, onInputChange} from "./urlInput.js";

const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(`pk-present:${location.pathname}`) : null;
const buttons = new Map(); // key → the latest <button> registered under it
const handlers = new Map(); // message type → handler
let remote = false;

/** Sends a message to the lesson's other windows. */
export function post(message) {
  channel?.postMessage(message);
}

/** Handles messages of one `type` from the other windows. */
export function onMessage(type, fn) {
  handlers.set(type, fn);
}

/** True while a message from the other window is being applied (so it is not sent back). */
export function isRemote() {
  return remote;
}

/** Runs `fn` marked as coming from the other window. */
export function asRemote(fn) {
  remote = true;
  try {
    return fn();
  } finally {
    remote = false;
  }
}

/** A button that, pressed in either window, is pressed in both. */
export function registerButton(key, button) {
  buttons.set(key, button);
  button.addEventListener("click", () => {
    if (!remote) post({type: "click", key});
  });
}

// A click may arrive while the other window's cells are still re-running after the input before it
// (a new guess makes a new button): wait two frames so it lands on the current button.
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

if (channel) {
  channel.onmessage = async ({data}) => {
    if (!data || typeof data.type !== "string") return;
    if (data.type === "input") asRemote(() => applyInput(String(data.key), String(data.value)));
    else if (data.type === "click") {
      await frames();
      const button = buttons.get(String(data.key));
      if (button?.isConnected) asRemote(() => button.click());
    } else handlers.get(data.type)?.(data);
  };
  onInputChange((key, value) => {
    if (!remote) post({type: "input", key, value});
  });
}
