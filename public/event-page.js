// A build's page for one event (e/<id>.html) names the event for a link's preview; a reader goes on
// to the map at the event, with the link's own options (lang, theme…). See geo/site/event-pages.ts.
const link = document.querySelector('a[data-qantar-map]');
if (link) {
  const url = new URL(link.href);
  for (const [name, value] of new URLSearchParams(location.search))
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  location.replace(url.href);
}
