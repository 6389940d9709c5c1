// The program editor: a textarea with a line-number gutter, Tab inserting
// four spaces, and two line markers (the current step's line, an error line)
// drawn behind the text and kept in place while the textarea scrolls.

const INDENT = "    ";

export class Editor {
  constructor({ textarea, gutter, lineMark, errorMark, onRun }) {
    this.textarea = textarea;
    this.gutter = gutter;
    this.lineMark = lineMark;
    this.errorMark = errorMark;
    this.markedLine = null;
    this.errorLine = null;
    textarea.addEventListener("input", () => { this.clearError(); this.refresh(); });
    textarea.addEventListener("scroll", () => this.place());
    textarea.addEventListener("keydown", (event) => this.keydown(event, onRun));
    new ResizeObserver(() => this.place()).observe(textarea);
    this.refresh();
  }

  get value() { return this.textarea.value; }
  set value(text) { this.textarea.value = text; this.clearError(); this.mark(null); this.refresh(); }

  keydown(event, onRun) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      onRun();
      return;
    }
    if (event.key === "Escape") { this.escaped = true; return; }
    if (event.key !== "Tab") { this.escaped = false; return; }
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    // Escape then Tab still leaves the editor, so keyboard users are never trapped.
    if (this.escaped) { this.escaped = false; return; }
    event.preventDefault();
    const { selectionStart: start, selectionEnd: end, value } = this.textarea;
    if (event.shiftKey) {
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const removable = value.slice(lineStart, lineStart + 4).match(/^ */)[0].length;
      if (removable > 0) {
        this.textarea.setRangeText("", lineStart, lineStart + removable, "preserve");
        this.textarea.selectionStart = this.textarea.selectionEnd = Math.max(lineStart, start - removable);
      }
    } else if (value.slice(start, end).includes("\n")) {
      // A selection over several lines indents each of them.
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const block = value.slice(lineStart, end);
      const indented = block.replace(/^/gm, INDENT);
      this.textarea.setRangeText(indented, lineStart, end, "select");
    } else {
      this.textarea.setRangeText(INDENT, start, end, "end");
    }
    this.textarea.dispatchEvent(new Event("input"));
  }

  /** Redraws the gutter for the current number of lines. */
  refresh() {
    const count = this.value.split("\n").length;
    let numbers = "";
    for (let i = 1; i <= count; i++) numbers += i + "\n";
    this.gutter.textContent = numbers;
    this.place();
  }

  lineHeight() {
    return parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
  }

  place() {
    const height = this.lineHeight();
    const top = parseFloat(getComputedStyle(this.textarea).paddingTop) || 0;
    for (const [mark, line] of [[this.lineMark, this.markedLine], [this.errorMark, this.errorLine]]) {
      if (line == null) { mark.hidden = true; continue; }
      mark.hidden = false;
      mark.style.top = `${top + (line - 1) * height - this.textarea.scrollTop}px`;
      mark.style.height = `${height}px`;
    }
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  /** Highlights `line` (1-based) as the current step's line and scrolls it into view; null clears. */
  mark(line) {
    this.markedLine = Number.isInteger(line) && line > 0 ? line : null;
    if (this.markedLine != null) this.reveal(this.markedLine);
    this.place();
  }

  /** Marks an error at `line`, optionally putting the caret at `column`. */
  showError(line, column) {
    this.errorLine = Number.isInteger(line) && line > 0 ? line : null;
    if (this.errorLine != null) this.reveal(this.errorLine);
    this.place();
  }

  clearError() { this.errorLine = null; this.place(); }

  /** Focuses the editor with the caret at line/column (1-based). */
  focusAt(line, column = 1) {
    const lines = this.value.split("\n");
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
    offset += Math.max(0, Math.min(column - 1, (lines[line - 1] || "").length));
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    this.reveal(line);
  }

  reveal(line) {
    const height = this.lineHeight();
    const y = (line - 1) * height;
    const view = this.textarea.clientHeight;
    if (y < this.textarea.scrollTop || y + height > this.textarea.scrollTop + view - 8) {
      this.textarea.scrollTop = Math.max(0, y - view / 3);
    }
  }
}
