// A thin custom element around Apache ECharts: the server sets `option` (ECharts option as JSON);
// numbers on the value axis and in tooltips are formatted here in the viewer's locale (`locale`
// attribute) and the KPI's unit (`unit`: percent, hours, index, count, per-10k).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent,
  SVGRenderer]);

function formatter(locale: string, unit: string): (value: unknown) => string {
  const format = unit === 'percent'
    ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? format.format(value) : '–');
}

class CdEchart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizes?: ResizeObserver;
  private json?: string;

  set option(value: string) {
    this.json = value;
    this.draw();
  }

  get option(): string | undefined {
    return this.json;
  }

  connectedCallback() {
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizes = new ResizeObserver(() => this.chart?.resize());
    this.resizes.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.resizes?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (!this.chart || !this.json) {
      return;
    }
    const option = JSON.parse(this.json);
    const format = formatter(this.getAttribute('locale') || 'en', this.getAttribute('unit') || '');
    option.yAxis = { ...(option.yAxis || {}), axisLabel: { formatter: format } };
    option.tooltip = { trigger: 'axis', valueFormatter: format };
    for (const series of option.series || []) {
      if (series.markLine) {
        series.markLine.label = { ...(series.markLine.label || {}), formatter: (p: { name: string; value: number }) =>
          `${p.name} ${format(p.value)}` };
      }
    }
    this.chart.setOption(option, true);
  }
}

customElements.define('cd-echart', CdEchart);
