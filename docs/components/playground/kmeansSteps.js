// k-means one step at a time: the run's history (starting centres, then the centres after each
// Lloyd iteration) unfolded into frames Start, Assign, Update, Assign, … so Assign (each point joins
// its nearest centre) and Update (each centre moves to the mean of its points) are separate steps.

/** The number of frames of a history of H states: Start, then Assign/Update pairs, ending on an Assign. */
export function frameCount(history) {
  return 2 * history.length;
}

/** Frame f of the run: {phase, centres, labels (null before the first Assign), previous centres, changed, moved}. */
export function kmeansFrame(history, f) {
  const last = frameCount(history) - 1;
  f = Math.max(0, Math.min(last, f));
  if (f === 0) return {phase: "start", centres: history[0].centers, labels: null, previous: null, changed: 0, moved: 0, index: 0, last};
  const i = Math.floor((f - 1) / 2);
  if (f % 2 === 1) {
    const before = i > 0 ? history[i - 1].labels : null;
    const changed = before ? history[i].labels.reduce((s, l, j) => s + (l !== before[j] ? 1 : 0), 0) : history[i].labels.length;
    return {phase: f === last ? "done" : "assign", centres: history[i].centers, labels: history[i].labels, previous: null, changed, moved: 0, index: f, last};
  }
  const from = history[i].centers, to = history[i + 1].centers;
  const moved = to.reduce((s, c, j) => s + Math.hypot(c[0] - from[j][0], c[1] - from[j][1]), 0);
  return {phase: "update", centres: to, labels: history[i].labels, previous: from, changed: 0, moved, index: f, last};
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What frame f shows, in words. */
export function frameSentence(frame, {k, init, iterations}) {
  const step = `Step ${frame.index} of ${frame.last}`;
  switch (frame.phase) {
    case "start":
      return `Start: ${plural(k, "centre")} ${init === "manual" ? "where you placed them" : init === "random" ? "on randomly chosen points" : "chosen by k-means++ (spread out, each far from the last)"}. Press Assign.`;
    case "assign":
      return `${step}, Assign: each point joins its nearest centre; ${plural(frame.changed, "point")} ${frame.changed === 1 ? "is" : "are"} in a new cluster. Press Update.`;
    case "update":
      return `${step}, Update: each centre moves to the mean of its points, ${+frame.moved.toPrecision(3)} in total. Press Assign.`;
    case "done":
      return `${step}: converged after ${plural(iterations, "iteration")}: assigning again changes nothing, so this is k-means' answer from this start.`;
    default:
      throw new RangeError(`unknown phase: ${frame.phase}`);
  }
}

function button(text, onclick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.addEventListener("click", onclick);
  return b;
}

/** The step bar: Start over, Assign, Update, Play/Pause, Finish and the sentence. onFrame(f) moves to frame f. */
export function kmeansStepBar(onFrame) {
  const node = document.createElement("div");
  node.className = "pk-pg-steps";
  let frame = null;
  let timer = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "Play";
  };
  const go = (f) => onFrame(Math.max(0, Math.min(frame.last, f)));
  const restart = button("Start over", () => (stop(), go(0)));
  const assign = button("Assign", () => (stop(), go(frame.index + 1)));
  const update = button("Update", () => (stop(), go(frame.index + 1)));
  const play = button("Play", () => {
    if (timer !== null) return stop();
    if (frame.index >= frame.last) go(0);
    play.textContent = "Pause";
    timer = setInterval(() => (frame.index >= frame.last ? stop() : go(frame.index + 1)), 700);
  });
  const finish = button("Finish", () => (stop(), go(frame.last)));
  const sentence = document.createElement("p");
  sentence.className = "pk-pg-step-sentence";
  sentence.setAttribute("aria-live", "polite");
  node.append(restart, assign, update, play, finish, sentence);
  node.show = (f, text) => {
    frame = f;
    const nextIsAssign = f.phase === "start" || f.phase === "update";
    assign.disabled = !nextIsAssign;
    update.disabled = f.phase !== "assign";
    finish.disabled = f.index >= f.last;
    restart.disabled = f.index === 0;
    sentence.textContent = text;
  };
  node.stop = stop;
  return node;
}
