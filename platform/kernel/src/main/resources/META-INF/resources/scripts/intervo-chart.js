// Thin glue between the EChart Vaadin component and Apache ECharts (loaded from its webjar).
window.intervoChart = (function () {
  // numbers on the value axis and in tooltips in the page's language (ECharts itself writes "1,234.5" everywhere)
  function localize(option) {
    var format = option.intervoFormat;
    delete option.intervoFormat;
    if (!format || !window.Intl) {
      return option;
    }
    var plain = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
    var value = format.currency
      ? new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency })
      : plain;
    var write = function (v) { return typeof v === 'number' ? value.format(v) : v; };
    if (option.yAxis) {
      option.yAxis.axisLabel = { formatter: function (v) { return plain.format(v); } };
    }
    option.tooltip = option.tooltip || {};
    option.tooltip.valueFormatter = write;
    return option;
  }
  function draw(el, optionJson) {
    var option = localize(typeof optionJson === 'string' ? JSON.parse(optionJson) : optionJson);
    var chart = el.__chart;
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'svg' });
      el.__chart = chart;
      new ResizeObserver(function () { chart.resize(); }).observe(el);
    }
    chart.setOption(option, true);
    el.setAttribute('data-drawn', 'true');
  }
  return { draw: draw, localize: localize };
})();
