/* govkg embed page: an entity's neighbourhood drawn by Cytoscape.js; pan, zoom, click a node
   to see its facts and cited sentences and to expand its own neighbours.
   Every text from the graph is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var body = document.body;
  var focus = body.dataset.focus;
  var source = body.dataset.source;          // "/embed-data/"
  var depth = parseInt(body.dataset.depth || "1", 10);
  var lang = body.dataset.lang || "zh";
  var explicit = body.dataset.explicit === "true";   // chosen by ?lang=: links keep it
  var messages = JSON.parse(body.dataset.messages || "{}");  // the page's language

  var nodes = {};                            // id -> node record from /embed-data
  var expanded = {};
  var styles = {};
  var cy = null;

  function $(id) { return document.getElementById(id); }

  function text(id, value) { $(id).textContent = value || ""; }

  function status(message) { text("status", message); }

  function say(key, values) {
    var message = messages[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      message = message.split("{" + name + "}").join(String(values[name]));
    });
    return message;
  }

  function dataUrl(id, hops) {
    var path = id.split("/").map(encodeURIComponent).join("/");
    return source + path + "?depth=" + hops + "&lang=" + encodeURIComponent(lang);
  }

  function load(id, hops) {
    return fetch(dataUrl(id, hops), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
  }

  // Everything drawn keeps its size on screen whatever the zoom (a map's way): zooming
  // spreads or gathers the nodes, and a label is never drawn below LABEL_PX CSS pixels.
  // Only the focus, the selected node and their direct neighbours carry names; any other
  // name shows while the pointer is on its node.
  var LABEL_PX = 13;
  var MARK_PX = 18;

  function px(value) { return function () { return value / (cy ? cy.zoom() : 1); }; }

  function budget() {
    // how many names the stage holds at LABEL_PX without crowding: a name takes about
    // 7 characters by 2 lines, and needs room around it for the edges and the others
    var cell = (LABEL_PX * 7) * (LABEL_PX * 2.6) * 6;
    return Math.max(8, Math.floor(cy.width() * cy.height() / cell));
  }

  function named() {
    // the nodes whose names are shown: the focus, the selected node, and their neighbours,
    // the best connected first, as many as the stage holds; the others on hover
    var room = budget();
    var shown = cy.getElementById(focus).union(cy.nodes(":selected"));
    shown.forEach(function (centre) {
      var near = centre.neighborhood("node").difference(shown).sort(function (a, b) {
        return b.degree() - a.degree() || (a.data("label") < b.data("label") ? -1 : 1);
      });
      shown = shown.union(near.slice(0, Math.max(0, room - shown.length)));
    });
    cy.nodes().removeClass("named");
    shown.addClass("named");
  }

  function elements(answer) {
    var out = [];
    answer.nodes.forEach(function (node) {
      nodes[node.id] = node;
      if (cy && cy.getElementById(node.id).nonempty()) { return; }
      var look = styles[node.kind] || {};
      out.push({
        group: "nodes",
        data: {
          id: node.id, label: node.label,
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
    var font = "\"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";
    return [
      { selector: "node", style: {
        "label": "", "width": px(MARK_PX * 0.6), "height": px(MARK_PX * 0.6),
        "shape": "data(shape)",
        "background-color": "data(fill)", "border-color": "data(line)",
        "border-width": px(1.5)
      } },
      { selector: "node.named, node.hover", style: {
        "label": "data(label)", "text-wrap": "wrap", "text-valign": "bottom",
        "width": px(MARK_PX), "height": px(MARK_PX),
        "text-halign": "center", "text-margin-y": px(3), "font-size": px(LABEL_PX),
        "line-height": 1.2, "color": "#111827", "font-family": font,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8,
        "text-background-padding": px(1)
      } },
      { selector: "node.hover", style: { "z-index": 20, "text-background-opacity": 1 } },
      { selector: "node.focus", style: {
        "width": px(MARK_PX * 1.6), "height": px(MARK_PX * 1.6), "border-width": px(4),
        "font-weight": "bold"
      } },
      { selector: "node.expanded", style: { "border-style": "double", "border-width": px(4) } },
      { selector: "node:selected", style: {
        "border-color": "#0b5cad", "border-width": px(4), "overlay-opacity": 0
      } },
      { selector: "edge", style: {
        "width": px(1.2), "curve-style": "bezier", "line-color": "#94a3b8",
        "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
        "arrow-scale": px(0.8)
      } },
      { selector: "edge.costly", style: {
        "width": px(2), "line-color": "#a16207", "target-arrow-color": "#a16207"
      } },
      { selector: "edge.hover", style: {
        "label": "data(label)", "font-size": px(LABEL_PX), "color": "#334155",
        "text-wrap": "wrap", "text-rotation": "none", "text-background-color": "#ffffff",
        "text-background-opacity": 1, "text-background-padding": px(2), "font-family": font,
        "z-index": 30
      } },
      { selector: "edge.costly.hover", style: { "color": "#713f12" } }
    ];
  }

  function rescale() {
    // sizes are functions of the zoom: recompute them after every zoom
    cy.style().update();
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
    named();
    if (!fit) { separate(); return; }
    settle(cy.elements(), 30);
    // a force layout is random: on a small stage some draws leave the names more than it
    // holds, however far it zooms out. Draw again, then put the neighbours round the focus.
    for (var again = 0; again < 3 && !shown(); again++) {
      options.randomize = true;
      cy.layout(options).run();
      settle(cy.elements(), 30);
    }
    if (!shown()) {
      var centre = cy.nodes(":selected")[0] || cy.getElementById(focus);
      cy.layout({
        name: "concentric", animate: false, fit: false, nodeDimensionsIncludeLabels: true,
        minNodeSpacing: 20, concentric: function (node) {
          return node.same(centre) ? 3 : (node.edgesWith(centre).length ? 2 : 1);
        }, levelWidth: function () { return 1; }
      }).run();
      settle(cy.elements(), 30);
    }
  }

  function shown() {
    // every named node whole inside the stage, its label included
    var width = cy.width(), height = cy.height();
    return cy.nodes(".named").every(function (node) {
      var box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= width + 1 && box.y2 <= height + 1;
    });
  }

  function settle(eles, padding) {
    // labels keep their size on screen, so their extent in the graph depends on the zoom a
    // fit picks: fit, resize, push apart, and fit again until the zoom holds
    for (var round = 0; round < 6; round++) {
      var before = cy.zoom();
      cy.fit(eles, padding);
      if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(eles); }
      rescale();
      var moved = separate();
      if (!moved && Math.abs(cy.zoom() - before) < 0.01 * before) { return; }
    }
    // nodes still pushed apart (more names than the stage holds): at least show all of
    // it, fitting again until the labels, whose extent follows the zoom, fit too
    for (var last = 0; last < 12; last++) {
      var was = cy.zoom();
      cy.fit(eles, padding);
      if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(eles); }
      rescale();
      if (Math.abs(cy.zoom() - was) < 0.002 * was) { return; }
    }
  }

  function separate() {
    // a last pass so no two nodes (with their labels) overlap, whatever the layout left
    var gap = 8 / cy.zoom();
    var list = cy.nodes().toArray();
    var any = false;
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
      if (!moved) { return any; }
      any = true;
    }
    return any;
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
    link.href = node.href + (explicit ? "?lang=" + encodeURIComponent(lang) : "");
    link.hidden = false;
  }

  function expand(id) {
    if (expanded[id]) { return Promise.resolve(); }
    expanded[id] = true;
    status(say("loading"));
    return load(id, 1).then(function (answer) {
      var added = elements(answer);
      cy.getElementById(id).addClass("expanded");
      if (added.length) {
        around(id, added);
        cy.add(added);
        layout(false, false);
        settle(cy.elements(), 30);
      }
      status(say("added", { count: cy.nodes().length, added: added.filter(function (e) {
        return e.group === "nodes";
      }).length }));
      show(id);
    }).catch(function (error) {
      expanded[id] = false;
      status(say("failed", { error: error.message }));
    });
  }

  function select(id) {
    cy.nodes(":selected").unselect();
    cy.getElementById(id).select();
    named();
    show(id);
    return expand(id);
  }

  function start() {
    status(say("loading"));
    load(focus, depth).then(function (answer) {
      styles = answer.styles;
      cy = window.cytoscape({
        container: $("graph"), elements: elements(answer), style: stylesheet(),
        minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false
      });
      expanded[focus] = depth >= 1;
      cy.getElementById(focus).select();
      layout(true, true);
      show(focus);
      cy.on("tap", "node", function (event) { select(event.target.id()); });
      cy.on("zoom", rescale);
      cy.on("mouseover", "node", function (event) {
        event.target.addClass("hover");
        event.target.connectedEdges().addClass("hover");
      });
      cy.on("mouseout", "node", function (event) {
        event.target.removeClass("hover");
        event.target.connectedEdges().removeClass("hover");
      });
      cy.on("mouseover", "edge", function (event) { event.target.addClass("hover"); });
      cy.on("mouseout", "edge", function (event) { event.target.removeClass("hover"); });
      status(say("nodes", { count: cy.nodes().length }));
      body.dataset.ready = "true";
      window.govkgEmbed = { cy: cy, select: select };
    }).catch(function (error) {
      status(say("failed", { error: error.message }));
    });
    $("fit").addEventListener("click", function () { cy && settle(cy.elements(), 30); });
    $("relayout").addEventListener("click", function () { cy && layout(true, true); });
  }

  if (typeof window.cytoscape !== "function") {
    status(say("nolib"));
    return;
  }
  start();
}());
