// Starts the app. It replaces trunk's inline loader so the page runs under a strict
// Content-Security-Policy (script-src 'self'), with no inline script.
const tag = document.querySelector('script[data-js][data-wasm]');

function tell(text) {
  const message = document.getElementById('boot-message');
  if (message) message.textContent = text;
}

try {
  const glue = await import(tag.dataset.js);
  await glue.default({ module_or_path: tag.dataset.wasm });
} catch (err) {
  tell('Manufacturing USA Explorer could not start (' + err + '). ' +
    'Reload the page. If this page is embedded in another site, open it directly, ' +
    'or use a current version of Firefox, Chrome, Edge or Safari.');
  throw err;
}
