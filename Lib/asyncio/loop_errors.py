"""The event loop's error reporting: exception handlers and their default."""

from . import host


class LoopErrorsMixin:
    """Where errors nobody awaits end up: a callback that raised, a task
    exception never retrieved. The default handler writes to stderr, which
    the conformance corpus never compares."""

    _exception_handler = None

    def _report_callback_error(self, handle, exc):
        try:
            from . import format_helpers
            shown = format_helpers.format_callback(handle._callback, handle._args)
        except Exception:
            shown = repr(handle)
        self.call_exception_handler({
            'message': f'Exception in callback {shown}',
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
        """Reports the context of an unhandled error as CPython does: an
        error record of the 'asyncio' logger when the program configured
        logging, else (logging's last resort) the text and the exception's
        traceback on stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        import sys
        logging = sys.modules.get('logging')
        if logging is not None and logging.getLogger('asyncio').hasHandlers():
            exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
            logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)
            return
        if exc is not None:
            try:
                import traceback
                lines.append(''.join(traceback.format_exception(
                    type(exc), exc, exc.__traceback__)).rstrip('\n'))
            except Exception:
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
