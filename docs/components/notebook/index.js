// The notebook's public parts for pages: code cells, exercises, the work panel, and each lesson's exercises.
export {codeCell} from "./codeCell.js";
export {exercise, exercises} from "./exercise.js";
export {workPanel} from "./workPanel.js";
export {lessons} from "./exercises/index.js";
