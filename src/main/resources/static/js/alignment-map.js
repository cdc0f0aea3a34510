// The alignment map: draws the teams, owners and objectives the server sends as a tree from left to right, with
// the alignment links across it. Every word comes from data-labels; the server decides what is shown and what
// is private. Folding a team and merging an expansion happen here, without reloading the page.
(function () {
  "use strict";

  var COLUMN = 240;
  var ROW = 30;
  var EDGE_STYLES = {
    SUPPORTS: { color: "#1f5fae", type: "solid", width: 1.6 },
    CONTRIBUTION: { color: "#7b3fa0", type: "dashed", width: 1.6 },
    REQUESTED: { color: "#c26a00", type: "dotted", width: 1.6 }
  };

  function format(pattern, value) {
    return pattern.replace("{0}", value);
  }

  function progressColour(node) {
    if (node.visible === false) {
      return "#e3e7eb";
    }
    if (node.progress === undefined || node.progress === null) {
      return "#9aa3ad";
    }
    var progress = Number(node.progress);
    return progress < 30 ? "#c0392b" : progress < 70 ? "#d68910" : "#1d6b3a";
  }

  function MapView(element) {
    this.element = element;
    this.labels = JSON.parse(element.getAttribute("data-labels"));
    this.aroundUrl = element.getAttribute("data-around-url");
    this.objectiveUrl = element.getAttribute("data-objective-url");
    this.detail = document.getElementById("alignment-map-detail");
    this.nodes = {};
    this.edges = {};
    this.collapsed = {};
    this.merge(JSON.parse(element.getAttribute("data-map")));
    this.chart = echarts.init(element, null, { renderer: "canvas", locale: this.labels.locale });
    this.chart.on("click", this.clicked.bind(this));
    this.chart.on("dblclick", this.opened.bind(this));
    this.draw();
  }

  // Nodes and edges are kept by key, so an expansion adds only what is new.
  MapView.prototype.merge = function (data) {
    var self = this;
    data.nodes.forEach(function (node) {
      var known = self.nodes[node.key];
      if (!known || (node.kind === "OBJECTIVE" && known.more && !node.more && data.aroundObjectiveId !== undefined
          && node.id === data.aroundObjectiveId)) {
        self.nodes[node.key] = node;
      }
    });
    data.edges.forEach(function (edge) {
      self.edges[edge.kind + ":" + edge.source + ">" + edge.target] = edge;
    });
  };

  MapView.prototype.childrenByParent = function () {
    var children = {};
    var self = this;
    Object.keys(this.nodes).forEach(function (key) {
      var node = self.nodes[key];
      var parent = node.parent && self.nodes[node.parent] ? node.parent : "";
      (children[parent] = children[parent] || []).push(node);
    });
    Object.keys(children).forEach(function (parent) {
      children[parent].sort(function (a, b) {
        var kinds = { TEAM: 2, PERSON: 1, OBJECTIVE: 0 };
        if (a.kind !== b.kind) {
          return kinds[a.kind] - kinds[b.kind];
        }
        return (a.name || a.title || "").localeCompare(b.name || b.title || "") || a.key.localeCompare(b.key);
      });
    });
    return children;
  };

  // A tidy tree on its side: depth is the column, every shown leaf its own row, a parent centred on its children.
  MapView.prototype.layout = function () {
    var children = this.childrenByParent();
    var collapsed = this.collapsed;
    var placed = {};
    var row = 0;
    function place(node, depth) {
      var below = collapsed[node.key] ? [] : (children[node.key] || []);
      var rows = below.map(function (child) { return place(child, depth + 1); });
      var y = rows.length ? (rows[0] + rows[rows.length - 1]) / 2 : row++;
      placed[node.key] = { x: depth * COLUMN, y: y * ROW, folded: !!collapsed[node.key] && (children[node.key] || []).length > 0 };
      return y;
    }
    (children[""] || []).forEach(function (root) { place(root, 0); });
    return placed;
  };

  MapView.prototype.nodeLabel = function (node) {
    if (node.kind !== "OBJECTIVE") {
      return node.name;
    }
    return node.visible === false ? this.labels.privateObjective : node.title;
  };

  MapView.prototype.draw = function () {
    var self = this;
    var placed = this.layout();
    var data = [];
    var links = [];
    Object.keys(placed).forEach(function (key) {
      var node = self.nodes[key];
      var at = placed[key];
      var objective = node.kind === "OBJECTIVE";
      data.push({
        id: key, name: self.nodeLabel(node), x: at.x, y: at.y,
        symbol: node.kind === "TEAM" ? "roundRect" : objective ? "circle" : "diamond",
        symbolSize: node.kind === "TEAM" ? [18, 12] : objective ? 12 : 10,
        itemStyle: {
          color: objective ? progressColour(node) : at.folded ? "#1b2430" : "#ffffff",
          borderColor: objective && node.visible === false ? "#6b7580" : "#1b2430",
          borderType: node.draft || node.visible === false ? "dashed" : "solid",
          borderWidth: 1
        },
        label: { show: true, position: "right", fontSize: 11, color: node.visible === false ? "#4a5668" : "#1b2430",
          fontStyle: node.visible === false ? "italic" : "normal", fontWeight: node.kind === "TEAM" ? "bold" : "normal" }
      });
      if (node.parent && placed[node.parent]) {
        links.push({ source: node.parent, target: key, lineStyle: { color: "#c5ccd5", width: 1, curveness: 0 },
          symbol: ["none", "none"], silent: true });
      }
    });
    // The chart fits the nodes into its box, but labels run to the right of their node: an invisible node one
    // column further right keeps room for the rightmost labels, which are the objectives' titles.
    var rightmost = Object.keys(placed).reduce(function (most, key) { return Math.max(most, placed[key].x); }, 0);
    data.push({ id: "room-for-labels", x: rightmost + COLUMN, y: 0, symbolSize: 0, silent: true,
      label: { show: false }, tooltip: { show: false } });
    Object.keys(this.edges).forEach(function (id) {
      var edge = self.edges[id];
      if (placed[edge.source] && placed[edge.target]) {
        var style = EDGE_STYLES[edge.kind];
        links.push({ source: edge.source, target: edge.target, edge: edge, symbol: ["none", "arrow"], symbolSize: 7,
          lineStyle: { color: style.color, type: style.type, width: style.width, curveness: 0.25, opacity: 0.9 } });
      }
    });
    this.chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      tooltip: { confine: true, formatter: this.tooltip.bind(this) },
      series: [{
        type: "graph", layout: "none", roam: true, draggable: false, data: data, links: links,
        labelLayout: { hideOverlap: true }, emphasis: { focus: "adjacency" }, edgeSymbol: ["none", "arrow"]
      }]
    }, { replaceMerge: ["series"] });
  };

  MapView.prototype.describe = function (node) {
    var lines = [];
    if (node.progress !== undefined) {
      lines.push(format(this.labels.progress, node.progress));
    } else if (node.visible !== false) {
      lines.push(this.labels.noProgress);
    }
    if (node.rolledUpProgress !== undefined) {
      lines.push(format(this.labels.rolledUp, node.rolledUpProgress));
    }
    if (node.draft) {
      lines.push(this.labels.draft);
    }
    if (node.otherCycle) {
      lines.push(this.labels.otherCycle);
    }
    return lines;
  };

  MapView.prototype.tooltip = function (params) {
    var escape = echarts.format.encodeHTML;
    if (params.dataType === "edge") {
      var edge = params.data.edge;
      if (!edge) {
        return "";
      }
      var text = escape(this.labels[edge.kind === "SUPPORTS" ? "supports" : edge.kind === "CONTRIBUTION" ? "contribution" : "requested"]);
      return edge.keyResultTitle ? text + "<br>" + escape(format(this.labels.keyResult, edge.keyResultTitle)) : text;
    }
    var node = this.nodes[params.data.id];
    if (!node) {
      return "";
    }
    if (node.kind !== "OBJECTIVE") {
      return escape(node.name) + (node.kind === "TEAM" ? "<br>" + escape(this.labels.collapse) : "");
    }
    var lines = [escape(this.nodeLabel(node))].concat(this.describe(node).map(escape));
    return lines.join("<br>");
  };

  MapView.prototype.clicked = function (params) {
    if (params.dataType !== "node") {
      return;
    }
    var node = this.nodes[params.data.id];
    if (!node) {
      return;
    }
    if (node.kind === "TEAM" || node.kind === "PERSON") {
      this.collapsed[node.key] = !this.collapsed[node.key];
      this.draw();
      return;
    }
    this.show(node);
  };

  MapView.prototype.opened = function (params) {
    var node = params.dataType === "node" ? this.nodes[params.data.id] : null;
    if (node && node.kind === "OBJECTIVE" && node.visible !== false) {
      window.location.href = this.objectiveUrl + node.id;
    }
  };

  // The chosen objective, in words and with real links, beside the picture: keyboards and screen readers reach it.
  MapView.prototype.show = function (node) {
    var detail = this.detail;
    detail.textContent = "";
    var title = document.createElement("h2");
    title.textContent = this.nodeLabel(node);
    detail.appendChild(title);
    this.describe(node).forEach(function (line) {
      var p = document.createElement("p");
      p.className = "meta";
      p.textContent = line;
      detail.appendChild(p);
    });
    if (node.visible === false) {
      return;
    }
    var open = document.createElement("a");
    open.href = this.objectiveUrl + node.id;
    open.textContent = this.labels.open;
    detail.appendChild(open);
    if (node.more) {
      var expand = document.createElement("button");
      expand.type = "button";
      expand.className = "secondary";
      expand.textContent = this.labels.expand;
      expand.addEventListener("click", this.expand.bind(this, node, expand));
      var p = document.createElement("p");
      p.appendChild(expand);
      detail.appendChild(p);
    }
  };

  MapView.prototype.expand = function (node, button) {
    var self = this;
    button.disabled = true;
    button.textContent = this.labels.expanding;
    fetch(this.aroundUrl + node.id, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        self.merge(data);
        self.draw();
        self.show(self.nodes[node.key]);
      })
      .catch(function () {
        button.disabled = false;
        button.textContent = self.labels.expandFailed;
      });
  };

  function start() {
    var element = document.getElementById("alignment-map");
    if (element && window.echarts && !echarts.getInstanceByDom(element)) {
      new MapView(element);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
