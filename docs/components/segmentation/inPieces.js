// Drawing a result in pieces (issue 15): each chart of the results is drawn in a task of its own, in
// page order, so that no single main-thread task draws them all (at 1,000,000 rows the charts of one
// result took 300–800 ms in one task). Each piece's slot holds its place until it is drawn.

const queue = [];
let scheduled = false;

function next() {
  scheduled = false;
  const piece = queue.shift();
  if (queue.length) schedule();
  piece?.();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(next, 0);
}

/** How many pieces wait to be drawn (the browser benchmark waits for 0). */
export function piecesPending() {
  return queue.length;
}

/**
 * inPieces(resize) → a resize(render) whose render runs in a task of its own: `resize` calls back at
 * once with an empty slot (at least `minHeight` px tall), filled by render(width) in a later task.
 */
export function inPieces(resize, {minHeight = 120} = {}) {
  return (render) =>
    resize((width) => {
      const slot = document.createElement("div");
      slot.style.minHeight = `${minHeight}px`;
      slot.dataset.piece = "pending";
      queue.push(() => {
        if (!slot.isConnected) return; // replaced (a new width, a new result) before its turn
        slot.replaceChildren(render(width));
        slot.style.minHeight = "";
        delete slot.dataset.piece;
      });
      schedule();
      return slot;
    });
}
