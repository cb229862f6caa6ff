// Types of scriptSpec.js (issue 18).
import type {ScriptSpec} from "../../../src/index.js";
export function scriptSpec(snapshot: {result: {model?: Record<string, unknown> | null}; params: Record<string, unknown>; data: {name: string}}): ScriptSpec;
