// Entente's own script: draws the charts whose data the server puts in
// data-chart (articles over time), data-dyad (a dyad's timeline) and
// data-network (the actor graph) attributes, on load and after every htmx
// swap. Everything else on the pages works without it: the tables under
// the charts carry the same numbers and links. Tooltips are drawn on the
// canvas (renderMode richText): ECharts' HTML tooltips carry style
// attributes, which the CSP blocks, and would need names from articles
// escaped.
(function () {
  'use strict';

  // Charts take room only where this script can draw them; without it the
  // tables under them carry the numbers.
  document.documentElement.classList.add('js');

  // Quad-class colours: cooperation green, conflict orange to red.
  var QUAD_COLORS = ['#86c99a', '#15803d', '#f59e0b', '#b42318'];

  function read(el, attr) {
    try {
      return JSON.parse(el.getAttribute(attr));
    } catch (e) {
      return null;
    }
  }

  function fresh(el) {
    var old = window.echarts.getInstanceByDom(el);
    if (old) {
      old.dispose();
    }
    return window.echarts.init(el);
  }

  function drawCounts(el) {
    var data = read(el, 'data-chart');
    if (!data) {
      return;
    }
    fresh(el).setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: [{ type: 'slider', height: 18, bottom: 8 }],
      series: [{ name: 'articles', type: 'bar', data: data.counts, itemStyle: { color: '#0b5cad' } }]
    });
    el.setAttribute('data-drawn', String(data.periods.length));
  }

  // drill follows a period's link in the table under the chart, so a click
  // on the chart does what the keyboard does there (htmx loads the
  // sentences).
  function drill(period) {
    var links = document.querySelectorAll('a[data-period]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('data-period') === period) {
        links[i].click();
        return;
      }
    }
  }

  function drawDyad(el) {
    var data = read(el, 'data-dyad');
    if (!data) {
      return;
    }
    // The counts axis is symmetric so that its zero lines up with the
    // score axis's, which runs from -10 to 10.
    var top = 1;
    for (var i = 0; i < data.periods.length; i++) {
      var up = data.quads[0][i] + data.quads[1][i];
      var down = -(data.quads[2][i] + data.quads[3][i]);
      top = Math.max(top, up, down);
    }
    var series = [];
    for (var q = 0; q < 4; q++) {
      series.push({
        name: data.names[q], type: 'bar', stack: 'events', data: data.quads[q],
        itemStyle: { color: QUAD_COLORS[q] },
        // Conflict is drawn below zero but counted as a number of events.
        tooltip: { valueFormatter: function (v) { return String(Math.abs(v)); } }
      });
    }
    series.push({
      name: 'mean Goldstein', type: 'line', yAxisIndex: 1, data: data.goldstein,
      symbolSize: 7, itemStyle: { color: '#1b1f24' }, lineStyle: { width: 2 }
    });
    series.push({
      name: 'mean tone', type: 'line', yAxisIndex: 1, data: data.tone,
      symbolSize: 6, itemStyle: { color: '#7c3aed' }, lineStyle: { type: 'dashed' }
    });
    var chart = fresh(el);
    chart.setOption({
      animation: false,
      legend: { top: 0, type: 'scroll' },
      grid: { left: 44, right: 44, top: 48, bottom: data.periods.length > 24 ? 60 : 28 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      xAxis: { type: 'category', data: data.periods },
      yAxis: [
        { type: 'value', name: 'events', min: -top, max: top, minInterval: 1,
          axisLabel: { formatter: function (v) { return String(Math.abs(v)); } } },
        { type: 'value', name: 'score', min: function (v) { return Math.min(-10, Math.floor(v.min)); },
          max: function (v) { return Math.max(10, Math.ceil(v.max)); }, splitLine: { show: false } }
      ],
      dataZoom: data.periods.length > 24 ? [{ type: 'slider', height: 18, bottom: 8 }] : [],
      series: series
    });
    // A click anywhere in a period's column drills into it: its bars may
    // be a few pixels high.
    chart.getZr().on('click', function (e) {
      var pt = [e.offsetX, e.offsetY];
      if (!chart.containPixel('grid', pt)) {
        return;
      }
      var idx = chart.convertFromPixel({ seriesIndex: 0 }, pt);
      idx = Array.isArray(idx) ? idx[0] : idx;
      if (idx >= 0 && idx < data.periods.length && data.links[idx]) {
        drill(data.periods[idx]);
      }
    });
    el.setAttribute('data-drawn', String(data.periods.length));
  }

  function drawNetwork(el) {
    var data = read(el, 'data-network');
    if (!data) {
      return;
    }
    var most = 1;
    var index = {};
    data.nodes.forEach(function (n, i) {
      most = Math.max(most, n.mentions);
      index[n.id] = i;
    });
    // Name only the most mentioned, fewer on a phone, so labels stay legible.
    var named = el.clientWidth < 600 ? 8 : 20;
    var nodes = data.nodes.map(function (n, i) {
      return {
        name: n.id, value: n.mentions, href: n.href, title: n.name, events: n.events,
        symbolSize: 8 + 36 * Math.sqrt(n.mentions / most),
        label: { show: i < named, formatter: n.name }
      };
    });
    var links = data.edges.map(function (e) {
      return {
        source: index[e.source], target: index[e.target], value: e.events, href: e.href,
        goldstein: e.goldstein, title: data.nodes[index[e.source]].name + ' and ' + data.nodes[index[e.target]].name,
        lineStyle: { color: e.color, width: 1 + Math.min(7, 1.5 * Math.sqrt(e.events)), opacity: 0.85 }
      };
    });
    var chart = fresh(el);
    chart.setOption({
      animation: false,
      tooltip: {
        renderMode: 'richText',
        formatter: function (p) {
          var d = p.data;
          return p.dataType === 'edge' ?
            d.title + ': ' + d.value + ' events, mean Goldstein ' + d.goldstein :
            d.title + ': ' + d.value + ' mentions, ' + d.events + ' events';
        }
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        // The force layout does not fit itself to its box; zoom out on
        // small screens so that a phone shows the whole graph.
        zoom: Math.min(1, el.clientWidth / 1000, el.clientHeight / 640),
        data: nodes, links: links,
        itemStyle: { color: '#0b5cad', borderColor: '#fff', borderWidth: 1 },
        label: { position: 'right', fontSize: 11, color: '#1b1f24' },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        force: { repulsion: 220, edgeLength: [40, 140], gravity: 0.18, layoutAnimation: false }
      }]
    });
    chart.on('click', function (p) {
      if (p.data && p.data.href) {
        window.location.assign(p.data.href);
      }
    });
    el.setAttribute('data-drawn', String(nodes.length));
  }

  var DRAW = { 'data-chart': drawCounts, 'data-dyad': drawDyad, 'data-network': drawNetwork };

  function drawAll(root) {
    if (!window.echarts) {
      return;
    }
    Object.keys(DRAW).forEach(function (attr) {
      var els = root.querySelectorAll('[' + attr + ']');
      for (var i = 0; i < els.length; i++) {
        DRAW[attr](els[i]);
      }
    });
  }

  function resizeAll() {
    if (!window.echarts) {
      return;
    }
    var els = document.querySelectorAll('[data-drawn]');
    for (var i = 0; i < els.length; i++) {
      var c = window.echarts.getInstanceByDom(els[i]);
      if (c) {
        c.resize();
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (e) {
    drawAll(e.target || document);
    // After a drill-down, keyboard and screen-reader users land on what
    // they asked for, and the chosen period is marked in the table. htmx
    // fires this on each swapped element; detail.target is where it swapped.
    var target = e.detail && e.detail.target;
    if (target && target.id === 'evidence') {
      // After htmx has finished with focus itself.
      window.setTimeout(function () {
        var h = document.getElementById('evidence-h');
        if (h) {
          h.focus();
        }
      }, 0);
      var path = e.detail.pathInfo ? e.detail.pathInfo.requestPath : '';
      var m = /[?&]period=([^&#]*)/.exec(path || '');
      var chosen = m ? decodeURIComponent(m[1]) : '';
      var links = document.querySelectorAll('a[data-period]');
      for (var i = 0; i < links.length; i++) {
        var on = links[i].getAttribute('data-period') === chosen;
        links[i].closest('tr').classList.toggle('selected', on);
        if (on) {
          links[i].setAttribute('aria-current', 'true');
        } else {
          links[i].removeAttribute('aria-current');
        }
      }
    }
  });
  window.addEventListener('resize', resizeAll);
}());
