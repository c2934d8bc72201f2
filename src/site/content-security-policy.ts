/**
 * The Content-Security-Policy every page carries (as a `<meta>`, so it holds on any
 * static host). Everything comes from the site itself; no inline script or style is
 * allowed, and nothing is compiled at run time: search is plain JavaScript over JSON,
 * so neither `wasm-unsafe-eval` nor a worker is needed. `frame-ancestors` and reporting
 * cannot be set from a `<meta>`: a host that can send headers should add them.
 * @see https://www.w3.org/TR/CSP3/
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'none'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
].join('; ');
