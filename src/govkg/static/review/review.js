/* govkg review page: the report's text with each fact's span marked, beside the facts.
   Select a fact to see its span, a highlight to see its fact; Accept, Reject and Edit post
   one decision each to POST /review/{document} (JSON, with the session's CSRF token and the
   checksum the page was read at), then the page's parts are read again from the server.
   Keys: a accept · r reject (twice) · e edit · j/n next · k/p previous · Esc cancel.
   Every text from the server is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var root = document.getElementById("review");
  if (!root) { return; }
  var messages = JSON.parse(root.dataset.messages || "{}");
  var postUrl = "/review/" + encodeURIComponent(root.dataset.document);
  var current = null;          // the selected fact's card
  var busy = false;            // one decision at a time
  var confirming = null;       // the card whose Reject waits for a second press
  var confirmTimer = 0;
  var lastSelection = null;    // {start, end} of the last text selected in the report

  function $(id) { return document.getElementById(id); }

  function say(key, values) {
    var text = messages[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(values[name]));
    });
    return text;
  }

  function cards() { return Array.prototype.slice.call(document.querySelectorAll("#facts article.fact")); }

  function cardById(id) {
    return cards().filter(function (card) { return card.dataset.fact === id; })[0] || null;
  }

  function cardByNo(no) { return $("f-" + no); }

  function what(card) {
    var node = card.querySelector(".what");
    return (node && node.textContent.trim()) || card.dataset.fact;
  }

  // the status line: a message, optionally with a button or link after it
  function status(text, extra) {
    var box = $("status");
    box.textContent = text || "";
    box.className = "";
    if (extra) { box.appendChild(document.createTextNode(" ")); box.appendChild(extra); }
  }

  function problem(text, extra) {
    status(text, extra);
    $("status").className = "review-error";
  }

  // ---- selecting a fact and its span --------------------------------------------------

  function lit(selector, name, on) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (node) {
      node.classList.toggle(name, on);
    });
  }

  function select(card, how) {
    how = how || {};
    if (current) {
      current.classList.remove("current");
      current.removeAttribute("aria-current");
    }
    lit("#text .on", "on", false);
    lit("#text .ctx", "ctx", false);
    current = card;
    if (!card) { return; }
    card.classList.add("current");
    card.setAttribute("aria-current", "true");
    var no = card.dataset.no;
    lit('#text mark[data-f~="' + no + '"]', "on", true);
    lit('#text [data-c~="' + no + '"]', "ctx", true);
    if (how.list !== false) { card.scrollIntoView({ block: "nearest" }); }
    if (how.text !== false && card.dataset.mark) {
      var mark = $(card.dataset.mark);
      if (mark) { mark.scrollIntoView({ block: "center" }); }
    }
    if (how.focus) { card.focus({ preventScroll: true }); }
  }

  function move(step) {
    var all = cards();
    if (!all.length) { return; }
    var at = current ? all.indexOf(current) : -1;
    var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    cancelReject();
    select(all[next], { focus: true });
  }

  // the first fact awaiting review after ``card`` (or before it, when none is after it)
  function nextWaiting(card) {
    var all = cards();
    var at = all.indexOf(card);
    var after = all.slice(at + 1).concat(all.slice(0, Math.max(at, 0)));
    return after.filter(function (c) { return c.dataset.state === "extracted"; })[0] || null;
  }

  // ---- deciding ------------------------------------------------------------------------

  function showProblems(card, lines) {
    var box = card.querySelector(".problems");
    box.textContent = "";
    var head = document.createElement("p");
    head.textContent = say("review.js.refused");
    box.appendChild(head);
    var list = document.createElement("ul");
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
      var field = /field '([a-z_]+)'/.exec(line);
      if (field) {
        var names = field[1] === "span" ? ["start", "end"] : [field[1]];
        names.forEach(function (name) {
          var input = card.querySelector('.edit-form [name="' + name + '"]');
          if (input) { input.setAttribute("aria-invalid", "true"); }
        });
      }
    });
    box.appendChild(list);
    // a reject refused because other facts refer to it: offer to reject them with it
    var referring = lines.map(function (line) { return / (\S+) still refers to it /.exec(line); })
      .filter(Boolean).map(function (found) { return found[1]; });
    if (referring.length) {
      var both = document.createElement("button");
      both.type = "button";
      both.className = "reject";
      both.textContent = say("review.js.reject_with", { count: referring.length });
      both.addEventListener("click", function () {
        var batch = [{ fact: card.dataset.fact, action: "reject" }].concat(
          referring.filter(function (id, at) { return referring.indexOf(id) === at; })
            .map(function (id) { return { fact: id, action: "reject" }; }));
        decide(card, batch, "review.js.rejected");
      });
      box.appendChild(both);
    }
    box.hidden = false;
  }

  function clearProblems(card) {
    var box = card.querySelector(".problems");
    box.hidden = true;
    box.textContent = "";
    Array.prototype.forEach.call(card.querySelectorAll("[aria-invalid]"), function (input) {
      input.removeAttribute("aria-invalid");
    });
  }

  function reloadButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = say("review.js.reload");
    button.addEventListener("click", function () { window.location.reload(); });
    return button;
  }

  function loginLink() {
    var link = document.createElement("a");
    link.href = root.dataset.login + (root.dataset.login.indexOf("?") < 0 ? "?" : "&") +
      "next=" + encodeURIComponent(window.location.pathname + window.location.search);
    link.textContent = messages["review.js.login"] || "log in";
    return link;
  }

  function decide(card, decided, doneKey) {
    var batch = Array.isArray(decided) ? decided : [decided];
    var decision = batch[0];
    if (busy) { return; }
    busy = true;
    root.setAttribute("aria-busy", "true");
    clearProblems(card);
    card.classList.add("saving");
    status(say("review.js.saving"));
    var name = what(card);
    var following = nextWaiting(card);
    var followingId = following ? following.dataset.fact : null;
    fetch(postUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRF-Token": root.dataset.csrf
      },
      body: JSON.stringify({ decisions: batch, checksum: root.dataset.checksum })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        return { status: response.status, body: body };
      });
    }).then(function (answer) {
      var body = answer.body || {};
      if (answer.status === 200) {
        root.dataset.checksum = body.checksum;
        card.dataset.state = decision.action === "reject" ? "rejected" : "curated";
        card.classList.remove("extracted");
        card.classList.add(decision.action === "reject" ? "rejected" : "curated");
        var left = typeof body.awaitingReview === "number" ? body.awaitingReview : null;
        var message = say(doneKey, { fact: name });
        if (left !== null) {
          message += " · " + (left ? say("review.js.left", { count: left }) : say("review.js.done"));
        }
        return refresh(decision.action === "reject" ? followingId : (followingId || decision.fact))
          .then(function () { status(message); });
      }
      if (answer.status === 422) {
        var lines = body.problems || [body.error || ""];
        showProblems(card, lines);
        var named = lines.map(function (line) { return /field '([a-z_]+)'/.exec(line); })
          .filter(Boolean)[0];
        var editing = card.classList.contains("editing");
        problem(say("review.js.refused") + " " +
          (named && editing ? say("review.js.field", { field: named[1] }) : lines[0]));
      } else if (answer.status === 409) {
        problem(say("review.js.stale") + (body.error ? " (" + body.error + ")" : ""), reloadButton());
      } else if (answer.status === 401) {
        problem("", loginLink());
      } else if (answer.status === 403) {
        problem(say("review.js.forbidden") + " " + (body.error || ""));
      } else {
        problem(say("review.js.failed", { error: body.error || ("HTTP " + answer.status) }));
      }
    }).catch(function (error) {
      problem(say("review.js.failed", { error: error.message }));
    }).then(function () {
      busy = false;
      root.removeAttribute("aria-busy");
      card.classList.remove("saving");
    });
  }

  // read the page again and put its text, facts and counts in place of these
  function refresh(selectId) {
    var textTop = $("text").parentNode.scrollTop;
    var factsTop = $("facts").scrollTop;
    return fetch(window.location.href, {
      credentials: "same-origin",
      headers: { "Accept": "text/html" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      ["text", "facts", "counts"].forEach(function (id) {
        var node = fresh.getElementById(id);
        if (node) { $(id).replaceWith(document.adoptNode(node)); }
      });
      var freshRoot = fresh.getElementById("review");
      if (freshRoot) { root.dataset.checksum = freshRoot.dataset.checksum; }
      $("text").parentNode.scrollTop = textTop;
      $("facts").scrollTop = factsTop;
      current = null;
      var card = selectId ? cardById(selectId) : null;
      select(card || nextWaiting(null), { focus: true });
    });
  }

  function accept(card) {
    if (!card || card.dataset.state !== "extracted") { return; }
    decide(card, { fact: card.dataset.fact, action: "accept" }, "review.js.accepted");
  }

  function cancelReject() {
    if (!confirming) { return; }
    var button = confirming.querySelector("button.reject");
    if (button) {
      button.classList.remove("confirm");
      button.textContent = button.dataset.label || button.textContent;
    }
    confirming = null;
    window.clearTimeout(confirmTimer);
  }

  function reject(card) {
    var button = card && card.querySelector("button.reject");
    if (!button) { return; }
    if (confirming === card) {
      cancelReject();
      decide(card, { fact: card.dataset.fact, action: "reject" }, "review.js.rejected");
      return;
    }
    cancelReject();
    confirming = card;
    button.dataset.label = button.textContent;
    button.classList.add("confirm");
    button.textContent = say("review.js.confirm");
    confirmTimer = window.setTimeout(cancelReject, 6000);
  }

  function edit(card) {
    var form = card && card.querySelector(".edit-form");
    if (!form) { return; }
    cancelReject();
    form.hidden = false;
    card.classList.add("editing");
    var first = form.querySelector("input:not([type=hidden]), select");
    if (first) { first.focus(); }
  }

  function closeEdit(card) {
    var form = card.querySelector(".edit-form");
    if (!form) { return; }
    form.reset();
    form.hidden = true;
    card.classList.remove("editing");
    card.focus({ preventScroll: true });
  }

  function submitEdit(card) {
    var form = card.querySelector(".edit-form");
    var value = {};
    var changed = function (name) {
      var input = form.querySelector('[name="' + name + '"]');
      return input && input.value.trim() !== input.dataset.initial ? input.value.trim() : null;
    };
    ["amount", "kind", "name", "year"].forEach(function (name) {
      var given = changed(name);
      if (given !== null) { value[name] = given; }
    });
    if (changed("start") !== null || changed("end") !== null) {
      value.span = {
        start: parseInt(form.querySelector('[name="start"]').value, 10),
        end: parseInt(form.querySelector('[name="end"]').value, 10)
      };
    }
    if (!Object.keys(value).length) { status(say("review.js.nochange")); return; }
    decide(card, { fact: card.dataset.fact, action: "edit", value: value }, "review.js.edited");
  }

  // ---- the text selected in the report, as offsets into the stored text ---------------

  function offsetOf(node, offset) {
    var piece = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
    if (!piece || !piece.dataset || piece.dataset.o === undefined) { return null; }
    var before = node.nodeType === Node.TEXT_NODE ? node.data.slice(0, offset) : "";
    return parseInt(piece.dataset.o, 10) + Array.from(before).length;  // code points
  }

  document.addEventListener("selectionchange", function () {
    var chosen = window.getSelection();
    if (!chosen || chosen.isCollapsed || !chosen.rangeCount) { return; }
    var range = chosen.getRangeAt(0);
    var text = $("text");
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start) { lastSelection = { start: start, end: end }; }
  });

  function useSelection(card) {
    if (!lastSelection) { status(say("review.js.selection")); return; }
    card.querySelector('.edit-form [name="start"]').value = lastSelection.start;
    card.querySelector('.edit-form [name="end"]').value = lastSelection.end;
  }

  // ---- events --------------------------------------------------------------------------

  root.addEventListener("click", function (event) {
    var target = event.target;
    var button = target.closest("button[data-action]");
    var card = target.closest("article.fact");
    if (button && card) {
      var action = button.dataset.action;
      if (current !== card) { select(card, { list: false }); }
      if (action === "accept") { accept(card); }
      else if (action === "reject") { reject(card); }
      else if (action === "edit") { edit(card); }
      else if (action === "cancel") { closeEdit(card); }
      else if (action === "selection") { useSelection(card); }
      return;
    }
    var mark = target.closest("#text mark");
    if (mark) {
      if (!window.getSelection().isCollapsed) { return; }  // selecting text, not a fact
      var numbers = mark.dataset.f.split(" ");
      var at = current ? numbers.indexOf(current.dataset.no) : -1;
      // a piece covered by several facts: each select moves to the next of them
      var waiting = numbers.filter(function (no) {
        var c = cardByNo(no);
        return c && c.dataset.state === "extracted";
      });
      var pick = at >= 0 ? numbers[(at + 1) % numbers.length] : (waiting[0] || numbers[0]);
      var chosen = cardByNo(pick);
      if (chosen) { cancelReject(); select(chosen, { text: false, focus: true }); }
      return;
    }
    if (card && !target.closest("a, input, select, label, summary, form")) {
      if (current !== card) { cancelReject(); }
      select(card, { list: false });
    }
  });

  root.addEventListener("submit", function (event) {
    var card = event.target.closest("article.fact");
    if (!card) { return; }
    event.preventDefault();
    submitEdit(card);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    var typing = target.closest && target.closest("input, select, textarea");
    if (event.key === "Escape") {
      var editing = target.closest && target.closest("article.fact.editing");
      if (editing) { closeEdit(editing); event.preventDefault(); return; }
      cancelReject();
      return;
    }
    if (typing) { return; }
    var key = event.key;
    if (key === "j" || key === "n") { move(1); }
    else if (key === "k" || key === "p") { move(-1); }
    else if (key === "a") { accept(current); }
    else if (key === "r") { reject(current); }
    else if (key === "e") { edit(current); }
    else { return; }
    event.preventDefault();
  });

  select(nextWaiting(null), { list: false });
  status("");
}());
