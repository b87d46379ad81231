// Mount the vendored GraphiQL on /graphql with govkg's example queries open in tabs.
// Loaded as a file (no inline script) so the page's CSP can say script-src 'self'.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("govkg-examples").textContent);
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map(function (example) {
        return { query: example.query, variables: example.variables };
      }),
    })
  );
})();
