// google.script.run for the local preview: each call goes to the emulator through POST /run.
(() => {
  function runner(handlers) {
    return new Proxy(
      {},
      {
        get: (_target, name) => {
          if (name === 'withSuccessHandler') return (f) => runner(Object.assign({}, handlers, { ok: f }));
          if (name === 'withFailureHandler') return (f) => runner(Object.assign({}, handlers, { fail: f }));
          if (name === 'withUserObject') return (o) => runner(Object.assign({}, handlers, { user: o }));
          return (...args) => {
            fetch('/run', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ fn: name, args: args }),
            })
              .then((r) => r.json())
              .then((res) => {
                window.parent.postMessage({ type: 'pdc-refresh' }, '*');
                if (res.ok) {
                  if (handlers.ok) handlers.ok(res.value, handlers.user);
                } else if (handlers.fail) handlers.fail(new Error(res.error || 'Erreur'), handlers.user);
              })
              .catch((e) => {
                if (handlers.fail) handlers.fail(e, handlers.user);
              });
          };
        },
      },
    );
  }
  window.google = {
    script: {
      run: runner({}),
      host: {
        close: () => {
          window.parent.postMessage({ type: 'pdc-close-sidebar' }, '*');
        },
        editor: { focus: () => {} },
      },
    },
  };
})();
