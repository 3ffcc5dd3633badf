// The detailed registration view: ECharts drawn from /registrations/data.json. Every chart has a
// data table beside it in the page, so the charts are hidden from screen readers.
(function () {
  'use strict';

  var ACCENT = '#0a5c9e';
  var L = { total: '', goal: '', increment: '' };
  var GOAL = '#f5a623';

  function townsChart(data) {
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0, itemGap: 32, data: [L.total, L.goal] },
      grid: { top: 40, left: 8, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.towns.map(function (t) { return t.name; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: L.total, type: 'bar', data: data.towns.map(function (t) { return t.total; }), itemStyle: { color: ACCENT } },
        { name: L.goal, type: 'bar', data: data.towns.map(function (t) { return t.goal; }), itemStyle: { color: GOAL } }
      ]
    };
  }

  function rankingChart(data) {
    var ranked = data.ranking.slice().reverse();
    var byPercent = ranked.some(function (t) { return t.percent !== null; });
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 40, containLabel: true },
      xAxis: { type: 'value', max: byPercent ? function (v) { return Math.max(100, v.max); } : null },
      yAxis: { type: 'category', data: ranked.map(function (t) { return t.name; }) },
      series: [{
        type: 'bar',
        data: ranked.map(function (t) { return byPercent ? t.percent : t.total; }),
        itemStyle: { color: ACCENT },
        label: { show: true, position: 'right', formatter: byPercent ? '{c}%' : '{c}' }
      }]
    };
  }

  function trendChart(data) {
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 24, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value' },
      series: [{
        name: L.total,
        type: 'line',
        showSymbol: false,
        data: data.trend.map(function (p) { return [p.date, p.total]; }),
        itemStyle: { color: ACCENT },
        markLine: data.goal ? { symbol: 'none', data: [{ yAxis: data.goal, name: L.goal }], lineStyle: { color: GOAL } } : undefined
      }]
    };
  }

  function weeksChart(data) {
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.weeks.map(function (w) { return w.weekStart.slice(5); }) },
      yAxis: { type: 'value' },
      series: [{ name: L.increment, type: 'bar', data: data.weeks.map(function (w) { return w.increment; }), itemStyle: { color: ACCENT } }]
    };
  }

  var CHARTS = { towns: townsChart, ranking: rankingChart, trend: trendChart, weeks: weeksChart };

  document.addEventListener('DOMContentLoaded', function () {
    var boxes = document.querySelectorAll('[data-chart]');
    if (!boxes.length || !window.echarts) return;
    var labels = document.querySelector('[data-chart-labels]');
    if (labels) {
      L.total = labels.dataset.total;
      L.goal = labels.dataset.goal;
      L.increment = labels.dataset.increment;
    }
    var cache = {};
    boxes.forEach(function (box) {
      var src = box.dataset.src;
      cache[src] = cache[src] || fetch(src, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); });
      cache[src].then(function (data) {
        // canvas: the SVG renderer writes style attributes, which the CSP (style-src 'self') refuses
        var chart = window.echarts.init(box, null, { renderer: 'canvas' });
        chart.setOption(CHARTS[box.dataset.chart](data));
        box.dataset.rendered = 'true';
        window.addEventListener('resize', function () { chart.resize(); });
      });
    });
  });
})();
