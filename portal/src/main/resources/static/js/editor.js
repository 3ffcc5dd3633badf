// The article editor: a Markdown toolbar, a live preview rendered by the server (the same sanitizer
// readers get, sensitive words marked), image upload that inserts Markdown with alt text, a live word
// count, autosave to this browser, and the media library of uploaded images.
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
    body.dispatchEvent(new Event('input')); // preview, word count and autosave follow typed text only
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

  // Word count as Chinese editors count it: every character of the text a reader sees, without spaces
  // and Markdown marks; a run of Latin letters or digits counts as one word.
  var count = form.querySelector('[data-word-count]');
  function words(text) {
    var visible = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[#>*_`|~-]/g, '')
      .replace(/[A-Za-z0-9]+([.'’][A-Za-z0-9]+)*/g, 'w')
      .replace(/\s+/g, '');
    return Array.from(visible).length;
  }
  function showCount() {
    count.textContent = count.getAttribute('data-template').replace('{0}', words(body.value));
  }
  body.addEventListener('input', showCount);
  showCount();

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
      if (p) insert('\n\n' + (p.markdown || p.html) + '\n\n');
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

  // Autosave: every change is kept in this browser (localStorage, keyed by the article) so that a reload,
  // a crash or a lost connection loses nothing; the server keeps only what the editor saves, so each
  // save stays one deliberate revision. What the page shows equal to what is kept clears the copy.
  var key = form.getAttribute('data-draft-key');
  var fields = ['title', 'summary', 'body'].map(function (id) { return form.querySelector('#' + id); });
  var savedStatus = form.querySelector('[data-autosave-status]');
  var restore = form.querySelector('[data-restore]');
  function clock(at) {
    var d = new Date(at);
    return d.getMonth() + 1 + '月' + d.getDate() + '日 ' + ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }
  function kept() {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }
  function same(copy) {
    return fields.every(function (f) { return (copy.values[f.id] || '') === f.value; });
  }
  var keepTimer = null;
  var dirty = false;
  function keepNow() {
    clearTimeout(keepTimer);
    if (!dirty) return;
    var values = {};
    fields.forEach(function (f) { values[f.id] = f.value; });
    var at = Date.now();
    try {
      localStorage.setItem(key, JSON.stringify({ at: at, values: values }));
      dirty = false;
      savedStatus.textContent = savedStatus.getAttribute('data-template').replace('{0}', clock(at));
    } catch (e) { /* storage full or disabled: the editor still saves to the server */ }
  }
  function keep() {
    dirty = true;
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepNow, 800);
  }
  // a reload or a closed tab within the pause after typing still keeps the last keystrokes
  window.addEventListener('pagehide', keepNow);
  document.addEventListener('visibilitychange', function () { if (document.hidden) keepNow(); });
  var copy = kept();
  if (copy && copy.values) {
    if (same(copy)) {
      localStorage.removeItem(key);
    } else {
      var text = restore.querySelector('[data-restore-text]');
      text.textContent = text.getAttribute('data-template').replace('{0}', clock(copy.at));
      restore.hidden = false;
      restore.querySelector('[data-restore-apply]').addEventListener('click', function () {
        fields.forEach(function (f) { if (typeof copy.values[f.id] === 'string') f.value = copy.values[f.id]; });
        restore.hidden = true;
        showCount();
        preview();
      });
      restore.querySelector('[data-restore-discard]').addEventListener('click', function () {
        localStorage.removeItem(key);
        restore.hidden = true;
      });
    }
  }
  fields.forEach(function (f) { f.addEventListener('input', keep); });

  // The media library: the team's uploaded images, a page at a time, to insert again or use as cover.
  var library = form.querySelector('[data-library]');
  var items = library.querySelector('[data-library-items]');
  var prev = library.querySelector('[data-library-prev]');
  var next = library.querySelector('[data-library-next]');
  var pageLabel = library.querySelector('[data-library-page]');
  var page = 0;
  function useAsCover(image) {
    coverKey.value = image.cover;
    coverPreview.src = image.url;
    coverPreview.alt = image.alt;
    coverPreview.hidden = false;
    coverRemove.hidden = false;
  }
  function button(label, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }
  function load(wanted) {
    fetch(form.getAttribute('data-images') + '?page=' + wanted, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (found) {
        if (!found) return;
        page = found.page;
        items.textContent = '';
        if (!found.images.length) {
          var none = document.createElement('li');
          none.textContent = items.getAttribute('data-label-empty');
          items.appendChild(none);
        }
        found.images.forEach(function (image) {
          var li = document.createElement('li');
          var img = document.createElement('img');
          img.src = image.thumbnail;
          img.alt = image.alt;
          img.loading = 'lazy';
          img.width = 160;
          img.height = 107;
          var caption = document.createElement('span');
          caption.textContent = image.alt;
          li.appendChild(img);
          li.appendChild(caption);
          li.appendChild(button(items.getAttribute('data-label-insert'), function () { insert('\n' + image.markdown + '\n'); }));
          li.appendChild(button(items.getAttribute('data-label-cover'), function () { useAsCover(image); }));
          items.appendChild(li);
        });
        pageLabel.textContent = (found.page + 1) + ' / ' + found.pages;
        pageLabel.parentNode.hidden = found.pages <= 1;
        prev.disabled = found.page <= 0;
        next.disabled = found.page + 1 >= found.pages;
      });
  }
  library.addEventListener('toggle', function () { if (library.open) load(page); });
  prev.addEventListener('click', function () { load(page - 1); });
  next.addEventListener('click', function () { load(page + 1); });
})();
