// <cd-gantt>: a thin element around frappe-gantt. The server sets `tasks` (a JSON string in
// frappe-gantt's task format) and `language`; the chart is redrawn in the element's light DOM,
// where frappe-gantt's global stylesheet applies.
import Gantt from 'frappe-gantt';

class CdGantt extends HTMLElement {
  set tasks(json) {
    this._tasks = JSON.parse(json || '[]');
    this._draw();
  }

  get tasks() {
    return JSON.stringify(this._tasks || []);
  }

  set language(tag) {
    // frappe-gantt knows 'sv' and 'zh' among its month-name languages.
    this._language = (tag || 'en').startsWith('zh') ? 'zh' : tag;
    this._draw();
  }

  connectedCallback() {
    // Drawn while hidden (a tab not yet shown), the chart cannot scroll to today: draw again once
    // the element gets a width.
    this._resize = new ResizeObserver(() => {
      const visible = this.offsetWidth > 0;
      if (visible && !this._drawnVisible) {
        this._draw();
      }
    });
    this._resize.observe(this);
    this._draw();
  }

  disconnectedCallback() {
    this._resize?.disconnect();
  }

  _draw() {
    if (!this.isConnected || !this._tasks) {
      return;
    }
    this.replaceChildren();
    this._drawnVisible = this.offsetWidth > 0;
    if (this._tasks.length === 0) {
      return;
    }
    const holder = document.createElement('div');
    this.appendChild(holder);
    this._gantt = new Gantt(holder, this._tasks, {
      view_mode: 'Month',
      language: this._language || 'en',
      readonly: true,
      popup_on: 'hover',
      today_button: false,
      view_mode_select: false,
      scroll_to: 'today',
    });
  }
}

customElements.define('cd-gantt', CdGantt);
