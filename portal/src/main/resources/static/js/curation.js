// Column curation: drag an item to its new place; the order is saved at once through the same
// endpoint the 上移/下移 buttons use (they keep working without this script, and by keyboard).
(function () {
  var list = document.querySelector('[data-reorder]');
  if (!list) return;
  var status = document.querySelector('[data-reorder-status]');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var dragged = null;

  function items() { return Array.prototype.slice.call(list.children); }

  list.addEventListener('dragstart', function (event) {
    dragged = event.target.closest('li');
    if (!dragged) return;
    dragged.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.getAttribute('data-item-id'));
  });
  list.addEventListener('dragover', function (event) {
    var over = event.target.closest('li');
    if (!dragged || !over || over === dragged) return;
    // pinned items stay above the others: only move within the same group
    if (over.getAttribute('data-pinned') !== dragged.getAttribute('data-pinned')) return;
    event.preventDefault();
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener('drop', function (event) { event.preventDefault(); });
  list.addEventListener('dragend', function () {
    if (!dragged) return;
    var moved = dragged;
    dragged = null;
    moved.classList.remove('dragging');
    save(moved, items().indexOf(moved) + 1);
  });

  function save(item, position) {
    status.textContent = status.getAttribute('data-text-saving');
    var body = new URLSearchParams({ action: 'position', position: String(position) });
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrf && csrfHeader) headers[csrfHeader.content] = csrf.content;
    fetch(list.getAttribute('data-reorder-url') + '/' + item.getAttribute('data-item-id'), {
      method: 'POST', headers: headers, body: body, credentials: 'same-origin'
    }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      // the page again from the server: its order, buttons and preview as saved
      location.reload();
    }).catch(function () {
      status.textContent = status.getAttribute('data-text-failed');
      status.classList.remove('visually-hidden');
      status.classList.add('alert');
    });
  }
})();
