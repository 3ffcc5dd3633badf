// The caption editor of the video desk: the cues beside the playing video. The form's textarea stays the
// one source of what is saved (it is the whole editor without JavaScript); every edit here rewrites it as
// WebVTT, and the server checks it again when it is saved.
(function () {
  'use strict';

  var root = document.querySelector('[data-caption-editor]');
  var source = document.querySelector('[data-caption-text]');
  if (!root || !source) {
    return;
  }
  var words = JSON.parse(document.getElementById('caption-editor-texts').textContent || '{}');
  var player = document.getElementById('caption-player');
  var list = root.querySelector('[data-caption-cues]');
  var status = root.querySelector('[data-caption-status]');
  var now = root.querySelector('[data-caption-now]');
  var undoButton = root.querySelector('[data-undo]');
  var duration = Number(root.getAttribute('data-duration')) * 1000 || 0;
  var tolerance = Number(root.getAttribute('data-tolerance')) || 0;
  var maxCues = Number(root.getAttribute('data-max-cues')) || 5000;
  var maxChars = Number(root.getAttribute('data-max-chars')) || 500;
  var TIME = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*$/;

  var cues = [];
  var history = [];
  var readable = true;
  var track = null;
  var cursor = {};

  function say(key, values) {
    var text = words[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(String(values[name]));
    });
    return text;
  }

  function parseTime(text) {
    var m = TIME.exec(text || '');
    if (!m) {
      return -1;
    }
    var minutes = Number(m[2]);
    var seconds = Number(m[3]);
    if (seconds > 59 || (m[1] !== undefined && minutes > 59)) {
      return -1;
    }
    return ((Number(m[1] || 0) * 60 + minutes) * 60 + seconds) * 1000 + Number((m[4] + '00').slice(0, 3));
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
      s = '0' + s;
    }
    return s;
  }

  function formatTime(ms) {
    var s = Math.floor(ms / 1000);
    return pad(Math.floor(s / 3600), 2) + ':' + pad(Math.floor(s / 60) % 60, 2) + ':' + pad(s % 60, 2) + '.' + pad(ms % 1000, 3);
  }

  // WebVTT or SRT, as the server reads them: blocks between blank lines, a timing line with "-->" in each.
  function parse(text) {
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    var out = [];
    var i = /^\uFEFF?WEBVTT/.test(lines[0]) ? skipBlock(lines, 0) : 0;
    while (i < lines.length) {
      if (!lines[i].trim()) {
        i++;
        continue;
      }
      var end = skipBlock(lines, i);
      if (/^(NOTE|STYLE|REGION)/.test(lines[i])) {
        i = end;
        continue;
      }
      var timing = lines[i].indexOf('-->') >= 0 ? i : i + 1;
      if (timing >= end || lines[timing].indexOf('-->') < 0) {
        return { cues: out, brokenAt: i + 1 };
      }
      var parts = lines[timing].split('-->');
      var from = parseTime(parts[0]);
      var to = parseTime(parts[1].trim().split(/\s+/)[0]);
      if (from < 0 || to < 0) {
        return { cues: out, brokenAt: timing + 1 };
      }
      var texts = lines.slice(timing + 1, end).map(function (l) {
        return l.replace(/<[^>\n]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').trim();
      }).filter(function (l) { return l; });
      out.push({ start: from, end: to, text: texts.join('\n') });
      i = end;
    }
    return { cues: out, brokenAt: 0 };
  }

  function skipBlock(lines, from) {
    var i = from;
    while (i < lines.length && lines[i].trim()) {
      i++;
    }
    return i;
  }

  function escapeCue(text) {
    // a blank line would end the cue, "-->" would read as a timing line
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n\s*\n/g, '\n');
  }

  function serialize(some) {
    return 'WEBVTT\n' + (some || cues).map(function (c) {
      return '\n' + formatTime(c.start) + ' --> ' + formatTime(c.end) + '\n' + escapeCue(c.text) + '\n';
    }).join('');
  }

  // The server's checks, so a problem shows where it is while the editor types; the server decides on save.
  function problemsOf(index) {
    var c = cues[index];
    var found = [];
    var text = c.text.trim();
    if (!text) {
      found.push(say('empty'));
    } else if (text.length > maxChars) {
      found.push(say('tooLong', { max: maxChars }));
    } else if (text.indexOf('\uFFFD') >= 0) {
      found.push(say('broken'));
    } else if (/[\uE000-\uF8FF]/.test(text)) {
      found.push(say('legacy'));
    }
    if (c.end <= c.start) {
      found.push(say('order'));
    }
    if (index > 0 && c.start < cues[index - 1].end) {
      found.push(say('overlap', { p: index, e: formatTime(cues[index - 1].end), s: formatTime(c.start) }));
    }
    if (duration) {
      if (c.start >= duration) {
        found.push(say('after', { d: formatTime(duration) }));
      } else if (c.end > duration + tolerance) {
        found.push(say('beyond', { e: formatTime(c.end), d: formatTime(duration) }));
      }
    }
    return found;
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      el.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  function button(action, label, title) {
    var b = element('button', { type: 'button', 'class': 'secondary small', 'data-action': action }, label);
    if (title) {
      b.title = title;
    }
    return b;
  }

  function render() {
    var focused = document.activeElement && list.contains(document.activeElement)
      ? { index: document.activeElement.closest('li') && document.activeElement.closest('li').getAttribute('data-index'), field: document.activeElement.getAttribute('data-field') }
      : null;
    list.textContent = '';
    cues.forEach(function (c, index) {
      var n = index + 1;
      var li = element('li', { id: 'cue-' + n, 'data-index': String(index), 'class': 'caption-cue' });
      var head = element('div', { 'class': 'caption-cue-head' });
      var select = element('input', { type: 'checkbox', 'data-field': 'selected', 'aria-label': say('select', { n: n }) });
      select.checked = !!c.selected;
      head.appendChild(select);
      head.appendChild(element('a', { href: '#cue-' + n, 'data-action': 'seek', 'class': 'caption-cue-number', title: say('seek') }, say('cue', { n: n })));
      head.appendChild(timeField(index, 'start', c.start));
      head.appendChild(timeField(index, 'end', c.end));
      li.appendChild(head);
      var textId = 'cue-text-' + n;
      li.appendChild(element('label', { 'for': textId, 'class': 'visually-hidden' }, say('cue', { n: n }) + ' ' + say('text')));
      var area = element('textarea', { id: textId, rows: '2', 'data-field': 'text', maxlength: String(maxChars + 100) });
      area.value = c.text;
      li.appendChild(area);
      li.appendChild(element('ul', { 'class': 'caption-cue-problems', id: 'cue-problems-' + n }));
      var actions = element('p', { 'class': 'caption-cue-actions' });
      actions.appendChild(button('split', say('split'), say('splitHint')));
      if (index < cues.length - 1) {
        actions.appendChild(button('merge', say('merge')));
      }
      actions.appendChild(button('insert', say('insert')));
      actions.appendChild(button('delete', say('delete')));
      li.appendChild(actions);
      list.appendChild(li);
    });
    showProblems();
    markCurrent();
    if (focused && focused.index !== null) {
      var again = list.querySelector('li[data-index="' + focused.index + '"] [data-field="' + focused.field + '"]');
      if (again) {
        again.focus();
      }
    }
  }

  // The problems beside each cue and the count, without redrawing the fields someone may be typing in.
  function showProblems() {
    var total = 0;
    Array.prototype.forEach.call(list.children, function (li, index) {
      var n = index + 1;
      var problems = problemsOf(index);
      var ul = li.querySelector('.caption-cue-problems');
      var area = li.querySelector('[data-field="text"]');
      total += problems.length;
      ul.textContent = '';
      problems.forEach(function (p) {
        ul.appendChild(element('li', {}, say('place', { n: n, t: formatTime(cues[index].start), m: p })));
      });
      li.classList.toggle('has-problem', problems.length > 0);
      if (problems.length) {
        area.setAttribute('aria-invalid', 'true');
        area.setAttribute('aria-describedby', ul.id);
      } else {
        area.removeAttribute('aria-invalid');
        area.removeAttribute('aria-describedby');
      }
    });
    if (cues.length > maxCues) {
      total++;
    }
    status.textContent = (cues.length > maxCues ? say('tooMany', { max: maxCues }) + ' ' : '')
      + (total ? say('status', { n: cues.length, p: total }) : say('ok', { n: cues.length }));
  }

  function timeField(index, which, ms) {
    var id = 'cue-' + which + '-' + (index + 1);
    var wrap = element('span', { 'class': 'caption-time' });
    wrap.appendChild(element('label', { 'for': id }, say(which)));
    var input = element('input', { id: id, 'data-field': which, inputmode: 'decimal', size: '12', autocomplete: 'off' });
    input.value = formatTime(ms);
    wrap.appendChild(input);
    return wrap;
  }

  // Every change goes through here: remembered for undo, written to the form, shown in the player.
  function change(action) {
    history.push(JSON.stringify(cues));
    if (history.length > 100) {
      history.shift();
    }
    action();
    undoButton.disabled = false;
    commit();
  }

  function commit() {
    // the server's list was of the text as sent; from the first edit on, the live checks beside the cues take over
    var sent = document.querySelector('[data-caption-problems]');
    if (sent) {
      sent.hidden = true;
    }
    source.value = serialize();
    render();
    updateTrack();
  }

  function updateTrack() {
    if (!player || !player.addTextTrack || typeof VTTCue === 'undefined') {
      return;
    }
    if (!track) {
      track = player.addTextTrack('captions', root.getAttribute('data-label'), root.getAttribute('data-lang'));
      track.mode = 'showing';
    }
    while (track.cues && track.cues.length) {
      track.removeCue(track.cues[0]);
    }
    cues.forEach(function (c) {
      if (c.end > c.start) {
        track.addCue(new VTTCue(c.start / 1000, c.end / 1000, c.text));
      }
    });
  }

  function markCurrent() {
    if (!player) {
      return;
    }
    var t = player.currentTime * 1000;
    if (now) {
      now.textContent = formatTime(Math.round(t));
    }
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      var on = cues[i] && cues[i].start <= t && t < cues[i].end;
      items[i].classList.toggle('is-current', !!on);
      if (on) {
        items[i].setAttribute('aria-current', 'true');
      } else {
        items[i].removeAttribute('aria-current');
      }
    }
  }

  function seek(index) {
    if (player && cues[index]) {
      player.currentTime = cues[index].start / 1000 + 0.001;
      markCurrent();
    }
  }

  function playerTime() {
    return player ? Math.round(player.currentTime * 1000) : -1;
  }

  function split(index) {
    var c = cues[index];
    var at = playerTime();
    if (!(at > c.start && at < c.end)) {
      at = Math.round((c.start + c.end) / 2);
    }
    var text = c.text;
    var place = cursor.index === index && cursor.at > 0 && cursor.at < text.length
      ? cursor.at
      : Math.round(text.length * (at - c.start) / Math.max(1, c.end - c.start));
    change(function () {
      cues.splice(index, 1,
        { start: c.start, end: at, text: text.slice(0, place).trim() },
        { start: at, end: c.end, text: text.slice(place).trim() });
    });
  }

  function merge(index) {
    var a = cues[index];
    var b = cues[index + 1];
    change(function () {
      cues.splice(index, 2, { start: a.start, end: Math.max(a.end, b.end), text: (a.text + '\n' + b.text).trim() });
    });
  }

  function insertAfter(index) {
    var previous = cues[index];
    var next = cues[index + 1];
    var start = previous ? previous.end : Math.max(0, playerTime());
    var end = start + 2000;
    if (next) {
      end = Math.min(end, next.start);
    }
    if (duration) {
      end = Math.min(end, duration);
    }
    change(function () {
      cues.splice(index + 1, 0, { start: start, end: Math.max(end, start + 1), text: '' });
    });
    var added = list.querySelector('#cue-text-' + (index + 2));
    if (added) {
      added.focus();
    }
  }

  function shift(selectedOnly) {
    var ms = Math.round(Number(root.querySelector('[data-shift-ms]').value) || 0);
    var chosen = cues.filter(function (c) { return !selectedOnly || c.selected; });
    if (!chosen.length) {
      status.textContent = say('nothingSelected');
      return;
    }
    if (chosen.some(function (c) { return c.start + ms < 0; })) {
      status.textContent = say('shiftNegative');
      return;
    }
    change(function () {
      chosen.forEach(function (c) {
        c.start += ms;
        c.end += ms;
      });
    });
    status.textContent = say('done', { n: chosen.length }) + ' ' + status.textContent;
  }

  // Two cues are moved to where they should start; every time is mapped by the same straight line, which
  // fixes captions made for a cut of another length or frame rate.
  function stretch() {
    var a = Number(root.querySelector('[data-anchor="1"]').value) - 1;
    var b = Number(root.querySelector('[data-anchor="2"]').value) - 1;
    var aAt = parseTime(root.querySelector('[data-anchor-at="1"]').value);
    var bAt = parseTime(root.querySelector('[data-anchor-at="2"]').value);
    if (!cues[a] || !cues[b] || a === b || aAt < 0 || bAt < 0 || cues[a].start === cues[b].start
        || (bAt - aAt) / (cues[b].start - cues[a].start) <= 0) {
      status.textContent = say('stretchBad');
      return;
    }
    var scale = (bAt - aAt) / (cues[b].start - cues[a].start);
    var origin = cues[a].start;
    var map = function (t) { return Math.round(aAt + (t - origin) * scale); };
    if (cues.some(function (c) { return map(c.start) < 0; })) {
      status.textContent = say('shiftNegative');
      return;
    }
    change(function () {
      cues.forEach(function (c) {
        c.start = map(c.start);
        c.end = map(c.end);
      });
    });
    status.textContent = say('done', { n: cues.length }) + ' ' + status.textContent;
  }

  function undo() {
    if (!history.length) {
      return;
    }
    cues = JSON.parse(history.pop());
    undoButton.disabled = !history.length;
    commit();
  }

  function load() {
    var read = parse(source.value);
    readable = !read.brokenAt;
    cues = read.cues;
    root.classList.toggle('is-readonly', !readable);
    root.querySelectorAll('button, [data-caption-cues] input, [data-caption-cues] textarea').forEach(function (el) {
      if (el !== undoButton) {
        el.disabled = !readable;
      }
    });
    if (!readable) {
      list.textContent = '';
      status.textContent = say('unreadable', { line: read.brokenAt });
      return;
    }
    render();
    updateTrack();
  }

  list.addEventListener('click', function (event) {
    var target = event.target.closest('[data-action]');
    var item = event.target.closest('li[data-index]');
    if (!item || !readable) {
      return;
    }
    var index = Number(item.getAttribute('data-index'));
    if (!target) {
      // a click on the cue itself (not in a field) seeks there
      if (!event.target.closest('input, textarea, label')) {
        seek(index);
      }
      return;
    }
    var action = target.getAttribute('data-action');
    if (action === 'seek') {
      event.preventDefault();
      seek(index);
    } else if (action === 'split') {
      split(index);
    } else if (action === 'merge') {
      merge(index);
    } else if (action === 'insert') {
      insertAfter(index);
    } else if (action === 'delete') {
      change(function () { cues.splice(index, 1); });
    }
  });

  list.addEventListener('input', function (event) {
    var field = event.target.getAttribute('data-field');
    var item = event.target.closest('li[data-index]');
    if (field !== 'text' || !item) {
      return;
    }
    // typed text is written to the form at once, but the list is not redrawn under the typist
    var typed = cues.slice();
    typed[Number(item.getAttribute('data-index'))] = Object.assign({}, typed[Number(item.getAttribute('data-index'))], { text: event.target.value });
    source.value = serialize(typed);
  });

  list.addEventListener('change', function (event) {
    var field = event.target.getAttribute('data-field');
    var item = event.target.closest('li[data-index]');
    if (!item) {
      return;
    }
    var index = Number(item.getAttribute('data-index'));
    if (field === 'selected') {
      cues[index].selected = event.target.checked;
    } else if (field === 'text') {
      edited(index, 'text', event.target.value);
    } else if (field === 'start' || field === 'end') {
      var ms = parseTime(event.target.value);
      if (ms < 0) {
        // what was typed stays in the field, marked, until it is a time
        event.target.setAttribute('aria-invalid', 'true');
        status.textContent = say('place', { n: index + 1, t: formatTime(cues[index].start), m: say('badTime') });
        return;
      }
      event.target.removeAttribute('aria-invalid');
      event.target.value = formatTime(ms);
      edited(index, field, ms);
    }
  });

  // One field of one cue changed: the fields stay as they are (focus and Tab go on), the rest follows.
  function edited(index, field, value) {
    history.push(before || JSON.stringify(cues));
    undoButton.disabled = false;
    cues[index][field] = value;
    before = JSON.stringify(cues);
    var sent = document.querySelector('[data-caption-problems]');
    if (sent) {
      sent.hidden = true;
    }
    source.value = serialize();
    showProblems();
    updateTrack();
    markCurrent();
  }

  // the cues before someone starts typing in one, for undo
  var before = null;
  list.addEventListener('focusin', function (event) {
    if (event.target.getAttribute('data-field')) {
      before = JSON.stringify(cues);
    }
  });

  // where the cursor was in a cue's text, for a split there
  list.addEventListener('focusout', function (event) {
    var item = event.target.closest('li[data-index]');
    if (item && event.target.getAttribute('data-field') === 'text') {
      cursor = { index: Number(item.getAttribute('data-index')), at: event.target.selectionStart };
    }
  });

  root.querySelector('[data-add]').addEventListener('click', function () { insertAfter(cues.length - 1); });
  undoButton.addEventListener('click', undo);
  root.querySelectorAll('[data-shift]').forEach(function (b) {
    b.addEventListener('click', function () { shift(b.getAttribute('data-shift') === 'selected'); });
  });
  root.querySelector('[data-stretch]').addEventListener('click', stretch);
  // an edit of the text itself rebuilds the list from it
  source.addEventListener('change', function () {
    history.push(JSON.stringify(cues));
    undoButton.disabled = false;
    load();
  });
  if (player) {
    player.addEventListener('timeupdate', markCurrent);
    player.addEventListener('seeked', markCurrent);
  }
  // a problem named by the server leads to its cue
  document.querySelectorAll('[data-caption-problems] a[href^="#cue-"]').forEach(function (a) {
    a.addEventListener('click', function () {
      var index = Number(a.getAttribute('href').slice(5)) - 1;
      seek(index);
      var text = document.getElementById('cue-text-' + (index + 1));
      if (text) {
        text.focus();
      }
    });
  });

  document.querySelectorAll('[data-caption-js-only]').forEach(function (el) { el.hidden = false; });
  root.classList.add('is-enhanced');
  var sourceBox = document.querySelector('[data-caption-source]');
  if (sourceBox) {
    sourceBox.open = false;
  }
  load();
}());
