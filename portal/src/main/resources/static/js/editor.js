// The article editor: a Markdown toolbar, a live preview rendered by the server (the same sanitizer
// readers get, sensitive words marked), and image upload that inserts Markdown with alt text.
(function () {
  var form = document.querySelector('[data-editor]');
  if (!form) return;
  var body = form.querySelector('#body');
  var title = form.querySelector('#title');
  var pane = form.querySelector('[data-preview-pane]');
  var sensitive = form.querySelector('[data-sensitive]');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  function headers(extra) {
    var h = extra || {};
    if (csrf && csrfHeader) h[csrfHeader.content] = csrf.content;
    return h;
  }

  function insert(before, after) {
    var start = body.selectionStart, end = body.selectionEnd, text = body.value;
    var selected = text.substring(start, end);
    body.value = text.substring(0, start) + before + selected + (after || '') + text.substring(end);
    body.focus();
    body.selectionStart = start + before.length;
    body.selectionEnd = start + before.length + selected.length;
    schedule();
  }
  form.querySelectorAll('[data-md]').forEach(function (button) {
    button.addEventListener('click', function () {
      var start = body.value.lastIndexOf('\n', body.selectionStart - 1) + 1;
      body.selectionStart = body.selectionEnd = start;
      insert(button.getAttribute('data-md'));
    });
  });
  form.querySelectorAll('[data-md-wrap]').forEach(function (button) {
    button.addEventListener('click', function () {
      var mark = button.getAttribute('data-md-wrap');
      insert(mark, mark);
    });
  });

  var timer = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(preview, 400);
  }
  function preview() {
    fetch(form.getAttribute('data-preview'), {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ title: title.value, markdown: body.value })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
      if (!p) return;
      pane.innerHTML = p.html; // sanitized on the server with the readers' allow-list
      sensitive.hidden = p.sensitive.length === 0;
      sensitive.lastElementChild.textContent = p.sensitive.join('、');
    });
  }
  body.addEventListener('input', schedule);

  // Formatted text from Word: the server turns it into clean HTML (headings, emphasis, lists, tables), which
  // Markdown keeps as it is; a plain-text paste would lose all of that.
  var officeHtml = /urn:schemas-microsoft-com|class="?Mso|mso-[a-z-]+\s*:/i;
  body.addEventListener('paste', function (event) {
    var html = event.clipboardData && event.clipboardData.getData('text/html');
    if (!html || !officeHtml.test(html)) return;
    var plain = event.clipboardData.getData('text/plain'); // the clipboard is gone once the event is over
    event.preventDefault();
    fetch(form.getAttribute('data-paste'), {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ html: html })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
      if (p) insert('\n\n' + p.html + '\n\n');
      else insert(plain);
    });
  });
  title.addEventListener('input', schedule);
  preview();

  var file = form.querySelector('[data-image-file]');
  var alt = form.querySelector('[data-image-alt]');
  var status = form.querySelector('[data-image-status]');
  form.querySelector('[data-image-upload]').addEventListener('click', function () {
    if (!file.files.length) return;
    var data = new FormData();
    data.append('file', file.files[0]);
    data.append('alt', alt.value);
    status.textContent = '…';
    fetch(form.getAttribute('data-images'), { method: 'POST', credentials: 'same-origin', headers: headers(), body: data })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (result) {
        if (!result.ok) { status.textContent = result.json.detail || '上传失败'; return; }
        status.textContent = '';
        insert('\n' + result.json.markdown + '\n');
        file.value = '';
        alt.value = '';
      }, function () { status.textContent = '上传失败，请检查网络后重试'; });
  });

  // The cover: uploaded like body images (alt text required), kept in the hidden coverKey field.
  var cover = form.querySelector('[data-cover]');
  var coverKey = form.querySelector('#coverKey');
  var coverFile = cover.querySelector('[data-cover-file]');
  var coverAlt = cover.querySelector('[data-cover-alt]');
  var coverPreview = cover.querySelector('[data-cover-preview]');
  var coverRemove = cover.querySelector('[data-cover-remove]');
  var coverStatus = cover.querySelector('[data-cover-status]');
  cover.querySelector('[data-cover-upload]').addEventListener('click', function () {
    if (!coverFile.files.length) return;
    var data = new FormData();
    data.append('file', coverFile.files[0]);
    data.append('alt', coverAlt.value);
    coverStatus.textContent = '…';
    fetch(form.getAttribute('data-images'), { method: 'POST', credentials: 'same-origin', headers: headers(), body: data })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (result) {
        if (!result.ok) { coverStatus.textContent = result.json.detail || '上传失败'; return; }
        coverStatus.textContent = '';
        coverKey.value = result.json.cover;
        coverPreview.src = result.json.url;
        coverPreview.alt = coverAlt.value;
        coverPreview.hidden = false;
        coverRemove.hidden = false;
        coverFile.value = '';
      }, function () { coverStatus.textContent = '上传失败，请检查网络后重试'; });
  });
  coverRemove.addEventListener('click', function () {
    coverKey.value = '';
    coverPreview.hidden = true;
    coverPreview.removeAttribute('src');
    coverRemove.hidden = true;
  });
})();
