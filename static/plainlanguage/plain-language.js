// Re-checks the "Plain language (B1)" panel while the editor types.
//
// Progressive enhancement: without this script the panel shows the findings for
// the last saved (or submitted) text, and saving shows a summary. With it, the
// edit form is posted to the checker a second after the editor stops typing, and
// the panel's list is replaced by the fresh one. Nothing is saved by this.
(() => {
  const DELAY_MS = 1000;

  const setUp = (panel) => {
    const url = panel.dataset.plainLanguageUrl;
    const form = panel.closest('form');
    const results = panel.querySelector('[data-plain-language-results]');
    const status = panel.querySelector('[data-plain-language-status]');
    if (!url || !form || !results || panel.dataset.plainLanguageReady) return;
    panel.dataset.plainLanguageReady = 'true';

    let timer = null;
    let running = null;

    const recheck = async () => {
      if (running) running.abort();
      running = new AbortController();
      try {
        const response = await fetch(url, {
          method: 'POST',
          body: new FormData(form),
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          signal: running.signal,
        });
        if (response.ok) {
          const report = await response.json();
          results.innerHTML = report.html;
          // Screen readers hear the count, not the whole list again.
          if (status && status.textContent !== report.status) status.textContent = report.status;
        }
      } catch {
        // A newer check replaced this one, or the server is away: keep the last list.
      }
    };

    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(recheck, DELAY_MS);
    };
    // Text inputs and Draftail editors fire "input"; choosers and blocks "change".
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
  };

  const setUpAll = () => document.querySelectorAll('[data-plain-language]').forEach(setUp);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpAll);
  } else {
    setUpAll();
  }
})();
