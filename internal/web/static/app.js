// Entente's own script: draws the charts whose data the server puts in
// data-chart attributes, on load and after every htmx swap. Everything
// else on the pages works without it.
(function () {
  'use strict';

  // Charts take room only where this script can draw them; without it the
  // tables under them carry the numbers.
  document.documentElement.classList.add('js');

  function draw(el) {
    var data;
    try {
      data = JSON.parse(el.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var old = window.echarts.getInstanceByDom(el);
    if (old) {
      old.dispose();
    }
    var chart = window.echarts.init(el);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: [{ type: 'slider', height: 18, bottom: 8 }],
      series: [{ name: 'articles', type: 'bar', data: data.counts, itemStyle: { color: '#0b5cad' } }]
    });
    el.setAttribute('data-drawn', String(data.periods.length));
  }

  function drawAll(root) {
    if (!window.echarts) {
      return;
    }
    var els = root.querySelectorAll('[data-chart]');
    for (var i = 0; i < els.length; i++) {
      draw(els[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (e) { drawAll(e.target || document); });
  window.addEventListener('resize', function () {
    var els = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < els.length; i++) {
      var c = window.echarts && window.echarts.getInstanceByDom(els[i]);
      if (c) {
        c.resize();
      }
    }
  });
}());
