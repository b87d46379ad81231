// Mount the vendored GraphiQL on /graphql with govkg's example queries open in tabs, and two
// toolbar buttons that download the current tab's answer as CSV (its first list of objects
// as rows, what /graphql gives for Accept: text/csv) or as JSON.
// Loaded as a file (no inline script) so the page's CSP can say script-src 'self'.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("govkg-examples").textContent);
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var current = { query: examples.length ? examples[0].query : "", variables: "" };
  if (examples.length && examples[0].variables) { current.variables = examples[0].variables; }

  function download(kind) {
    var variables = null;
    try { variables = current.variables ? JSON.parse(current.variables) : null; } catch (e) {
      window.alert("The variables are not JSON: " + e.message);
      return;
    }
    var accept = kind === "csv" ? "text/csv" : "application/json";
    fetch(window.location.pathname, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": accept },
      body: JSON.stringify({ query: current.query, variables: variables })
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) { throw new Error(text); });
      }
      return response.blob();
    }).then(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "answer." + kind;
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    }).catch(function (error) { window.alert("No " + kind.toUpperCase() + ": " + error.message); });
  }

  function button(kind, label) {
    return React.createElement("button", {
      key: kind, type: "button", className: "graphiql-toolbar-button govkg-download",
      title: "Download the answer as " + label, "aria-label": "Download " + label,
      "data-download": kind, onClick: function () { download(kind); }
    }, label);
  }

  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map(function (example) {
        return { query: example.query, variables: example.variables };
      }),
      onEditQuery: function (query) { current.query = query; },
      onEditVariables: function (variables) { current.variables = variables; },
      onTabChange: function (state) {
        var tab = state.tabs[state.activeTabIndex];
        current = { query: tab.query || "", variables: tab.variables || "" };
      },
      toolbar: { additionalContent: [button("csv", "CSV"), button("json", "JSON")] }
    })
  );
})();
