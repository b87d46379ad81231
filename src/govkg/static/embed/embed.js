/* govkg embed page: an entity's neighbourhood drawn by Cytoscape.js; pan, zoom, click a node
   to see its facts and cited sentences and to expand its own neighbours.
   Every text from the graph is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var body = document.body;
  var focus = body.dataset.focus;
  var source = body.dataset.source;          // "/embed-data/"
  var depth = parseInt(body.dataset.depth || "1", 10);
  var nodes = {};                            // id -> node record from /embed-data
  var expanded = {};
  var styles = {};
  var cy = null;

  function $(id) { return document.getElementById(id); }

  function text(id, value) { $(id).textContent = value || ""; }

  function status(message) { text("status", message); }

  function dataUrl(id, hops) {
    var path = id.split("/").map(encodeURIComponent).join("/");
    return source + path + "?depth=" + hops;
  }

  function load(id, hops) {
    return fetch(dataUrl(id, hops), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
  }

  function size(label) {
    var lines = label.split("\n");
    var widest = 0;
    lines.forEach(function (line) {
      var width = 0;
      for (var i = 0; i < line.length; i++) { width += line.charCodeAt(i) > 0x2e80 ? 12 : 7; }
      widest = Math.max(widest, width);
    });
    return { w: Math.max(44, widest + 24), h: lines.length * 17 + 14 };
  }

  function elements(answer) {
    var out = [];
    answer.nodes.forEach(function (node) {
      nodes[node.id] = node;
      if (cy && cy.getElementById(node.id).nonempty()) { return; }
      var look = styles[node.kind] || {};
      var box = size(node.label);
      if (look.cy_shape && ["hexagon", "octagon", "ellipse", "pentagon", "rhomboid"]
          .indexOf(look.cy_shape) >= 0) {
        box.w = Math.round(box.w * 1.35);      // slanted sides need room for the text
        box.h = Math.round(box.h * 1.2);
      }
      out.push({
        group: "nodes",
        data: {
          id: node.id, label: node.label, w: box.w, h: box.h,
          fill: look.fill || "#fff", line: look.line || "#334155",
          shape: look.cy_shape || "round-rectangle"
        },
        classes: node.id === focus ? "focus" : ""
      });
    });
    answer.edges.forEach(function (edge) {
      if (cy && cy.getElementById(edge.id).nonempty()) { return; }
      out.push({
        group: "edges",
        data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
        classes: edge.costly ? "costly" : ""
      });
    });
    return out;
  }

  function stylesheet() {
    return [
      { selector: "node", style: {
        "label": "data(label)", "text-wrap": "wrap", "text-valign": "center",
        "text-halign": "center", "font-size": 12, "color": "#111827",
        "min-zoomed-font-size": 6,
        "font-family": "\"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif",
        "width": "data(w)", "height": "data(h)", "shape": "data(shape)",
        "background-color": "data(fill)", "border-color": "data(line)", "border-width": 1.5
      } },
      { selector: "node.focus", style: { "border-width": 4 } },
      { selector: "node.expanded", style: { "border-style": "double", "border-width": 4 } },
      { selector: "node:selected", style: {
        "border-color": "#0b5cad", "border-width": 4, "overlay-opacity": 0
      } },
      { selector: "edge", style: {
        "width": 1.2, "curve-style": "bezier", "line-color": "#94a3b8",
        "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "label": "data(label)", "font-size": 9, "color": "#475569", "text-wrap": "wrap",
        "min-zoomed-font-size": 7,
        "text-rotation": "autorotate", "text-background-color": "#ffffff",
        "text-background-opacity": 0.85, "text-background-padding": "1px",
        "font-family": "\"Noto Sans CJK SC\", sans-serif"
      } },
      { selector: "edge.costly", style: {
        "width": 2, "line-color": "#a16207", "target-arrow-color": "#a16207", "color": "#713f12"
      } }
    ];
  }

  function layout(fit, fresh) {
    var fcose = typeof window.cytoscapeFcose === "function";  // registered itself on load
    var options = fcose ? {
      name: "fcose", quality: "proof", randomize: !!fresh, animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 120; },
      nodeRepulsion: function () { return 9000; }, nodeSeparation: 90, packComponents: true
    } : {
      name: "cose", animate: false, randomize: false, fit: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 120; },
      nodeRepulsion: function () { return 40000; }, numIter: 2500
    };
    cy.layout(options).run();
    separate();
    if (fit) {
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
    }
  }

  function separate() {
    // a last pass so no two nodes (with their labels) overlap, whatever the layout left
    var gap = 12;
    var list = cy.nodes().toArray();
    for (var round = 0; round < 100; round++) {
      var moved = false;
      for (var i = 0; i < list.length; i++) {
        for (var j = i + 1; j < list.length; j++) {
          var a = list[i].boundingBox({ includeLabels: true });
          var b = list[j].boundingBox({ includeLabels: true });
          var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          var dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (dx <= 0 || dy <= 0) { continue; }
          var pa = list[i].position(), pb = list[j].position();
          if (dx < dy) {
            var sx = pa.x <= pb.x ? 1 : -1;
            list[i].position({ x: pa.x - sx * dx / 2, y: pa.y });
            list[j].position({ x: pb.x + sx * dx / 2, y: pb.y });
          } else {
            var sy = pa.y <= pb.y ? 1 : -1;
            list[i].position({ x: pa.x, y: pa.y - sy * dy / 2 });
            list[j].position({ x: pb.x, y: pb.y + sy * dy / 2 });
          }
          moved = true;
        }
      }
      if (!moved) { return; }
    }
  }

  function around(id, added) {
    // new neighbours start on a ring around the node they came from, not at the origin
    var centre = cy.getElementById(id).position();
    var fresh = added.filter(function (e) { return e.group === "nodes"; });
    fresh.forEach(function (element, index) {
      var angle = 2 * Math.PI * index / fresh.length;
      element.position = {
        x: centre.x + 160 * Math.cos(angle), y: centre.y + 160 * Math.sin(angle)
      };
    });
  }

  function fact(list, label, value) {
    if (value === null || value === undefined || value === "") { return; }
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = label;
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function neighbours(id) {
    var found = [];
    cy.getElementById(id).neighborhood("node").forEach(function (other) {
      found.push(other.id());
    });
    return found.sort(function (a, b) {
      return (nodes[a] ? nodes[a].name : a).localeCompare(nodes[b] ? nodes[b].name : b, "zh");
    });
  }

  function show(id) {
    var node = nodes[id];
    if (!node) { return; }
    text("p-kind", node.kindLabel);
    text("p-name", node.name);
    text("p-name-en", node.nameEn);
    var facts = $("p-facts");
    facts.replaceChildren();
    node.facts.forEach(function (pair) { fact(facts, pair[0], pair[1]); });
    var cites = $("p-cites");
    cites.replaceChildren();
    node.citations.forEach(function (citation) {
      var item = document.createElement("li");
      var quote = document.createElement("blockquote");
      var where = document.createElement("small");
      quote.textContent = citation.quote;
      where.textContent = citation.document + " [" + citation.start + "–" + citation.end + "]";
      item.appendChild(quote);
      item.appendChild(where);
      cites.appendChild(item);
    });
    $("p-cites-heading").hidden = node.citations.length === 0;
    var list = $("p-neighbours");
    list.replaceChildren();
    neighbours(id).forEach(function (other) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = nodes[other] ? nodes[other].name : other;
      button.addEventListener("click", function () { select(other); });
      item.appendChild(button);
      list.appendChild(item);
    });
    var link = $("p-link");
    link.href = node.href;
    link.hidden = false;
  }

  function expand(id) {
    if (expanded[id]) { return Promise.resolve(); }
    expanded[id] = true;
    status("加载 loading…");
    return load(id, 1).then(function (answer) {
      var added = elements(answer);
      cy.getElementById(id).addClass("expanded");
      if (added.length) {
        around(id, added);
        cy.add(added);
        layout(false, false);
        // show everything while labels stay readable, else what was just added
        cy.fit(undefined, 30);
        if (cy.zoom() < 0.75) { cy.fit(cy.getElementById(id).closedNeighborhood(), 50); }
        if (cy.zoom() > 1.2) {
          cy.zoom({ level: 1.2, renderedPosition: cy.getElementById(id).renderedPosition() });
        }
      }
      status(cy.nodes().length + " nodes · +" + added.filter(function (e) {
        return e.group === "nodes";
      }).length);
      show(id);
    }).catch(function (error) {
      expanded[id] = false;
      status("could not expand: " + error.message);
    });
  }

  function select(id) {
    cy.nodes(":selected").unselect();
    cy.getElementById(id).select();
    show(id);
    return expand(id);
  }

  function start() {
    status("加载 loading…");
    load(focus, depth).then(function (answer) {
      styles = answer.styles;
      cy = window.cytoscape({
        container: $("graph"), elements: elements(answer), style: stylesheet(),
        minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false
      });
      expanded[focus] = depth >= 1;
      layout(true, true);
      cy.getElementById(focus).select();
      show(focus);
      cy.on("tap", "node", function (event) { select(event.target.id()); });
      status(cy.nodes().length + " nodes · click a node to expand it");
      body.dataset.ready = "true";
      window.govkgEmbed = { cy: cy, select: select };
    }).catch(function (error) {
      status("could not load the graph: " + error.message);
    });
    $("fit").addEventListener("click", function () { cy && cy.fit(undefined, 30); });
    $("relayout").addEventListener("click", function () { cy && layout(true, true); });
  }

  if (typeof window.cytoscape !== "function") {
    status("the graph library did not load");
    return;
  }
  start();
}());
