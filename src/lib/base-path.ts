/** A base path ("/explorer", "/explorer/", "") as the site uses it: always ending in one "/". */
export const withTrailingSlash = (base: string): string => base.replace(/\/?$/, '/');
