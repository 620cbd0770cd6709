/**
 * When a file of the build fails to load on a page of another origin, whether the browser refused it
 * for CORS: the same file asked for without CORS (an opaque answer the page cannot read) comes back,
 * so the server is there and only the header is missing. Said once a page, naming the fix; a server
 * that is down, or a file on the page's own origin, gets nothing from here.
 */
let said = false;

export async function explainCorsFailure(url: string, pageOrigin: string = location.origin): Promise<void> {
  const { origin } = new URL(url);
  if (said || origin === pageOrigin) return;
  try {
    await fetch(url, { mode: 'no-cors' });
  } catch {
    return;
  }
  if (said) return;
  said = true;
  console.error(
    `Qantar: the map's files on ${origin} were refused by the browser: this page is on another origin, and their ` +
      'server must send "Access-Control-Allow-Origin: *" with them (the build\'s _headers and .htaccess files do; ' +
      'see "Hosting on another origin" in the README).',
  );
}
