// Thin glue between the EChart Vaadin component and Apache ECharts (loaded from its webjar).
window.intervoChart = (function () {
  function draw(el, optionJson) {
    var option = typeof optionJson === 'string' ? JSON.parse(optionJson) : optionJson;
    var chart = el.__chart;
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'svg' });
      el.__chart = chart;
      new ResizeObserver(function () { chart.resize(); }).observe(el);
    }
    chart.setOption(option, true);
    el.setAttribute('data-drawn', 'true');
  }
  return { draw: draw };
})();
