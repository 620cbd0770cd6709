/**
 * What a server must send with the build's files for `<qantar-map>` to run on a page of another
 * origin: the element's script is a module, and its chunks, data and fonts are fetched in CORS
 * mode, so each needs the header. The files are public and carry no credentials, so any origin may
 * read them. (The iframe embed needs nothing: its page loads in its own origin.)
 */
export const CROSS_ORIGIN_HEADERS: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/**
 * Ready-made header files for common static hosts, written at the build's root: `_headers` for
 * Netlify and Cloudflare Pages, `.htaccess` for Apache (with mod_headers). nginx and others are in
 * the README.
 */
export function hostHeaderFiles(): Record<string, string> {
  const headers = Object.entries(CROSS_ORIGIN_HEADERS);
  return {
    _headers: [
      '# Netlify and Cloudflare Pages: lets <qantar-map> run on pages of other origins (README, "Hosting on another origin").',
      '/*',
      ...headers.map(([name, value]) => `  ${name}: ${value}`),
      '',
    ].join('\n'),
    '.htaccess': [
      '# Apache: lets <qantar-map> run on pages of other origins (README, "Hosting on another origin").',
      '<IfModule mod_headers.c>',
      ...headers.map(([name, value]) => `  Header set ${name} "${value}"`),
      '</IfModule>',
      '',
    ].join('\n'),
  };
}
