// A button that prints the page (the 实践站 poster); without scripts the browser's own print menu does the same.
document.querySelectorAll('[data-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
