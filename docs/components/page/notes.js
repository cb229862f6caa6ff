// Material for the instructor only, and the predict-then-reveal button shared by both windows of a
// presentation. Built with DOM methods and textContent: nothing is parsed as HTML.
import {registerButton} from "./sync.js";

/**
 * Lines for the instructor (questions to ask the room). They are shown in the speaker view only:
 * never on the page a room sees, and not in the ordinary page either.
 */
export function instructorNotes(lines) {
  const aside = document.createElement("aside");
  aside.className = "pk-instructor-notes";
  aside.setAttribute("aria-label", "Instructor notes");
  const h = document.createElement("strong");
  h.textContent = "Instructor notes";
  const ul = document.createElement("ul");
  for (const line of lines) {
    const li = document.createElement("li");
    li.textContent = line;
    ul.append(li);
  }
  aside.append(h, ul);
  return aside;
}

/**
 * revealButton(key, {label, guess}) → an Inputs.button-like form whose value is null until pressed,
 * then the guess it was pressed with ("none" when there was none). Create it in a cell that depends on
 * the guess, so a new guess makes a new, unpressed button: an answer is never re-graded. Pressing it in
 * either window of a presentation presses it in both.
 */
export function revealButton(key, {label = "Lock in my guess and reveal", guess = null} = {}) {
  const form = document.createElement("form");
  form.className = "pk-reveal-button";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  form.append(button);
  form.value = null;
  form.addEventListener("submit", (event) => event.preventDefault());
  button.addEventListener("click", () => {
    form.value = guess ?? "none";
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  registerButton(key, button);
  return form;
}
